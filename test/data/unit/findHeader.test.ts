import { expect, test } from "vitest";
import { findHeader } from "../../../src/lib/data/findHeader.ts";
import type { CsvRecord } from "../../../src/lib/data/csvRecords.ts";

const records = (rows: string[][]): CsvRecord[] => rows.map((cells, i) => ({ line: i + 1, cells }));
const HEADER = ["序号", "项目名称", "所属县区", "年度计划投资", "1-10月完成投资"];
const ROW = ["1", "云溪大道", "高新区", "100", "50"];

test("findHeader(one-row header on the first line) finds it", () => {
  expect(findHeader(records([HEADER, ROW]), {})).toEqual({ start: 0, rows: 1 });
});

test("findHeader(title, attachment, unit and 填报单位 rows above) skips them", () => {
  const rows = [
    ["附件1", "", "", "", ""],
    ["2026年云溪市重点项目建设进度表", "", "", "", ""],
    ["填报单位：云溪市发改委", "", "", "", ""],
    ["", "", "", "", "单位：万元"],
    HEADER,
    ROW,
  ];
  expect(findHeader(records(rows), {})).toEqual({ start: 4, rows: 1 });
});

test("findHeader(blank rows above) skips them", () => {
  expect(findHeader(records([[""], ["", "", ""], HEADER, ROW]), {})).toEqual({ start: 2, rows: 1 });
});

test("findHeader(two-row header) finds both rows", () => {
  const rows = [
    ["序号", "项目名称", "所属县区", "2026年计划投资", "1-10月完成投资", "", "备注"],
    ["", "", "", "", "完成投资", "占年度计划(%)", ""],
    ["1", "云溪大道", "高新区", "100", "50", "50", ""],
  ];
  expect(findHeader(records(rows), {})).toEqual({ start: 0, rows: 2 });
});

test("findHeader(two-row header under a title) finds both rows", () => {
  const rows = [
    ["2026年云溪市重点项目建设进度表", "", "", "", "", ""],
    ["序号", "项目名称", "所属县区", "投资情况（万元）", "", ""],
    ["", "", "", "总投资", "年度计划", "1-10月完成"],
    ["1", "云溪大道", "高新区", "1000", "100", "50"],
  ];
  expect(findHeader(records(rows), {})).toEqual({ start: 1, rows: 2 });
});

test("findHeader(group row 一、续建项目（35个） in the 序号 column under a one-row header) keeps one header row", () => {
  const rows = [HEADER, ["一、续建项目（35个）", "", "", "", ""], ROW];
  expect(findHeader(records(rows), {})).toEqual({ start: 0, rows: 1 });
});

test("findHeader(group row （一）交通 under a one-row header) keeps one header row", () => {
  const rows = [HEADER, ["（一）交通", "", "", "", ""], ROW];
  expect(findHeader(records(rows), {})).toEqual({ start: 0, rows: 1 });
});

test("findHeader(group row 续建项目 under a one-row header) keeps one header row", () => {
  const rows = [HEADER, ["续建项目", "", "", "", ""], ROW];
  expect(findHeader(records(rows), {})).toEqual({ start: 0, rows: 1 });
});

test("findHeader(total row under a one-row header) keeps one header row", () => {
  const rows = [HEADER, ["合计", "", "", "300", "150"], ROW];
  expect(findHeader(records(rows), {})).toEqual({ start: 0, rows: 1 });
});

test("findHeader(column-numbering row under a one-row header) keeps one header row", () => {
  const rows = [HEADER, ["1", "2", "3", "4", "5"], ROW];
  expect(findHeader(records(rows), {})).toEqual({ start: 0, rows: 1 });
});

test("findHeader(no row naming the project column) is null", () => {
  expect(findHeader(records([["a", "b", "c"], ["1", "2", "3"]]), {})).toBeNull();
});

test("findHeader(a name column and only one other known column) is null", () => {
  expect(findHeader(records([["项目名称", "所属县区", "x"], ["云溪大道", "高新区", "1"]]), {})).toBeNull();
});

test("findHeader([]) is null", () => {
  expect(findHeader([], {})).toBeNull();
});

test("findHeader(header with custom names) finds it through site.yaml's columns", () => {
  const rows = [
    ["工程", "片区", "投资计划（本年）", "本年完成"],
    ["云溪大道", "高新区", "100", "50"],
  ];
  expect(findHeader(records(rows), {})).toBeNull();
  expect(findHeader(records(rows), { 工程: "name", 片区: "district", "投资计划（本年）": "annualPlan" })).toEqual({ start: 0, rows: 1 });
});

test("findHeader(three-row header 投资情况 / 2026年度 / 计划投资) finds all three rows", () => {
  const rows = [
    ["2026年云溪市重点项目建设进度表", "", "", "", "", ""],
    ["序号", "项目名称", "所属县区", "投资情况", "", ""],
    ["", "", "", "总投资", "2026年度", ""],
    ["", "", "", "", "计划投资", "1-10月完成"],
    ["1", "云溪大道", "高新区", "1000", "100", "50"],
  ];
  expect(findHeader(records(rows), {})).toEqual({ start: 1, rows: 3 });
});

test("findHeader(a header whose 项目名称 sits in its second row) finds the band", () => {
  const rows = [
    ["序号", "", "所属县区", "年度计划投资", "1-10月完成投资"],
    ["", "项目名称", "", "", ""],
    ["1", "云溪大道", "高新区", "100", "50"],
  ];
  expect(findHeader(records(rows), {})).toEqual({ start: 0, rows: 2 });
});

test("findHeader(a header with letter-spaced and line-broken labels) finds it", () => {
  const rows = [["序  号", "项 目 名 称", " 所属县区 ", "年度计划投资\n（万元）", "1-10月\n完成投资"], ["1", "云溪大道", "高新区", "100", "50"]];
  expect(findHeader(records(rows), {})).toEqual({ start: 0, rows: 1 });
});

test("findHeader(a unit-only row under the header) takes it into the header", () => {
  const rows = [["项目名称", "所属县区", "总投资", "年度计划投资", "1-10月完成投资"], ["", "", "（亿元）", "（万元）", "（万元）"], ["云溪大道", "高新区", "1", "100", "50"]];
  expect(findHeader(records(rows), {})).toEqual({ start: 0, rows: 2 });
});
