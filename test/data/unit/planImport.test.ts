import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { planImport } from "../../../src/lib/data/planImport.ts";
import { SiteConfigSchema } from "../../../src/lib/config/siteConfigSchema.ts";

const config = SiteConfigSchema.parse({});
const WORKBOOK = new Uint8Array(readFileSync("test/fixtures/loader/three-row-header/workbook/snapshots/2026-10.xlsx"));
const CSV = new TextEncoder().encode("项目名称,所属县区,年度计划投资,本年完成投资\n甲,青岚区,100,50\n");

test("planImport(2026年1-10月重点项目调度表.xlsx) names it 2026-10.xlsx, from the file name", () => {
  const plan = planImport({ file: "in/2026年1-10月重点项目调度表.xlsx", bytes: WORKBOOK, config, existing: [], replace: false });
  expect(plan).toMatchObject({ refusal: null, target: "2026-10.xlsx", clashes: [], month: { month: "2026-10", yearFrom: "name", monthFrom: "name" } });
  expect(plan.snapshot?.states).toHaveLength(3);
});

test("planImport(调度表.xlsx) finds the month in the title and the header", () => {
  expect(planImport({ file: "调度表.xlsx", bytes: WORKBOOK, config, existing: [], replace: false }).month).toMatchObject({ month: "2026-10", yearFrom: "title", monthFrom: "header" });
});

test("planImport(a file whose month is nowhere) refuses without --month and takes it with", () => {
  expect(planImport({ file: "表.csv", bytes: CSV, config, existing: [], replace: false }).refusal).toBe("no-month");
  expect(planImport({ file: "表.csv", bytes: CSV, config, month: "2026-09", existing: [], replace: false })).toMatchObject({ refusal: null, target: "2026-09.csv" });
});

test("planImport(--month 2026-9) refuses a bad month option", () => {
  expect(planImport({ file: "表.csv", bytes: CSV, config, month: "2026-9", existing: [], replace: false }).refusal).toBe("bad-month-option");
});

test("planImport(a month already in snapshots/, under any extension) refuses without replace", () => {
  const existing = ["2026-09.csv", "2026-10.csv"];
  expect(planImport({ file: "2026年1-10月.xlsx", bytes: WORKBOOK, config, existing, replace: false })).toMatchObject({ refusal: "exists", clashes: ["2026-10.csv"] });
  expect(planImport({ file: "2026年1-10月.xlsx", bytes: WORKBOOK, config, existing, replace: true })).toMatchObject({ refusal: null, target: "2026-10.xlsx", clashes: ["2026-10.csv"] });
});

test("planImport(a table whose header names another month than --month) refuses it as invalid", () => {
  const plan = planImport({ file: "2026年1-10月.xlsx", bytes: WORKBOOK, config, month: "2026-09", existing: [], replace: false });
  expect(plan.refusal).toBe("invalid");
  expect(plan.issues.map((i) => i.code)).toContain("month-mismatch");
});

test("planImport(a file that is no table) refuses it as unreadable, with the loader's issues", () => {
  const plan = planImport({ file: "2026-10.xlsx", bytes: new TextEncoder().encode("随便写点什么\n"), config, existing: [], replace: false });
  expect(plan.refusal).toBe("unreadable");
  expect(plan.issues.map((i) => i.code)).toEqual(["no-header"]);
});

test("planImport(a workbook saved under .csv) keeps it a workbook: 2026-10.xlsx", () => {
  expect(planImport({ file: "2026年1-10月.csv", bytes: WORKBOOK, config, existing: [], replace: false }).target).toBe("2026-10.xlsx");
});
