import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { expect, test } from "vitest";
import { readGrid } from "../../../src/lib/data/readGrid.ts";

const fixture = (p: string) => new Uint8Array(readFileSync(`test/fixtures/loader/${p}`));

test("readGrid(name.csv, CSV bytes) gives one unnamed sheet of text rows and the encoding", () => {
  const r = readGrid("2026-10.csv", new Uint8Array(iconv.encode("项目名称,所属县区\r\n甲,青岚区\r\n", "gb18030")));
  expect(r.file).toMatchObject({ format: "csv", encoding: "gb18030" });
  expect(r.file!.sheets).toEqual([{ name: null, hidden: false, grid: { rows: [{ line: 1, cells: ["项目名称", "所属县区"] }, { line: 2, cells: ["甲", "青岚区"] }], merges: [] } }]);
  expect(r.notices).toEqual([]);
});

test("readGrid(name.xlsx, a zip) reads it as an .xlsx workbook", () => {
  const r = readGrid("2026-10.xlsx", fixture("merged-cells/workbook/snapshots/2026-10.xlsx"));
  expect(r.file).toMatchObject({ format: "xlsx", encoding: "utf-8" });
  expect(r.file!.sheets.map((s) => s.name)).toEqual(["调度表"]);
  expect(r.file!.sheets[0]!.grid.merges.length).toBe(8);
});

test("readGrid(name.xls and name.et, a BIFF8 compound file) reads them as .xls and WPS .et", () => {
  expect(readGrid("2026-10.xls", fixture("group-levels/workbook/snapshots/2026-10.xls")).file?.format).toBe("xls");
  expect(readGrid("2026-10.et", fixture("wps-et/workbook/snapshots/2026-10.et")).file?.format).toBe("et");
});

test("readGrid(name.csv, workbook bytes) reads the workbook and says the name is wrong", () => {
  const r = readGrid("2026-10.csv", fixture("wps-et/workbook/snapshots/2026-10.et"));
  expect(r.file?.format).toBe("xls");
  expect(r.notices).toEqual([{ code: "format-differs", lines: [], column: null, value: "csv", detail: { format: "xls" } }]);
});

test("readGrid(name.xls, tab-separated text) reads it as CSV text with tabs and says so", () => {
  const r = readGrid("2026-10.xls", new TextEncoder().encode("项目名称\t所属县区\n甲\t青岚区\n"));
  expect(r.file?.format).toBe("csv");
  expect(r.file!.sheets[0]!.grid.rows[1]!.cells).toEqual(["甲", "青岚区"]);
  expect(r.notices[0]).toMatchObject({ code: "format-differs", value: "xls", detail: { format: "csv" } });
});

test("readGrid(name.xls, an HTML table) reads it as a workbook", () => {
  const r = readGrid("2026-10.xls", new TextEncoder().encode("<html><body><table><tr><td>项目名称</td><td>所属县区</td></tr><tr><td>甲</td><td>青岚区</td></tr></table></body></html>"));
  expect(r.file?.format).toBe("html");
  expect(r.file!.sheets[0]!.grid.rows.map((x) => x.cells)).toEqual([
    ["项目名称", "所属县区"],
    ["甲", "青岚区"],
  ]);
});

test("readGrid(name.xlsx, a damaged zip) is an unreadable-workbook error, not a crash", () => {
  const r = readGrid("2026-10.xlsx", fixture("broken/unreadable-workbook/snapshots/2026-10.xlsx"));
  expect(r.file).toBeNull();
  expect(r.issues).toMatchObject([{ severity: "error", code: "unreadable-workbook", detail: { format: "xlsx", problem: "truncated" } }]);
});

test("readGrid(name.xlsx, no bytes) is an empty file", () => {
  expect(readGrid("2026-10.xlsx", new Uint8Array()).issues.map((i) => i.code)).toEqual(["empty-file"]);
});
