import { describe, expect, it } from "vitest";
import { categoryBars, renderChart } from "../../src/lib/charts/index.ts";
import type { CategoryBarsLabels, MarkSpec } from "../../src/lib/charts/index.ts";
import { expectGolden } from "./golden.ts";

const labels: CategoryBarsLabels = {
  title: "分类别年度计划与完成投资",
  subtitle: "2026年1-10月，亿元",
  source: "来源：市重点项目办",
  description: "产业项目完成年度计划的80.0%。",
  empty: "本月无数据",
  x: "亿元",
  name: "项目类别",
  annualPlan: "年度计划投资",
  ytdCompleted: "本年完成投资",
  completionRate: "完成率",
};

// 万元; the order given is the order shown.
const rows = [
  { name: "产业项目", annualPlan: 1_250_000, ytdCompleted: 1_000_000 },
  { name: "基础设施", annualPlan: 820_000, ytdCompleted: 530_500 },
  { name: "社会民生", annualPlan: 310_000, ytdCompleted: 262_000 },
  { name: "生态环保", annualPlan: 95_000, ytdCompleted: 41_000 },
];

const marksOf = (spec: { options: { marks: MarkSpec[] } }, mark: string) => spec.options.marks.filter((m) => m.mark === mark);

describe("categoryBars", () => {
  it("categoryBars(rows) matches the golden SVG", () => {
    expectGolden("category-bars", renderChart(categoryBars({ rows, labels })));
  });

  it("categoryBars(rows) keeps the given order on y", () => {
    const spec = categoryBars({ rows, labels });
    expect((spec.options.y as { domain: string[] }).domain).toEqual(["产业项目", "基础设施", "社会民生", "生态环保"]);
  });

  it("categoryBars(rows) draws amounts in 亿元 (万元 / 10000)", () => {
    const spec = categoryBars({ rows, labels });
    const [plan, done] = marksOf(spec, "barX");
    expect(plan?.options.x).toBe("annualPlan");
    expect(done?.options.x).toBe("ytdCompleted");
    expect((plan?.data[0] as { annualPlan: number }).annualPlan).toBe(125);
    expect((done?.data[1] as { ytdCompleted: number }).ytdCompleted).toBe(53.05);
  });

  it("categoryBars(rows) names both series in a text legend and writes the rate at each bar", () => {
    const svg = renderChart(categoryBars({ rows, labels }));
    expect(svg).toContain(">年度计划投资</text>");
    expect(svg).toContain(">本年完成投资</text>");
    expect(svg).toContain(">80.0%</text>");
    expect(svg).toContain(">43.2%</text>");
  });

  it("categoryBars(rows) table rows equal the drawn data", () => {
    const spec = categoryBars({ rows, labels });
    const drawn = marksOf(spec, "barX")[0]?.data as Record<string, unknown>[];
    expect(spec.table.rows).toEqual(drawn.map(({ name, annualPlan, ytdCompleted, completionRate }) => ({ name, annualPlan, ytdCompleted, completionRate })));
    expect(spec.table.rows[0]).toEqual({ name: "产业项目", annualPlan: 125, ytdCompleted: 100, completionRate: 0.8 });
  });

  it("categoryBars(rows with a zero plan) draws the bar without a rate", () => {
    const spec = categoryBars({ rows: [...rows, { name: "其他", annualPlan: 0, ytdCompleted: 500 }], labels });
    expect(spec.table.rows.at(-1)).toEqual({ name: "其他", annualPlan: 0, ytdCompleted: 0.05, completionRate: null });
  });

  it("categoryBars([]) explains that it is empty", () => {
    for (const input of [[], [{ name: "产业项目", annualPlan: 0, ytdCompleted: 0 }]]) {
      const spec = categoryBars({ rows: input, labels });
      expect(spec.empty).toBe(true);
      expect(spec.description).toBe("本月无数据");
      expect(renderChart(spec)).toContain(">本月无数据</text>");
    }
  });
});
