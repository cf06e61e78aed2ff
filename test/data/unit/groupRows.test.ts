import { expect, test } from "vitest";
import { addGroupColumns, enterGroup, groupFields, groupHeading, parseHeading, type GroupHeading } from "../../../src/lib/data/groupRows.ts";
import { flattenHeader } from "../../../src/lib/data/flattenHeader.ts";
import { mapColumns } from "../../../src/lib/data/mapColumns.ts";

const headings: Array<[string, ReturnType<typeof parseHeading>]> = [
  ["一、青岚区（19个）", { marker: "cn", core: "青岚区" }],
  ["十二、临江区(3个)", { marker: "cn", core: "临江区" }],
  ["一", { marker: "cn", core: "" }],
  ["（一）在建一批", { marker: "paren", core: "在建一批" }],
  ["(2)交通", { marker: "paren", core: "交通" }],
  ["——铁路", { marker: "dash", core: "铁路" }],
  ["1.工业项目（共5个项目）", { marker: "arabic", core: "工业项目" }],
  ["3、城建", { marker: "arabic", core: "城建" }],
  ["①水利", { marker: "circled", core: "水利" }],
  ["新开工项目（19个）", { marker: "plain", core: "新开工项目" }],
  ["续建项目 12个", { marker: "plain", core: "续建项目" }],
  ["小计", null],
  ["青岚区小计", null],
  ["其中：省重点", null],
  ["", null],
];
for (const [text, expected] of headings) {
  test(`parseHeading(${JSON.stringify(text)}) is ${JSON.stringify(expected)}`, () => {
    expect(parseHeading(text)).toEqual(expected);
  });
}

test("groupHeading(cells) reads the heading in the first non-blank cell", () => {
  expect(groupHeading(["", "一、青岚区（3个）", "", ""], 7)).toEqual({ marker: "cn", text: "一、青岚区（3个）", core: "青岚区", line: 7 });
});

test("groupHeading(cells) joins a marker alone in the 序号 cell with the name in the next cell", () => {
  expect(groupHeading(["一", "青岚区（3个）", ""], 3)).toEqual({ marker: "cn", text: "一、青岚区（3个）", core: "青岚区", line: 3 });
  expect(groupHeading(["（二）", "续建项目（1个）"], 4)).toEqual({ marker: "paren", text: "（二）续建项目（1个）", core: "续建项目", line: 4 });
});

test("groupHeading(a 小计 row) is null", () => {
  expect(groupHeading(["小计", "", "100"], 9)).toBeNull();
});

const h = (marker: GroupHeading["marker"], core: string, line = 1): GroupHeading => ({ marker, text: core, core, line });

test("enterGroup(stack, heading) opens a level under the current one for a new marker", () => {
  const a = h("cn", "青岚区");
  const b = h("paren", "在建一批");
  expect(enterGroup(enterGroup([], a), b)).toEqual([a, b]);
});

test("enterGroup(stack, heading) closes the level of its marker and everything under it", () => {
  const stack = [h("cn", "青岚区"), h("paren", "在建一批"), h("dash", "交通")];
  const next = h("paren", "新开工一批");
  expect(enterGroup(stack, next)).toEqual([stack[0], next]);
  const district = h("cn", "临江区");
  expect(enterGroup(stack, district)).toEqual([district]);
});

test("groupFields(headings, missing) reads districts, natures and categories from the levels that name them", () => {
  const all = [h("cn", "青岚区"), h("paren", "在建一批"), h("dash", "基础设施"), h("arabic", "交通"), h("paren", "新开工项目"), h("cn", "临江区"), h("dash", "产业")];
  expect(groupFields(all, new Set(["district", "nature", "category"]), [])).toEqual(
    new Map([
      ["cn", "district"],
      ["paren", "nature"],
      ["dash", "category"],
    ]),
  );
});

test("groupFields(headings, missing) leaves alone a field the table has a column for", () => {
  const all = [h("cn", "青岚区"), h("paren", "续建项目")];
  expect(groupFields(all, new Set(["nature"]), [])).toEqual(new Map([["paren", "nature"]]));
});

test("groupFields(headings, missing, districts) knows listed districts without a place-name ending", () => {
  const all = [h("cn", "高新"), h("cn", "开发园")];
  expect(groupFields(all, new Set(["district", "category"]), ["高新", { name: "开发园", aliases: [] }])).toEqual(new Map([["cn", "district"]]));
  expect(groupFields(all, new Set(["district", "category"]), [])).toEqual(new Map([["cn", "category"]]));
});

test("addGroupColumns(columns, headings, under) adds a column per field the groups name and fills each project row", () => {
  const columns = mapColumns(flattenHeader([["项目名称", "年度计划投资", "1-10月完成投资"]]), {});
  const district = h("cn", "青岚区", 3);
  const nature = h("paren", "在建一批", 4);
  const row = { line: 5, cells: ["甲", "1", "1"] };
  const orphan = { line: 2, cells: ["乙", "1", "1"] };
  const notices = addGroupColumns(columns, [district, nature], new Map([[row, [district, nature]], [orphan, []]]), []);
  expect(columns.slice(3).map((c) => [c.index, c.field, c.from])).toEqual([
    [3, "district", "group-rows"],
    [4, "nature", "group-rows"],
  ]);
  expect(row.cells).toEqual(["甲", "1", "1", "青岚区", "在建一批"]);
  expect(orphan.cells).toEqual(["乙", "1", "1", "", ""]);
  expect(notices.map((n) => [n.code, n.value, n.lines])).toEqual([
    ["group-field", "district", [3]],
    ["group-field", "nature", [4]],
  ]);
});
