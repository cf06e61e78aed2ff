import { expect, test } from "vitest";
import { tableEnd } from "../../../src/lib/data/tableEnd.ts";
import type { GridRow } from "../../../src/lib/data/grid.ts";

const rows = (cells: string[][]): GridRow[] => cells.map((c, i) => ({ line: i + 1, cells: c }));
const HEADER = ["序号", "项目名称", "所属县区", "2026年计划投资", "1-10月完成投资"];

test("tableEnd(one table) is the last row", () => {
  const r = rows([HEADER, ["1", "甲", "青岚区", "1", "1"], ["注：单位万元", "", "", "", ""]]);
  expect(tableEnd(r, 1, {})).toBe(3);
});

test("tableEnd(a second table with its title under the first) stops at the title, keeping the blank row between", () => {
  const r = rows([
    HEADER,
    ["1", "甲", "青岚区", "1", "1"],
    ["", "", "", "", ""],
    ["2026年储备项目表", "", "", "", ""],
    ["单位：万元", "", "", "", ""],
    ["序号", "项目名称", "所属县区", "总投资", ""],
    ["1", "乙", "青岚区", "5", ""],
  ]);
  expect(tableEnd(r, 1, {})).toBe(3);
});

test("tableEnd(a project named 项目名称 of nothing but a name) is no header", () => {
  const r = rows([HEADER, ["1", "项目名称", "", "1", "1"]]);
  expect(tableEnd(r, 1, {})).toBe(2);
});

test("tableEnd(a second header named by site.yaml's columns) stops at it", () => {
  const r = rows([["工程", "所属县区", "2026年计划投资", "1-10月完成投资"], ["甲", "青岚区", "1", "1"], ["工程", "所属县区", "总投资", ""]]);
  expect(tableEnd(r, 1, { 工程: "name" })).toBe(2);
});
