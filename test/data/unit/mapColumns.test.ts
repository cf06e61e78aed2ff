import { expect, test } from "vitest";
import { aliasField, mapColumns } from "../../../src/lib/data/mapColumns.ts";
import { flattenHeader as flattenRows } from "../../../src/lib/data/flattenHeader.ts";
import { labelFacts } from "../../../src/lib/data/headerLabel.ts";
import type { Field } from "../../../src/lib/data/fields.ts";

/** A one- or two-row header's label paths. */
const flattenHeader = (parent: string[], child: string[] | null) => flattenRows(child === null ? [parent] : [parent, child]);

/** The field a one-row header label maps to with no custom names. */
const fieldOf = (label: string, custom: Record<string, string> = {}) => mapColumns(flattenHeader([label], null), custom)[0]!.field;

// Built-in aliases (SPEC §3.2) ---------------------------------------------

const aliases: Array<[Field, string[]]> = [
  ["serial", ["序号"]],
  ["id", ["项目编号", "项目代码"]],
  ["name", ["项目名称", "项目名", "工程名称", "项目名称★"]],
  ["district", ["所属县区", "县市区", "所属区域", "隶属区县", "建设地点", "县（市、区）"]],
  ["category", ["项目类别", "项目类型", "行业分类", "领域"]],
  ["nature", ["建设性质", "项目性质", "建设阶段"]],
  ["status", ["项目状态", "当前状态", "开工状态", "开工情况"]],
  ["content", ["建设内容及规模", "建设内容", "建设规模及内容", "主要建设内容"]],
  ["period", ["建设起止年限", "建设年限", "计划工期"]],
  ["totalInvestment", ["总投资", "项目总投资", "计划总投资", "总投资（万元）", "总投资(亿元)"]],
  ["annualPlan", ["年度计划投资", "年计划投资", "2026年计划投资", "2026年度投资计划"]],
  ["ytdCompleted", ["1-10月完成投资", "年度累计完成投资", "本年完成投资", "1-10月完成投资（万元）", "2026年1-10月累计完成投资", "截止10月末累计完成投资", "截至10月底累计完成投资"]],
  ["ytdPercent", ["占年度计划(%)", "占年度计划比例(%)", "完成率"]],
  ["cumulativeCompleted", ["开工累计完成投资", "累计完成投资", "自开工累计完成投资"]],
  ["monthCompleted", ["当月完成投资", "本月完成投资", "10月份完成投资"]],
  ["progressText", ["形象进度", "进展情况"]],
  ["problems", ["存在问题"]],
  ["owner", ["业主单位", "项目业主", "建设单位"]],
  ["leadDepartment", ["责任单位", "牵头单位"]],
  ["leader", ["责任领导", "包挂领导", "挂钩领导"]],
  ["privateInvestment", ["是否民间投资", "民间投资"]],
  ["landArea", ["用地面积(亩)", "用地面积（亩）"]],
  ["plannedStart", ["计划开工时间", "计划开工日期", "计划开工年月"]],
  ["actualStart", ["实际开工时间", "开工时间"]],
  ["plannedEnd", ["计划竣工时间", "计划竣工年月"]],
  ["actualEnd", ["实际竣工时间", "竣工时间"]],
  ["longitude", ["经度"]],
  ["latitude", ["纬度"]],
  ["remarks", ["备注"]],
];
for (const [field, labels] of aliases) {
  for (const label of labels) {
    test(`mapColumns([${JSON.stringify(label)}]) maps to ${field}`, () => {
      expect(fieldOf(label)).toBe(field);
    });
  }
}

const unknown = ["", "辅助列", "XX"];
for (const label of unknown) {
  test(`mapColumns([${JSON.stringify(label)}]) maps to no field`, () => {
    expect(fieldOf(label)).toBeNull();
  });
}

// aliasField -------------------------------------------------------------

const facts: Array<[string, Field | null, string]> = [
  ["累计完成投资", "cumulativeCompleted", "is cumulative without a year or range"],
  ["1-10月累计完成投资", "ytdCompleted", "is year-to-date with a month range"],
  ["2026年累计完成投资", "ytdCompleted", "is year-to-date with a year"],
  ["2026年开工累计完成投资", "cumulativeCompleted", "stays cumulative when it says 开工"],
  ["10月份完成投资", "monthCompleted", "is one month's investment for a single month"],
  ["当月完成", "monthCompleted", "is one month's investment for 当月完成"],
  ["项目名称", "name", "is the name"],
  ["辅助列", null, "is null for an unknown label"],
];
for (const [label, expected, what] of facts) {
  test(`aliasField(labelFacts(${JSON.stringify(label)})) ${what}`, () => {
    expect(aliasField(labelFacts(label))).toBe(expected);
  });
}

// mapColumns: the whole header ---------------------------------------------

test("mapColumns(two-row header) reads 1-10月完成投资 over 完成投资 and 占年度计划(%) as ytdCompleted and ytdPercent", () => {
  const parent = ["序号", "项目名称", "所属县区", "2026年计划投资", "1-10月完成投资", "", "备注"];
  const child = ["", "", "", "", "完成投资", "占年度计划(%)", ""];
  const columns = mapColumns(flattenHeader(parent, child), {});
  expect(columns.map((c) => c.field)).toEqual(["serial", "name", "district", "annualPlan", "ytdCompleted", "ytdPercent", "remarks"]);
  expect(columns[4]).toMatchObject({ index: 4, letter: "E", label: "1-10月完成投资/完成投资" });
  expect(columns[4]!.facts.monthTo).toBe(10);
  expect(columns[5]).toMatchObject({ index: 5, letter: "F", label: "1-10月完成投资/占年度计划(%)" });
  expect(columns[5]!.facts).toMatchObject({ monthTo: 10, unit: "%" });
  expect(columns[3]!.facts.year).toBe(2026);
});

test("mapColumns(two-row header) takes the unit from the parent when the child names the field", () => {
  const columns = mapColumns(flattenHeader(["项目名称", "投资（亿元）", ""], ["", "总投资", "年度计划"]), {});
  expect(columns.map((c) => c.field)).toEqual(["name", "totalInvestment", "annualPlan"]);
  expect(columns[1]!.facts.unit).toBe("亿元");
  expect(columns[2]!.facts.unit).toBe("亿元");
});

test("mapColumns(header) gives a blank column an empty label and no field", () => {
  const columns = mapColumns(flattenHeader(["项目名称", "", "所属县区"], null), {});
  expect(columns[1]).toMatchObject({ index: 1, letter: "B", label: "", field: null });
});

test("mapColumns(header) labels a one-row column with its own text", () => {
  const columns = mapColumns(flattenHeader(["总投资（万元）"], null), {});
  expect(columns[0]).toMatchObject({ label: "总投资（万元）", field: "totalInvestment" });
  expect(columns[0]!.facts.unit).toBe("万元");
});

// Custom names from site.yaml -------------------------------------------------

test("mapColumns(header, custom) maps a label the aliases do not know", () => {
  expect(fieldOf("投资计划（本年）", { "投资计划（本年）": "annualPlan" })).toBe("annualPlan");
});

test("mapColumns(header, custom) matches custom names after normalising brackets and spaces", () => {
  expect(fieldOf("投资计划 (本年)", { "投资计划（本年）": "annualPlan" })).toBe("annualPlan");
});

test("mapColumns(header, custom) matches a custom name with a unit added in the header", () => {
  expect(fieldOf("投资计划（本年）（万元）", { "投资计划（本年）": "annualPlan" })).toBe("annualPlan");
});

test("mapColumns(header, custom) prefers a custom name over a built-in alias", () => {
  expect(fieldOf("备注", { 备注: "problems" })).toBe("problems");
});

test("mapColumns(header, custom) ignores a custom name mapped to an unknown field", () => {
  expect(fieldOf("片区", { 片区: "bogus" })).toBeNull();
  expect(fieldOf("备注", { 备注: "bogus" })).toBe("remarks");
});

test("mapColumns(two-row header, custom) matches a custom child label", () => {
  const columns = mapColumns(flattenHeader(["项目名称", "投资情况", ""], ["", "本年度安排", "本年度完成"]), { 本年度安排: "annualPlan", 本年度完成: "ytdCompleted" });
  expect(columns.map((c) => c.field)).toEqual(["name", "annualPlan", "ytdCompleted"]);
});

test("mapColumns(three-row header) reads 投资情况 over 2026年度 over 计划投资 / 1-10月完成 / 完成率 with the year and month of their parents", () => {
  const columns = mapColumns(
    flattenRows([
      ["序号", "项目名称", "投资情况（万元）", "", "", "", "形象进度"],
      ["", "", "总投资", "2026年度", "", "", ""],
      ["", "", "", "计划投资", "1-10月完成", "完成率", ""],
    ]),
    {},
  );
  expect(columns.map((c) => c.field)).toEqual(["serial", "name", "totalInvestment", "annualPlan", "ytdCompleted", "ytdPercent", "progressText"]);
  expect(columns[3]).toMatchObject({ label: "投资情况（万元）/2026年度/计划投资" });
  expect(columns[3]!.facts).toMatchObject({ year: 2026, unit: "万元" });
  expect(columns[4]!.facts).toMatchObject({ year: 2026, monthTo: 10, unit: "万元" });
  expect(columns[2]!.facts.unit).toBe("万元");
});

test("mapColumns(header) joins a unit-only child with its parent: 总投资 over （亿元）", () => {
  const columns = mapColumns(flattenRows([["项目名称", "总投资", "年度计划投资"], ["", "（亿元）", "（万元）"]]), {});
  expect(columns.map((c) => [c.field, c.facts.unit])).toEqual([
    ["name", null],
    ["totalInvestment", "亿元"],
    ["annualPlan", "万元"],
  ]);
});

test("mapColumns(header) reads letter-spaced, line-broken and format-hinted labels", () => {
  const columns = mapColumns(flattenRows([["序  号", "项 目 名 称", "总投资\n（亿元）", " 所属县区 ", "开工时间\n20XX.0X", "计划竣工时间（年.月）"]]), {});
  expect(columns.map((c) => c.field)).toEqual(["serial", "name", "totalInvestment", "district", "actualStart", "plannedEnd"]);
  expect(columns[2]!.facts.unit).toBe("亿元");
});

test("mapColumns(header) reads 是否开工 as the status and 是否竣工 as the finished flag", () => {
  expect([fieldOf("是否开工"), fieldOf("是否竣工"), fieldOf("是否建成投产")]).toEqual(["status", "finished", "finished"]);
});

test("aliasField(a plan with a month range, or 序时计划) is the project's own schedule to date; the year's plan stays annualPlan", () => {
  const f = (label: string) => aliasField(labelFacts(label));
  expect(f("1-10月计划投资")).toBe("ytdPlanned");
  expect(f("1-10月计划完成投资")).toBe("ytdPlanned");
  expect(f("序时计划")).toBe("ytdPlanned");
  expect(f("序时进度计划投资")).toBe("ytdPlanned");
  expect(f("按序时应完成投资")).toBe("ytdPlanned");
  expect(f("2026年计划投资")).toBe("annualPlan");
  expect(f("年度计划投资")).toBe("annualPlan");
  expect(f("10月计划投资")).toBe("annualPlan");
  expect(f("计划完成")).toBeNull();
});

test("mapColumns(1-10月 over 计划完成 / 实际完成) reads the schedule to date and the year to date", () => {
  const cols = mapColumns(
    [
      ["项目名称"],
      ["2026年计划投资"],
      ["1-10月", "计划完成"],
      ["1-10月", "实际完成"],
    ],
    {},
  );
  expect(cols.map((c) => c.field)).toEqual(["name", "annualPlan", "ytdPlanned", "ytdCompleted"]);
  expect(cols[2]!.facts.monthTo).toBe(10);
});
