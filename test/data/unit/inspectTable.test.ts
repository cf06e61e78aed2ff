import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { inspectTable } from "../../../src/lib/data/inspectTable.ts";
import { SiteConfigSchema } from "../../../src/lib/config/siteConfigSchema.ts";

const CONFIG = SiteConfigSchema.parse({});

test("inspectTable(a workbook) finds the sheet, the three header rows, the title and the unit row, before any month is known", () => {
  const r = inspectTable("调度表.xlsx", new Uint8Array(readFileSync("test/fixtures/loader/three-row-header/workbook/snapshots/2026-10.xlsx")), CONFIG);
  const t = r.table!;
  expect([t.format, t.sheet, t.title, t.rowUnit]).toEqual(["xlsx", "调度表", "2026年云岭市重点项目建设进度表", "万元"]);
  expect(t.header.map((h) => h.line)).toEqual([3, 4, 5]);
  expect(t.above.map((a) => a.line)).toEqual([1, 2]);
  expect(t.columns.find((c) => c.field === "ytdCompleted")).toMatchObject({ label: "投资情况/2026年度/1-10月完成", facts: { year: 2026, monthTo: 10 } });
  expect(r.notices.map((n) => n.code)).toEqual(["sheet-read"]);
});

test("inspectTable(text with no header) has no table and says why", () => {
  const r = inspectTable("x.csv", new TextEncoder().encode("甲,乙\n1,2\n"), CONFIG);
  expect(r.table).toBeNull();
  expect(r.issues.map((i) => i.code)).toEqual(["no-header"]);
});
