import * as XLSX from "@e965/xlsx";
import { describe, expect, test } from "vitest";
import { readWorkbook, type WorkbookSheet } from "../../../src/lib/data/readWorkbook.ts";

type Cell = XLSX.CellObject | null;

function bytes(sheets: Array<[string, Cell[][], string[]?]>, bookType: "xlsx" | "biff8" = "xlsx", hidden: string[] = []): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows, merges] of sheets) {
    const ws: XLSX.WorkSheet = {};
    rows.forEach((row, r) => row.forEach((c, col) => c && (ws[XLSX.utils.encode_cell({ r, c: col })] = c)));
    const width = Math.max(1, ...rows.map((r) => r.length));
    ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length - 1), c: width - 1 } });
    if (merges) ws["!merges"] = merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  wb.Workbook = { Sheets: sheets.map(([name]) => ({ name, Hidden: hidden.includes(name) ? 1 : 0 })) };
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType }) as ArrayBuffer);
}

const s = (v: string): Cell => ({ t: "s", v });
const n = (v: number, z?: string): Cell => (z ? { t: "n", v, z } : { t: "n", v });

function only(result: ReturnType<typeof readWorkbook>): WorkbookSheet[] {
  if (!result.ok) throw new Error(result.reason);
  return result.sheets;
}

for (const bookType of ["xlsx", "biff8"] as const) {
  describe(`readWorkbook(${bookType} bytes)`, () => {
    test(`readWorkbook(${bookType}) reads each sheet as rows of shown text with their sheet row as line`, () => {
      const [a, b] = only(readWorkbook(bytes([["调度表", [[s("项目名称"), s("所属县区")], [s("甲"), s("青岚区")]]], ["汇总", [[s("县区")]]]], bookType)));
      expect(a!.name).toBe("调度表");
      expect(a!.grid.rows).toEqual([
        { line: 1, cells: ["项目名称", "所属县区"] },
        { line: 2, cells: ["甲", "青岚区"] },
      ]);
      expect(b!.name).toBe("汇总");
    });

    test(`readWorkbook(${bookType}) keeps a merged range's text in its top-left cell only and lists the range in lines`, () => {
      const [sheet] = only(readWorkbook(bytes([["S", [[s("投资情况"), s("x"), s("y")], [s("青岚区"), n(1), n(2)], [s("z"), n(3), n(4)]], ["A1:C1", "A2:A3"]]], bookType)));
      expect(sheet!.grid.rows.map((r) => r.cells)).toEqual([
        ["投资情况", "", ""],
        ["青岚区", "1", "2"],
        ["", "3", "4"],
      ]);
      expect(sheet!.grid.merges).toEqual([
        { top: 1, bottom: 1, left: 0, right: 2 },
        { top: 2, bottom: 3, left: 0, right: 0 },
      ]);
    });

    test(`readWorkbook(${bookType}) reads a number as its value beside the text its format shows`, () => {
      const [sheet] = only(readWorkbook(bytes([["S", [[n(1234.5, "#,##0.00"), n(3546.4, "0_ "), n(0.1 + 0.2)]]]], bookType)));
      const row = sheet!.grid.rows[0]!;
      expect(row.cells.slice(0, 2)).toEqual(["1,234.50", "3546 "]);
      expect(row.values).toEqual([
        { kind: "number", value: 1234.5, percent: false },
        { kind: "number", value: 3546.4, percent: false },
        { kind: "number", value: 0.1 + 0.2, percent: false },
      ]);
    });

    test(`readWorkbook(${bookType}) reads a percentage cell as its fraction`, () => {
      const [sheet] = only(readWorkbook(bytes([["S", [[n(0.591, "0.0%")]]]], bookType)));
      expect(sheet!.grid.rows[0]).toEqual({ line: 1, cells: ["59.1%"], values: [{ kind: "number", value: 0.591, percent: true }] });
    });

    test(`readWorkbook(${bookType}) reads a date cell as the calendar day it shows`, () => {
      const [sheet] = only(readWorkbook(bytes([["S", [[n(46082, "yyyy-mm-dd"), n(46142, 'yyyy"年"m"月"')]]]], bookType)));
      expect(sheet!.grid.rows[0]!.values).toEqual([
        { kind: "date", year: 2026, month: 3, day: 1 },
        { kind: "date", year: 2026, month: 4, day: 30 },
      ]);
      expect(sheet!.grid.rows[0]!.cells[0]).toBe("2026-03-01");
    });

    test(`readWorkbook(${bookType}) reads an Excel error and a boolean`, () => {
      const [sheet] = only(readWorkbook(bytes([["S", [[{ t: "e", v: 0x07 }, { t: "b", v: true }]]]], bookType)));
      expect(sheet!.grid.rows[0]).toEqual({ line: 1, cells: ["#DIV/0!", "TRUE"], values: [{ kind: "error" }, { kind: "boolean", value: true }] });
    });
  });
}

test("readWorkbook(bytes) gives the same day for a date cell whatever the time zone of the writer and the reader", () => {
  const tz = process.env.TZ;
  try {
    for (const writer of ["Asia/Shanghai", "UTC", "America/New_York"]) {
      process.env.TZ = writer;
      // SheetJS writes a local-time Date as that zone's serial: 16:00 the day before from UTC+8.
      const written = bytes([["S", [[{ t: "d", v: new Date(2026, 2, 1), z: "yyyy-mm-dd" }, n(46082, "yyyy-mm-dd")]]]]);
      for (const reader of ["Asia/Shanghai", "UTC", "America/New_York"]) {
        process.env.TZ = reader;
        const [sheet] = only(readWorkbook(written));
        expect(sheet!.grid.rows[0]!.values, `written in ${writer}, read in ${reader}`).toEqual([
          { kind: "date", year: 2026, month: 3, day: 1 },
          { kind: "date", year: 2026, month: 3, day: 1 },
        ]);
      }
    }
  } finally {
    process.env.TZ = tz;
  }
});

test("readWorkbook(bytes) leaves out trailing blank rows and columns and pads rows to the table's width", () => {
  const [sheet] = only(readWorkbook(bytes([["S", [[s("a"), s("b"), null, null], [s("c")], [null], [null, null, null, null]]]])));
  expect(sheet!.grid.rows).toEqual([
    { line: 1, cells: ["a", "b"] },
    { line: 2, cells: ["c", ""] },
  ]);
});

test("readWorkbook(bytes) keeps the sheet's row numbers when the used range starts below row 1", () => {
  const wb = XLSX.utils.book_new();
  const ws: XLSX.WorkSheet = { "!ref": "B3:C4", B3: { t: "s", v: "项目名称" }, C4: { t: "n", v: 5 } };
  XLSX.utils.book_append_sheet(wb, ws, "S");
  const [sheet] = only(readWorkbook(new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer)));
  expect(sheet!.grid.rows.map((r) => [r.line, r.cells])).toEqual([
    [3, ["", "项目名称", ""]],
    [4, ["", "", "5"]],
  ]);
});

test("readWorkbook(bytes) says which sheets are hidden", () => {
  const sheets = only(readWorkbook(bytes([["调度表", [[s("a")]]], ["数据源", [[s("b")]]]], "xlsx", ["数据源"])));
  expect(sheets.map((x) => [x.name, x.hidden])).toEqual([
    ["调度表", false],
    ["数据源", true],
  ]);
});

test("readWorkbook(a zip cut short) gives a reason and never reaches SheetJS (whose inflater loops on it)", () => {
  const r = readWorkbook(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, ...new Array(40).fill(0)]));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.problem).toBe("truncated");
});

test("readWorkbook(a compound file without a workbook stream) gives SheetJS's reason, never throws", () => {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "/Other", new Uint8Array(600));
  const r = readWorkbook(new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayBuffer));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r).toMatchObject({ problem: "unreadable", reason: expect.stringMatching(/Workbook/) });
});
