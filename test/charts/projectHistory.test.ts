import { describe, expect, it } from "vitest";
import { amountUnit, projectHistory, renderChart } from "../../src/lib/charts/index.ts";
import type { MarkSpec, ProjectHistoryLabels } from "../../src/lib/charts/index.ts";
import { expectGolden } from "./golden.ts";

const labels: ProjectHistoryLabels = {
  title: "<script>alert(1)</script>科创园二期 投资进度",
  subtitle: "2026年，万元",
  source: "来源：市重点项目办",
  description: "截至10月完成投资3,600万元，为年度计划的72.0%。",
  empty: "本月无数据",
  x: "月份",
  y: "万元",
  ytdCompleted: "本年完成",
  annualPlan: "年度计划",
  formatMonth: (month) => `${Number(month.slice(5))}月`,
  formatAmount: (value) => value.toFixed(0),
};

// Given out of order; one month without a report.
const points = [
  { month: "2026-03", ytdCompleted: 900, annualPlan: 5000 },
  { month: "2026-01", ytdCompleted: 200, annualPlan: 5000 },
  { month: "2026-02", ytdCompleted: 480, annualPlan: 5000 },
  { month: "2026-04", ytdCompleted: null, annualPlan: null },
  { month: "2026-05", ytdCompleted: 1650, annualPlan: 5000 },
  { month: "2026-06", ytdCompleted: 2100, annualPlan: 5000 },
  { month: "2026-07", ytdCompleted: 2600, annualPlan: 5000 },
  { month: "2026-08", ytdCompleted: 2950, annualPlan: 5000 },
  { month: "2026-09", ytdCompleted: 3300, annualPlan: 5000 },
  { month: "2026-10", ytdCompleted: 3600, annualPlan: 5000 },
];

const marksOf = (spec: { options: { marks: MarkSpec[] } }, mark: string) => spec.options.marks.filter((m) => m.mark === mark);

describe("projectHistory", () => {
  it("projectHistory(points) matches the golden SVG", () => {
    expectGolden("project-history", renderChart(projectHistory({ points, unit: "wan", labels })));
  });

  it("projectHistory(points) puts months in calendar order", () => {
    const spec = projectHistory({ points, unit: "wan", labels });
    expect((spec.options.x as { domain: string[] }).domain).toEqual(["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月"]);
  });

  it("projectHistory(points) escapes a project name with <script> in the title", () => {
    const svg = renderChart(projectHistory({ points, unit: "wan", labels }));
    expect(svg).toContain("<title id=\"project-history-title\">&lt;script&gt;alert(1)&lt;/script&gt;科创园二期 投资进度</title>");
    expect(svg).not.toMatch(/<script/i);
  });

  it("projectHistory(points) labels both lines at their last value", () => {
    const svg = renderChart(projectHistory({ points, unit: "wan", labels }));
    expect(svg).toContain(">本年完成 3600</text>");
    expect(svg).toContain(">年度计划 5000</text>");
  });

  it("projectHistory(points, yi) divides 万元 by 10000", () => {
    const spec = projectHistory({ points: [{ month: "2026-01", ytdCompleted: 25_000, annualPlan: 120_000 }], labels });
    expect(spec.table.rows).toEqual([{ month: "1月", ytdCompleted: 2.5, annualPlan: 12 }]);
  });

  it("projectHistory(points over two years) keeps months apart when their labels repeat", () => {
    const spec = projectHistory({ points: [{ month: "2025-12", ytdCompleted: 100, annualPlan: 200 }, { month: "2026-12", ytdCompleted: 150, annualPlan: 200 }], unit: "wan", labels });
    expect((spec.options.x as { domain: string[] }).domain).toEqual(["2025-12", "2026-12"]);
  });

  it("amountUnit(amounts) is 亿元 from 1 亿 upward, else 万元", () => {
    expect(amountUnit([5000, null, 9999])).toBe("wan");
    expect(amountUnit([5000, 10000])).toBe("yi");
    expect(amountUnit([])).toBe("wan");
  });

  it("projectHistory(points) table rows equal the drawn data, nulls kept as gaps", () => {
    const spec = projectHistory({ points, unit: "wan", labels });
    const line = marksOf(spec, "lineY").find((m) => m.options.y === "ytdCompleted");
    expect(spec.table.rows).toEqual(line?.data);
    expect(spec.table.rows[3]).toEqual({ month: "4月", ytdCompleted: null, annualPlan: null });
    expect(marksOf(spec, "dot")[0]?.data).toHaveLength(9);
  });

  it("projectHistory(no values) explains that it is empty", () => {
    for (const input of [[], [{ month: "2026-01", ytdCompleted: null, annualPlan: null }]]) {
      const spec = projectHistory({ points: input, labels });
      expect(spec.empty).toBe(true);
      expect(spec.description).toBe("本月无数据");
      expect(renderChart(spec)).toContain(">本月无数据</text>");
    }
  });
});
