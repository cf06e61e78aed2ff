import { expect, test } from "vitest";
import { chooseSheet } from "../../../src/lib/data/chooseSheet.ts";
import { SiteConfigSchema } from "../../../src/lib/config/siteConfigSchema.ts";
import type { GridSheet } from "../../../src/lib/data/readGrid.ts";

const CONFIG = SiteConfigSchema.parse({});
const sheet = (name: string | null, rows: string[][], hidden = false): GridSheet => ({ name, hidden, grid: { rows: rows.map((cells, i) => ({ line: i + 1, cells })), merges: [] } });
const PROGRESS = [["项目名称", "所属县区", "2026年计划投资", "1-10月完成投资"], ["甲", "青岚区", "1", "1"]];
const PLAN = [["项目名称", "所属县区", "2026年计划投资"], ["甲", "青岚区", "1"]];
const SUMMARY = [["县区", "项目个数"], ["青岚区", "3"]];

test("chooseSheet(a CSV file) reads its one sheet", () => {
  const r = chooseSheet("f.csv", [sheet(null, PROGRESS)], CONFIG);
  expect(r.choice?.location).toEqual({ start: 0, rows: 1 });
  expect(r.notices).toEqual([]);
});

test("chooseSheet(summary, table, hidden) reads the table and names every other sheet with why", () => {
  const r = chooseSheet("f.xlsx", [sheet("汇总", SUMMARY), sheet("调度表", PROGRESS), sheet("数据源", PROGRESS, true), sheet("空表", [])], CONFIG);
  expect(r.choice?.sheet.name).toBe("调度表");
  expect(r.issues).toEqual([]);
  expect(r.notices.map((n) => [n.code, n.value, n.detail.reason ?? n.detail.by])).toEqual([
    ["sheet-read", "调度表", "header"],
    ["sheet-skipped", "汇总", "no-header"],
    ["sheet-skipped", "数据源", "hidden"],
    ["sheet-skipped", "空表", "empty"],
  ]);
});

test("chooseSheet(a plan sheet before the progress sheet) prefers the progress table", () => {
  const r = chooseSheet("f.xlsx", [sheet("计划", PLAN), sheet("进度", PROGRESS)], CONFIG);
  expect(r.choice?.sheet.name).toBe("进度");
  expect(r.notices[1]).toMatchObject({ code: "sheet-skipped", value: "计划", detail: { reason: "no-progress" } });
});

test("chooseSheet(two progress tables) reads the first and warns", () => {
  const r = chooseSheet("f.xlsx", [sheet("市级", PROGRESS), sheet("县级", PROGRESS)], CONFIG);
  expect(r.choice?.sheet.name).toBe("市级");
  expect(r.issues).toMatchObject([{ severity: "warning", code: "several-tables", value: "市级", detail: { others: "县级" } }]);
});

test("chooseSheet(sheet: in site.yaml) reads the sheet it names, by name or position", () => {
  const sheets = [sheet("市级", PROGRESS), sheet("县级", PROGRESS)];
  expect(chooseSheet("f.xlsx", sheets, { ...CONFIG, sheet: "县级" }).choice?.sheet.name).toBe("县级");
  expect(chooseSheet("f.xlsx", sheets, { ...CONFIG, sheet: 2 }).choice?.sheet.name).toBe("县级");
});

test("chooseSheet(sheet: naming no sheet) is an error listing the sheets", () => {
  const r = chooseSheet("f.xlsx", [sheet("市级", PROGRESS)], { ...CONFIG, sheet: "十月" });
  expect(r.choice).toBeNull();
  expect(r.issues).toMatchObject([{ code: "sheet-not-found", value: "十月", detail: { sheets: "市级" } }]);
});

test("chooseSheet(a table only on a hidden sheet) still reads it", () => {
  expect(chooseSheet("f.xlsx", [sheet("封面", [["说明"]]), sheet("数据", PROGRESS, true)], CONFIG).choice?.sheet.name).toBe("数据");
});

test("chooseSheet(no sheet with a header) is a no-header error listing the sheets", () => {
  const r = chooseSheet("f.xls", [sheet("封面", [["2026年重点项目调度表"]]), sheet("汇总", SUMMARY)], CONFIG);
  expect(r.issues).toMatchObject([{ code: "no-header", detail: { sheets: "封面、汇总", count: 2 } }]);
});
