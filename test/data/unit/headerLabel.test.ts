import { expect, test } from "vitest";
import { labelFacts, type LabelFacts } from "../../../src/lib/data/headerLabel.ts";

const facts = (f: Partial<LabelFacts> & { core: string }): LabelFacts => ({ unit: null, year: null, monthTo: null, singleMonth: false, ...f });

const cases: Array<[string, LabelFacts, string]> = [
  ["项目名称", facts({ core: "项目名称" }), "has no facts"],
  ["总投资（万元）", facts({ core: "总投资", unit: "万元" }), "reads a full-width bracketed unit"],
  ["总投资(亿元)", facts({ core: "总投资", unit: "亿元" }), "reads a half-width bracketed unit"],
  ["总投资 (万元)", facts({ core: "总投资", unit: "万元" }), "ignores the space before the unit"],
  ["总投资\n（万元）", facts({ core: "总投资", unit: "万元" }), "reads a unit on its own line"],
  ["总投资[万元]", facts({ core: "总投资", unit: "万元" }), "reads a square-bracketed unit"],
  ["总投资【亿元】", facts({ core: "总投资", unit: "亿元" }), "reads a 【】 unit"],
  ["年度计划投资(千元)", facts({ core: "年度计划投资", unit: "千元" }), "reads 千元"],
  ["完成投资（元）", facts({ core: "完成投资", unit: "元" }), "reads 元"],
  ["用地面积(亩)", facts({ core: "用地面积", unit: "亩" }), "reads 亩"],
  ["占年度计划(%)", facts({ core: "占年度计划", unit: "%" }), "reads %"],
  ["占年度计划（％）", facts({ core: "占年度计划", unit: "%" }), "reads a full-width ％ as %"],
  ["2026年计划投资", facts({ core: "计划投资", year: 2026 }), "reads a year"],
  ["2026年度计划投资", facts({ core: "计划投资", year: 2026 }), "reads 年度"],
  ["1-10月完成投资", facts({ core: "完成投资", monthTo: 10 }), "reads a month range"],
  ["1～10月完成投资", facts({ core: "完成投资", monthTo: 10 }), "reads a range with a full-width tilde"],
  ["1—10月完成投资", facts({ core: "完成投资", monthTo: 10 }), "reads a range with an em dash"],
  ["1至10月完成投资", facts({ core: "完成投资", monthTo: 10 }), "reads a range with 至"],
  ["截至10月底累计完成投资", facts({ core: "累计完成投资", monthTo: 10 }), "reads 截至…月底"],
  ["截止10月末累计完成投资", facts({ core: "累计完成投资", monthTo: 10 }), "reads 截止…月末"],
  ["10月份完成投资", facts({ core: "完成投资", monthTo: 10, singleMonth: true }), "reads a single month"],
  ["当月完成投资", facts({ core: "当月完成投资", singleMonth: true }), "reads 当月 as a single month"],
  ["本月完成投资", facts({ core: "本月完成投资", singleMonth: true }), "reads 本月 as a single month"],
  ["2026年1-10月完成投资（万元）", facts({ core: "完成投资", unit: "万元", year: 2026, monthTo: 10 }), "reads unit, year and range together"],
];
for (const [input, expected, what] of cases) {
  test(`labelFacts(${JSON.stringify(input)}) ${what}`, () => {
    expect(labelFacts(input)).toEqual(expected);
  });
}

// The month facts on their own, so a wrong core does not hide them.
test('labelFacts("截至10月底累计完成投资") reads monthTo 10', () => {
  expect(labelFacts("截至10月底累计完成投资").monthTo).toBe(10);
});

const hints: Array<[string, string]> = [
  ["开工时间\n20XX.0X", "开工时间"],
  ["开工时间（XXXX年XX月）", "开工时间"],
  ["计划开工时间(yyyy.mm)", "计划开工时间"],
  ["竣工时间（年.月）", "竣工时间"],
  ["实际开工时间 YYYY-MM", "实际开工时间"],
];
for (const [label, core] of hints) {
  test(`labelFacts(${JSON.stringify(label)}) drops the format hint: ${core}`, () => {
    expect(labelFacts(label).core).toBe(core);
  });
}
