import { expect, test } from "vitest";
import { checkColumns, checkDistrict } from "../../../src/lib/data/checkColumns.ts";
import { flattenHeader } from "../../../src/lib/data/flattenHeader.ts";
import { mapColumns } from "../../../src/lib/data/mapColumns.ts";

const cols = (labels: string[]) => mapColumns(flattenHeader([labels]), {});
const check = (labels: string[], month = "2026-10") => checkColumns("f.csv", month, cols(labels), 1);

test("checkColumns(a progress table) finds nothing wrong", () => {
  expect(check(["项目名称", "所属县区", "2026年计划投资", "1-10月完成投资"])).toEqual([]);
});

test("checkColumns(a plan without a year-to-date column) says it is not a progress table but a plan", () => {
  expect(check(["序号", "项目名称", "所属县区", "2026年计划投资"])).toEqual([
    { severity: "error", code: "not-progress-table", file: "f.csv", line: 1, column: null, value: null, detail: { kind: "plan", found: "「项目名称」「所属县区」「2026年计划投资」" } },
  ]);
});

test("checkColumns(a reserve list with neither plan nor completion) says it looks like a reserve list", () => {
  expect(check(["项目名称", "总投资", "前期工作进展"])[0]!.detail.kind).toBe("reserve");
});

test("checkColumns(no annual plan) is a missing column", () => {
  expect(check(["项目名称", "所属县区", "1-10月完成投资"]).map((i) => [i.code, i.detail.field])).toEqual([["missing-column", "annualPlan"]]);
});

test("checkColumns(no district column) leaves the district to checkDistrict, after the group rows are read", () => {
  const c = cols(["项目名称", "2026年计划投资", "1-10月完成投资"]);
  expect(checkColumns("f.csv", "2026-10", c, 1)).toEqual([]);
  expect(checkDistrict("f.csv", c, 1)).toMatchObject({ code: "missing-column", detail: { field: "district", groups: 1 } });
});

test("checkColumns(1-9月 in an October file) is a month mismatch, and 2025年 a year mismatch", () => {
  expect(check(["项目名称", "所属县区", "2025年计划投资", "1-9月完成投资"]).map((i) => [i.code, i.value])).toEqual([
    ["year-mismatch", "2025"],
    ["month-mismatch", "9"],
  ]);
});

test("checkColumns(a second column of one field) ignores it with a warning", () => {
  const c = cols(["项目名称", "所属县区", "2026年计划投资", "1-10月完成投资", "本年完成投资"]);
  expect(checkColumns("f.csv", "2026-10", c, 1).map((i) => [i.code, i.detail.duplicateOf])).toEqual([["unknown-column", "1-10月完成投资"]]);
  expect(c[4]!.field).toBeNull();
});
