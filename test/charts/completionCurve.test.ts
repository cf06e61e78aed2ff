import { describe, expect, it } from "vitest";
import { completionCurve, renderChart } from "../../src/lib/charts/index.ts";
import type { CompletionCurveLabels, MarkSpec } from "../../src/lib/charts/index.ts";
import { expectGolden } from "./golden.ts";

const labels: CompletionCurveLabels = {
  title: "全市重点项目年度投资完成率",
  subtitle: "2026年1-10月，累计",
  source: "来源：市重点项目办",
  description: "1-10月完成年度计划的72.4%，慢于时序进度10.9个百分点。",
  empty: "本月无数据",
  x: "月份",
  y: "年度投资完成率",
  completion: "完成率",
  timeProgress: "时序进度",
  formatMonth: (month) => `${Number(month.slice(5))}月`,
};

const rates = [0.05, 0.12, 0.2, 0.28, 0.35, 0.43, 0.5, 0.57, 0.652, 0.724];
const points = rates.map((completionRate, i) => ({ month: `2026-${String(i + 1).padStart(2, "0")}`, completionRate }));

const marks = (spec: { options: { marks: MarkSpec[] } }, mark: string) => spec.options.marks.filter((m) => m.mark === mark);

describe("completionCurve", () => {
  it("completionCurve(points) matches the golden SVG", () => {
    expectGolden("completion-curve", renderChart(completionCurve({ points, year: 2026, labels })));
  });

  it("completionCurve(points, narrow) thins the month ticks so labels do not overlap", () => {
    const wide = completionCurve({ points, year: 2026, labels });
    expect((wide.options.x as { ticks: string[] }).ticks).toHaveLength(12);
    const narrow = completionCurve({ id: "completion-curve-narrow", points, year: 2026, labels, width: 340 });
    expect((narrow.options.x as { ticks: string[] }).ticks).toEqual(["1月", "4月", "7月", "10月"]);
    expectGolden("completion-curve-narrow", renderChart(narrow));
  });

  it("completionCurve(points) puts the 12 months of the year on x in calendar order", () => {
    const spec = completionCurve({ points, year: 2026, labels });
    expect((spec.options.x as { domain: string[] }).domain).toEqual(["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]);
  });

  it("completionCurve(points) draws time progress as month / 12, dashed", () => {
    const spec = completionCurve({ points, year: 2026, labels });
    const reference = marks(spec, "lineY").find((m) => m.options.y === "timeProgress");
    expect(reference?.options.strokeDasharray).toBeTruthy();
    const values = (reference?.data as { timeProgress: number }[]).map((d) => d.timeProgress);
    expect(values).toEqual(Array.from({ length: 12 }, (_, i) => (i + 1) / 12));
  });

  it("completionCurve(points) labels the last value and the reference with the given text", () => {
    const svg = renderChart(completionCurve({ points, year: 2026, labels: { ...labels, formatPercent: (v) => `${(v * 100).toFixed(1)}%` } }));
    expect(svg).toContain("完成率 72.4%");
    expect(svg).toContain("时序进度");
    const en = renderChart(completionCurve({ points, year: 2026, labels: { ...labels, timeProgress: "Time progress", x: "Month" } }));
    expect(en).toContain("Time progress");
    expect(en).not.toContain(">时序进度<");
  });

  it("completionCurve(points) table rows equal the drawn data", () => {
    const spec = completionCurve({ points, year: 2026, labels });
    const line = marks(spec, "lineY").find((m) => m.options.y === "completionRate");
    expect(spec.table.rows).toEqual(line?.data);
    expect(spec.table.rows[9]).toEqual({ month: "10月", completionRate: 0.724, timeProgress: 10 / 12 });
    expect(spec.table.rows[10]).toEqual({ month: "11月", completionRate: null, timeProgress: 11 / 12 });
    expect(spec.table.columns.map((c) => c.label)).toEqual(["月份", "完成率", "时序进度"]);
  });

  it("completionCurve(points above 100%) extends y and keeps the December labels apart", () => {
    const year = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, "0")}`, completionRate: (i + 1) / 11.5 }));
    const spec = completionCurve({ points: year, year: 2026, labels });
    expect((spec.options.y as { domain: number[] }).domain).toEqual([0, 12 / 11.5]);
    const end = spec.options.marks.find((m) => m.mark === "text" && m.options.fontWeight === "bold");
    expect(end?.options.dy).toBe(-14);
  });

  it("completionCurve(points with nulls) leaves a gap, no dot, and ignores other years", () => {
    const withGap = [...points.slice(0, 3), { month: "2026-04", completionRate: null }, ...points.slice(4), { month: "2025-12", completionRate: 0.99 }];
    const spec = completionCurve({ points: withGap, year: 2026, labels });
    expect(spec.table.rows[3]?.completionRate).toBeNull();
    expect(spec.table.rows).toHaveLength(12);
    expect(marks(spec, "dot")[0]?.data).toHaveLength(9);
  });

  it("completionCurve(all nulls) explains that it is empty", () => {
    for (const input of [[], [{ month: "2026-01", completionRate: null }], [{ month: "2025-12", completionRate: 0.9 }]]) {
      const spec = completionCurve({ points: input, year: 2026, labels });
      expect(spec.empty).toBe(true);
      expect(spec.description).toBe("本月无数据");
      expect(spec.table.rows).toEqual([]);
      expect(renderChart(spec)).toContain(">本月无数据</text>");
    }
    expectGolden("completion-curve-empty", renderChart(completionCurve({ points: [], year: 2026, labels })));
  });
});
