import { expect, test } from "vitest";
import { classifyBody } from "../../../src/lib/data/classifyBody.ts";
import type { GridRow } from "../../../src/lib/data/grid.ts";

const rows = (cells: string[][]): GridRow[] => cells.map((c, i) => ({ line: i + 3, cells: c }));

test("classifyBody(rows) tracks the group headings each project sits under and cuts segments at group and total rows", () => {
  const r = classifyBody(
    rows([
      ["一、青岚区（2个）", "", ""],
      ["（一）在建一批", "", ""],
      ["1", "甲", "100"],
      ["小计", "", "100"],
      ["二、临江区（1个）", "", ""],
      ["1", "乙", "50"],
      ["注：单位万元", "", ""],
      ["1", "丙", "1"],
      ["合计", "", "150"],
    ]),
    [0, 1],
    [],
  );
  expect(r.body.map((b) => [b.row.line, b.kind, b.segment])).toEqual([
    [3, "group", 1],
    [4, "group", 2],
    [5, "candidate", 2],
    [6, "group", 3],
    [7, "group", 4],
    [8, "candidate", 4],
    [9, "note", 4],
    [10, "note", 4],
    [11, "total", 5],
  ]);
  expect(r.headings.map((h) => [h.line, h.core])).toEqual([
    [3, "青岚区"],
    [4, "在建一批"],
    [7, "临江区"],
  ]);
  expect([...r.under.values()].map((path) => path.map((h) => h.core))).toEqual([["青岚区", "在建一批"], ["临江区"]]);
});
