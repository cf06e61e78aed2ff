import { expect, test } from "vitest";
import { monthFacts, monthOfTable } from "../../../src/lib/data/monthOfTable.ts";
import { flattenHeader } from "../../../src/lib/data/flattenHeader.ts";
import { mapColumns } from "../../../src/lib/data/mapColumns.ts";

const facts: Array<[string, { year: number | null; month: number | null }]> = [
  ["2026年1-10月重点项目调度表.xlsx", { year: 2026, month: 10 }],
  ["2026-10.xlsx", { year: 2026, month: 10 }],
  ["202610调度表.xls", { year: 2026, month: 10 }],
  ["2026.10调度", { year: 2026, month: 10 }],
  ["2026年10月份重点项目.et", { year: 2026, month: 10 }],
  ["调度表（截至2026年10月底）.xlsx", { year: 2026, month: 10 }],
  ["截至10月底", { year: null, month: 10 }],
  ["2026年一至十月重点项目", { year: 2026, month: 10 }],
  ["2026年度重点项目1-10月进展", { year: 2026, month: 10 }],
  ["1-9月.csv", { year: null, month: 9 }],
  ["2026年重点项目建设进度表", { year: 2026, month: null }],
  ["重点项目调度表.xlsx", { year: null, month: null }],
];
for (const [text, expected] of facts) {
  test(`monthFacts(${JSON.stringify(text)}) is ${JSON.stringify(expected)}`, () => {
    expect(monthFacts(text)).toEqual(expected);
  });
}

const columns = mapColumns(flattenHeader([["项目名称", "所属县区", "2026年计划投资", "1-10月完成投资"]]), {});

test("monthOfTable(a named file) takes year and month from the name", () => {
  expect(monthOfTable({ fileName: "/in/2026年1-10月重点项目调度表.xlsx", title: null, columns })).toEqual({
    month: "2026-10", year: 2026, monthNumber: 10, yearFrom: "name", monthFrom: "name", disagreements: [],
  });
});

test("monthOfTable(a file named 调度表.xlsx) takes them from the title, else the header", () => {
  expect(monthOfTable({ fileName: "调度表.xlsx", title: "2026年1-10月全市重点项目进展情况表", columns })).toMatchObject({ month: "2026-10", yearFrom: "title", monthFrom: "title" });
  expect(monthOfTable({ fileName: "调度表.xlsx", title: null, columns })).toMatchObject({ month: "2026-10", yearFrom: "header", monthFrom: "header" });
});

test("monthOfTable(--month) wins, and the places that say otherwise are listed", () => {
  expect(monthOfTable({ option: "2026-09", fileName: "2026年1-10月.xlsx", title: null, columns })).toMatchObject({
    month: "2026-09",
    monthFrom: "option",
    disagreements: [
      { source: "name", year: 2026, month: 10 },
      { source: "header", year: 2026, month: 10 },
    ],
  });
});

test("monthOfTable(nothing names the month) has no month", () => {
  const plain = mapColumns(flattenHeader([["项目名称", "所属县区", "年度计划投资", "本年完成投资"]]), {});
  expect(monthOfTable({ fileName: "调度表.xlsx", title: "重点项目表", columns: plain })).toMatchObject({ month: null, year: null, monthNumber: null });
});
