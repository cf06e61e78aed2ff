import { describe, expect, it } from "vitest";
import { SiteConfigSchema } from "../../src/lib/config/siteConfigSchema.ts";
import { districtParagraph, programmeParagraph, projectParagraph } from "../../src/lib/narrative/index.ts";
import { computeAll } from "../../src/lib/rank/index.ts";
import type { MonthComputed } from "../../src/lib/rank/index.ts";
import { programmeOf, readFixture, state } from "../helpers/state.ts";

// The fixture's June paragraphs. The figures are the hand-computed ones of test/indicators/fixture.test.ts
// and test/rank/fixture.test.ts: 26400万元 = 2.64亿元 of 56000万元 = 5.60亿元 → 47.1%; 50% − 47.14% = 2.9 points;
// rate change 47.14% − 31.25% = 15.9 points; starts 4/5, finishes 1/3, reserve 1/2; private 39000/56000 = 69.6%.
const programme = readFixture("test/fixtures/indicators", {
  districts: ["东城区", "西城区", "南湖区", "北山县", "高新区"],
  categories: ["产业", "基础设施", "社会民生"],
});
const computed = computeAll(programme, SiteConfigSchema.parse({}));
const june = computed.months.find((m) => m.month === "2026-06") as MonthComputed;
const june04 = programme.snapshots.find((s) => s.month === "2026-06")?.states.find((s) => s.id === "P04");

describe("programmeParagraph(month, locale)", () => {
  it("programmeParagraph(fixture June, zh-CN) reads like the office's 通报", () => {
    expect(programmeParagraph(june, "zh-CN")).toBe(
      "截至2026年6月底，云溪市12个重点项目完成投资2.64亿元，占年度计划5.60亿元的47.1%，慢于时序进度2.9个百分点，" +
        "完成率比上月提高15.9个百分点。新开工项目5个，已开工4个，开工率80.0%；计划竣工项目3个，已竣工1个，竣工率33.3%；" +
        "前期储备项目2个，已开工1个，储备转化率50.0%。民间投资项目5个，占年度计划投资的69.6%。" +
        "东城区、南湖区、高新区获红旗，北山县、西城区获黄旗。预警项目4个，其中红色预警1个、黄色预警3个。",
    );
  });

  it("programmeParagraph(fixture June, en) says the same in English", () => {
    expect(programmeParagraph(june, "en")).toBe(
      "By the end of June 2026, the 12 key projects in 云溪市 had invested RMB 264 million, 47.1% of the annual plan of " +
        "RMB 560 million, 2.9 percentage points behind time progress; the completion rate rose 15.9 percentage points on " +
        "the previous month. Of the 5 projects due to start this year, 4 had started (start rate 80.0%); of the 3 due to " +
        "finish, 1 had finished (finish rate 33.3%); of the 2 reserve projects, 1 had started (conversion 50.0%). " +
        "5 private-investment projects hold 69.6% of the annual plan. Red flags go to 东城区, 南湖区 and 高新区; " +
        "yellow flags to 北山县 and 西城区. 4 projects carry a warning: 1 red and 3 yellow.",
    );
  });

  it("programmeParagraph(month without a region) falls back to 全市", () => {
    const p = programmeOf([state({ annualPlan: 100, ytdCompleted: 50 })], { region: null });
    const [m] = computeAll(p, SiteConfigSchema.parse({})).months;
    expect(programmeParagraph(m!, "zh-CN")).toMatch(/^截至2026年6月底，全市1个重点项目完成投资50万元，占年度计划100万元的50.0%，与时序进度持平。/);
    expect(programmeParagraph(m!, "en")).toMatch(/^By the end of June 2026, the 1 key project had invested RMB 0.5 million/);
  });

  it("programmeParagraph(empty month) says there are no projects", () => {
    const p = programmeOf([], { months: ["2026-03"] });
    const [m] = computeAll(p, SiteConfigSchema.parse({})).months;
    expect(programmeParagraph(m!, "zh-CN")).toBe("截至2026年3月底，云溪市暂无重点项目。");
  });

  it("programmeParagraph(month with zero plan) does not give a rate", () => {
    const p = programmeOf([state({ annualPlan: 0, ytdCompleted: 20, nature: "continuing" })]);
    const [m] = computeAll(p, SiteConfigSchema.parse({})).months;
    // a single district is ranked first (score 0, nothing applies) and gets the red flag
    expect(programmeParagraph(m!, "zh-CN")).toBe(
      "截至2026年6月底，云溪市1个重点项目完成投资20万元，暂无年度计划投资。无计划新开工项目；无计划竣工项目。" +
        "东城区获红旗。无预警项目。",
    );
  });
});

describe("districtParagraph(month, district, locale)", () => {
  it("districtParagraph(fixture June, 高新区) gives its place on the board", () => {
    // 高新: 5000/10000 = 50.0%, level with time progress; score 88.1, 3rd of 5, up 1 (4 → 3), red flag
    expect(districtParagraph(june, "高新区", "zh-CN")).toBe(
      "截至2026年6月底，高新区2个重点项目完成投资5000万元，占年度计划1.00亿元的50.0%，与时序进度持平，完成率比上月提高30.0个百分点。" +
        "综合得分88.1分，在5个县区中排第3位，比上月上升1位，获红旗。" +
        "新开工项目1个，已开工1个，开工率100.0%；无计划竣工项目；前期储备项目1个，已开工0个，储备转化率0.0%。无预警项目。",
    );
  });

  it("districtParagraph(fixture April, 西城区) says when every warning is red", () => {
    // April: P04 and P06 both 0 of plan → 33.3 points behind → red; no yellow
    const april = computed.months.find((m) => m.month === "2026-04") as MonthComputed;
    expect(districtParagraph(april, "西城区", "zh-CN")).toMatch(/预警项目2个，均为红色预警。$/);
    expect(districtParagraph(april, "西城区", "en")).toMatch(/2 projects carry a red warning\.$/);
  });

  it("districtParagraph(month, unknown district) is null", () => {
    expect(districtParagraph(june, "不存在区", "zh-CN")).toBeNull();
  });
});

describe("projectParagraph(state, month, locale)", () => {
  it("projectParagraph(fixture June, P04) gives its figures and its warnings", () => {
    expect(projectParagraph(june04!, june, "zh-CN")).toBe(
      "西城新能源电池项目（西城区，新开工，未开工）本年计划投资6000万元，截至2026年6月底完成投资0万元，占年度计划的0.0%，" +
        "慢于时序进度50.0个百分点。在11个有年度计划的项目中排第11位。列为红色预警。" +
        "计划2026年2月开工，至2026年6月已过4个月仍未开工，列为红色预警。" +
        "本年完成投资连续2个月没有增长（2026年4月0万元，2026年6月0万元），列为黄色预警。",
    );
  });

  it("projectParagraph(project without a plan) says so", () => {
    const p12 = programme.snapshots.find((s) => s.month === "2026-06")?.states.find((s) => s.id === "P12");
    expect(projectParagraph(p12!, june, "en")).toBe(
      "高新人才公寓 (高新区, in preparation, not started) has no annual plan; by the end of June 2026 it had invested RMB 0 million this year.",
    );
  });
});
