import { expect, test } from "vitest";
import { flattenHeader } from "../../../src/lib/data/flattenHeader.ts";

test("flattenHeader([row]) gives every column its one label", () => {
  expect(flattenHeader([["序号", "项目名称", ""]])).toEqual([["序号"], ["项目名称"], []]);
});

test("flattenHeader([parent, child]) lets a blank parent over a child inherit the merged parent to its left", () => {
  expect(flattenHeader([["项目名称", "1-10月完成投资", ""], ["", "完成投资", "占年度计划(%)"]])).toEqual([
    ["项目名称"],
    ["1-10月完成投资", "完成投资"],
    ["1-10月完成投资", "占年度计划(%)"],
  ]);
});

test("flattenHeader([parent, child]) does not inherit from a left column that has no child", () => {
  expect(flattenHeader([["备注", ""], ["", "辅助"]])).toEqual([["备注"], ["辅助"]]);
});

test("flattenHeader([parent, child]) keeps a blank parent over a blank child blank", () => {
  expect(flattenHeader([["a", "", "b", ""], ["x", "y", "", ""]])).toEqual([["a", "x"], ["a", "y"], ["b"], []]);
});

test("flattenHeader(rows) takes the widest row's width and trims labels", () => {
  expect(flattenHeader([[" a "], ["x", "y", " z "]])).toEqual([["a", "x"], ["a", "y"], ["a", "z"]]);
});

test("flattenHeader(three rows exported as CSV) inherits each level from the left: 投资情况 / 2026年度 / 计划投资", () => {
  const rows = [
    ["序号", "投资情况", "", "", "", "备注"],
    ["", "总投资", "2026年度", "", "", ""],
    ["", "", "计划投资", "1-10月完成", "完成率", ""],
  ];
  expect(flattenHeader(rows)).toEqual([
    ["序号"],
    ["投资情况", "总投资"],
    ["投资情况", "2026年度", "计划投资"],
    ["投资情况", "2026年度", "1-10月完成"],
    ["投资情况", "2026年度", "完成率"],
    ["备注"],
  ]);
});

test("flattenHeader(rows, merges) follows the merged ranges exactly and counts a vertically merged label once", () => {
  // 序号 merged A1:A3; 投资情况 B1:D1; 2026年度 C2:D2; 形象进度 in E3 only, with nothing merged above it.
  const rows = [
    ["序号", "投资情况", "", "", ""],
    ["", "总投资", "2026年度", "", ""],
    ["", "", "计划投资", "1-10月完成", "形象进度"],
  ];
  const merges = [
    { top: 4, bottom: 6, left: 0, right: 0 },
    { top: 4, bottom: 4, left: 1, right: 3 },
    { top: 5, bottom: 5, left: 2, right: 3 },
    { top: 5, bottom: 6, left: 1, right: 1 },
  ];
  expect(flattenHeader(rows, merges, 4)).toEqual([
    ["序号"],
    ["投资情况", "总投资"],
    ["投资情况", "2026年度", "计划投资"],
    ["投资情况", "2026年度", "1-10月完成"],
    ["形象进度"],
  ]);
});

test("flattenHeader(rows) takes a label that sits in a lower row with blanks above it", () => {
  expect(flattenHeader([["项目名称", ""], ["", ""], ["", "所属县区"]])).toEqual([["项目名称"], ["所属县区"]]);
});

test("flattenHeader(rows, merges) ignores a merge that starts above the header", () => {
  expect(flattenHeader([["a", "b"]], [{ top: 1, bottom: 3, left: 0, right: 1 }], 3)).toEqual([["a"], ["b"]]);
});
