import { expect, test } from "vitest";
import { classifyRow, isGroupLabel, isNoteText, isNumberedLabel, isNumberingRow, isTotalLabel, rowTexts, type RowKind } from "../../../src/lib/data/classifyRow.ts";

const totals: Array<[string, boolean]> = [
  ["合计", true],
  ["总计", true],
  ["全市合计", true],
  ["合 计", true],
  ["共计", true],
  ["总投资", false],
  ["合计项目", false],
  ["小计", false],
];
for (const [text, expected] of totals) {
  test(`isTotalLabel(${JSON.stringify(text)}) is ${expected}`, () => {
    expect(isTotalLabel(text)).toBe(expected);
  });
}

const groups: Array<[string, boolean]> = [
  ["一、产业项目（35个）", true],
  ["二、基础设施项目", true],
  ["（一）交通", true],
  ["(一)交通", true],
  ["——铁路", true],
  ["续建项目", true],
  ["新开工项目", true],
  ["产业项目（35个）", true],
  ["小计", true],
  ["其中：", true],
  ["云溪大道", false],
  ["一期工程", false],
  ["十大工程", false],
  ["1、A项目", false],
];
for (const [text, expected] of groups) {
  test(`isGroupLabel(${JSON.stringify(text)}) is ${expected}`, () => {
    expect(isGroupLabel(text)).toBe(expected);
  });
}

const notes: Array<[string, boolean]> = [
  ["注：数据截至10月底", true],
  ["注:数据截至10月底", true],
  ["注1：单位为万元", true],
  ["说明：…", true],
  ["填报人：张三", true],
  ["填报人:张三", true],
  ["联系电话：12345678", true],
  ["注意事项", false],
  ["注册资本", false],
  ["云溪大道", false],
];
for (const [text, expected] of notes) {
  test(`isNoteText(${JSON.stringify(text)}) is ${expected}`, () => {
    expect(isNoteText(text)).toBe(expected);
  });
}

const numbering: Array<[string[], boolean]> = [
  [["1", "2", "3"], true],
  [["1", "2", "3", "4", "5"], true],
  [["", "1", "2", "3", ""], true],
  [["1", "2"], false],
  [["1", "3", "4"], false],
  [["1", "A", "3"], false],
];
for (const [cells, expected] of numbering) {
  test(`isNumberingRow(${JSON.stringify(cells)}) is ${expected}`, () => {
    expect(isNumberingRow(cells)).toBe(expected);
  });
}

test('rowTexts([" a ", "", "  ", "b"]) keeps the trimmed non-empty cells', () => {
  expect(rowTexts([" a ", "", "  ", "b"])).toEqual(["a", "b"]);
});

// Label columns: 序号 (0), 项目名称 (1); 所属县区 (2) is not a label column.
const LABELS = [0, 1];
const rows: Array<[string[], RowKind]> = [
  [["", "", "", ""], "blank"],
  [[], "blank"],
  [["", "合计", "", "300"], "total"],
  [["合计", "", "", "300"], "total"],
  [["", "全市合计", "", "300"], "total"],
  [["", "", "", "总计"], "total"],
  [["一、产业项目（35个）", "", "", ""], "group"],
  [["", "（一）交通", "", ""], "group"],
  [["", "——铁路", "", ""], "group"],
  [["续建项目", "", "", ""], "group"],
  [["", "小计", "", "100"], "group"],
  [["注：单位万元", "", "", ""], "note"],
  [["填报人：张三", "", "", ""], "note"],
  [["1", "2", "3", "4"], "numbering"],
  [["1", "云溪大道", "高新区", "100"], "candidate"],
  [["1", "合计项目", "高新区", "100"], "candidate"],
];
for (const [cells, expected] of rows) {
  test(`classifyRow(${JSON.stringify(cells)}, [0, 1]) is ${expected}`, () => {
    expect(classifyRow(cells, LABELS)).toBe(expected);
  });
}

// Group rows of real tables ---------------------------------------------------

const realGroups: Array<[string[], number[], RowKind]> = [
  [["一", "青岚区（3个）", "", ""], [2], "group"],
  [["", "在建一批", "", ""], [2], "group"],
  [["", "新开工项目（19个）", "", ""], [2], "group"],
  [["", "1.工业项目", "", "100"], [2], "group"],
  [["", "①水利", "", ""], [2], "group"],
  [["", "1.工业项目", "高新区", "100"], [2], "candidate"],
  [["", "①号地块开发", "高新区", "100"], [2], "candidate"],
  [["编制单位：市发改委", "", "", ""], [2], "note"],
];
for (const [cells, textIndexes, expected] of realGroups) {
  test(`classifyRow(${JSON.stringify(cells)}, [0, 1], ${JSON.stringify(textIndexes)}) is ${expected}`, () => {
    expect(classifyRow(cells, LABELS, textIndexes)).toBe(expected);
  });
}

test("isNumberedLabel(1.工业项目, 3、城建, ①水利) is true; 1.5万吨, 2026 and 云溪大道 are not", () => {
  expect(["1.工业项目", "3、城建", "①水利", "1.5万吨污水厂", "2026", "云溪大道"].map(isNumberedLabel)).toEqual([true, true, true, false, false, false]);
});
