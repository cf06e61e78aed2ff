import { expect, test } from "vitest";
import { fillContinuations, fillMerges, type BodyRow } from "../../../src/lib/data/fillCells.ts";
import type { RowKind } from "../../../src/lib/data/classifyRow.ts";
import type { Field } from "../../../src/lib/data/fields.ts";
import { flattenHeader } from "../../../src/lib/data/flattenHeader.ts";
import { mapColumns, type Column } from "../../../src/lib/data/mapColumns.ts";

const HEADER = ["序号", "项目编号", "项目名称", "所属县区", "项目类别", "2026年计划投资", "1-10月完成投资", "责任单位"];
const columns = mapColumns(flattenHeader([HEADER]), {});
const byField = new Map<Field, Column>(columns.flatMap((c) => (c.field ? [[c.field, c] as const] : [])));

/** Body rows from 2 on; a row starting with "一、" is a group row. */
function body(rows: string[][]): BodyRow[] {
  let segment = 0;
  return rows.map((cells, i) => {
    const kind: RowKind = cells[0]!.startsWith("一") || cells[0]!.startsWith("二") ? "group" : "candidate";
    if (kind === "group") segment += 1;
    return { row: { line: i + 2, cells: [...cells] }, kind, segment };
  });
}
const texts = (b: BodyRow[], c: number) => b.map((x) => x.row.cells[c]);

test("fillMerges(body, merges) fills a data cell merged down a run of rows with its value, one notice per merge", () => {
  const b = body([
    ["1", "A", "甲", "青岚区", "产业", "1", "1", "x"],
    ["2", "B", "乙", "", "", "1", "1", "y"],
    ["3", "C", "丙", "", "", "1", "1", "z"],
  ]);
  b[0]!.row.values = [undefined, undefined, undefined, undefined, undefined, { kind: "number", value: 1, percent: false }];
  const notices = fillMerges(b, [{ top: 2, bottom: 4, left: 3, right: 3 }], columns, "调度表");
  expect(texts(b, 3)).toEqual(["青岚区", "青岚区", "青岚区"]);
  expect(b[2]!.row.filled).toEqual(new Map([[3, { how: "merge", fromLine: 2 }]]));
  expect(notices).toEqual([{ code: "merge-filled", lines: [3, 4], column: "所属县区", value: "青岚区", detail: { letter: "D", cell: "调度表!D2", fromLine: 2 } }]);
});

test("fillMerges(body, merges) gives a merge across columns to its first column only, and ignores merges above the body", () => {
  const b = body([
    ["1", "A", "甲", "青岚区", "产业", "1", "1", "x"],
    ["2", "B", "乙", "", "", "1", "1", "y"],
  ]);
  expect(fillMerges(b, [{ top: 2, bottom: 3, left: 3, right: 4 }, { top: 1, bottom: 3, left: 7, right: 7 }], columns, null)).toHaveLength(1);
  expect(b[1]!.row.cells.slice(3, 5)).toEqual(["青岚区", ""]);
  expect(b[1]!.row.cells[7]).toBe("y");
});

test("fillContinuations(CSV export of merged cells) fills the blanks under each value within its group", () => {
  const b = body([
    ["一、产业项目"],
    ["1", "A", "甲", "青岚区", "产业", "1", "1", "市工信局"],
    ["2", "B", "乙", "", "", "1", "1", ""],
    ["3", "C", "丙", "临江区", "", "1", "1", "市商务局"],
    ["二、交通项目"],
    ["1", "D", "丁", "临江区", "交通", "1", "1", "市交通局"],
  ]);
  const notices = fillContinuations(b, columns, byField);
  expect(texts(b, 3)).toEqual([undefined, "青岚区", "青岚区", "临江区", undefined, "临江区"]);
  expect(texts(b, 4)).toEqual([undefined, "产业", "产业", "产业", undefined, "交通"]);
  expect(texts(b, 7)).toEqual([undefined, "市工信局", "市工信局", "市商务局", undefined, "市交通局"]);
  expect(notices.map((n) => [n.column, n.lines, n.value, n.detail.fromLine])).toEqual([
    ["所属县区", [4], "青岚区", 3],
    ["项目类别", [4, 5], "产业", 3],
    ["责任单位", [4], "市工信局", 3],
  ]);
});

test("fillContinuations(a column that repeats a value on consecutive rows) leaves its blanks alone: they mean not given", () => {
  const b = body([
    ["1", "A", "甲", "青岚区", "产业", "1", "1", "市工信局"],
    ["2", "B", "乙", "青岚区", "产业", "1", "1", "市工信局"],
    ["3", "C", "丙", "青岚区", "", "1", "1", ""],
  ]);
  expect(fillContinuations(b, columns, byField)).toEqual([]);
  expect(texts(b, 4)).toEqual(["产业", "产业", ""]);
});

test("fillContinuations(a column whose group starts blank) leaves its blanks alone", () => {
  const b = body([
    ["1", "A", "甲", "青岚区", "", "1", "1", "x"],
    ["2", "B", "乙", "临江区", "产业", "1", "1", "y"],
    ["3", "C", "丙", "青岚区", "", "1", "1", "z"],
  ]);
  expect(fillContinuations(b, columns, byField)).toEqual([]);
});

test("fillContinuations(a package's continuation rows) gives them the first row's id, name and district", () => {
  const b = body([
    ["1", "P-1", "打捆项目", "青岚区", "产业", "600", "400", "市住建局"],
    ["", "", "", "", "", "300", "100", "市交通局"],
    ["", "", "", "", "", "100", "50", "市水利局"],
    ["2", "P-2", "单独项目", "临江区", "产业", "1", "1", "市卫健委"],
  ]);
  const notices = fillContinuations(b, columns, byField);
  expect(b.map((x) => x.row.cells.slice(1, 4))).toEqual([
    ["P-1", "打捆项目", "青岚区"],
    ["P-1", "打捆项目", "青岚区"],
    ["P-1", "打捆项目", "青岚区"],
    ["P-2", "单独项目", "临江区"],
  ]);
  expect(notices[0]).toEqual({ code: "blank-filled", lines: [3, 4], column: "项目名称", value: "打捆项目", detail: { letter: "C", fromLine: 2, package: 1 } });
});

test("fillContinuations(a row without name but with the same department) is no package: its name stays missing", () => {
  const b = body([
    ["1", "P-1", "项目", "青岚区", "产业", "1", "1", "市住建局"],
    ["", "", "", "青岚区", "产业", "1", "1", "市住建局"],
  ]);
  fillContinuations(b, columns, byField);
  expect(b[1]!.row.cells[2]).toBe("");
});
