import { describe, expect, it } from "vitest";
import { renderChart, startCompletionCounts } from "../../src/lib/charts/index.ts";
import type { MarkSpec, StartCompletionCountsLabels } from "../../src/lib/charts/index.ts";
import { expectGolden } from "./golden.ts";

const labels: StartCompletionCountsLabels = {
  title: "新开工与竣工项目个数",
  subtitle: "2026年，累计",
  source: "来源：市重点项目办",
  description: "10月底计划新开工的40个项目已开工34个，计划竣工的18个项目已竣工7个。",
  empty: "本月无数据",
  x: "月份",
  y: "项目个数",
  starts: "新开工",
  finishes: "竣工",
  planned: "计划",
  actual: "实际",
  newProjects: "计划新开工",
  newStarted: "已开工",
  finishPlanned: "计划竣工",
  finished: "已竣工",
  formatMonth: (month) => `${Number(month.slice(5))}月`,
};

const points = [
  { month: "2026-09", newProjects: 40, newStarted: 31, finishPlanned: 18, finished: 5 },
  { month: "2026-07", newProjects: 40, newStarted: 22, finishPlanned: 18, finished: 3 },
  { month: "2026-08", newProjects: 40, newStarted: 27, finishPlanned: 18, finished: 4 },
  { month: "2026-10", newProjects: 40, newStarted: 34, finishPlanned: 18, finished: 7 },
];

const marksOf = (spec: { options: { marks: MarkSpec[] } }, mark: string) => spec.options.marks.filter((m) => m.mark === mark);

describe("startCompletionCounts", () => {
  it("startCompletionCounts(points) matches the golden SVG", () => {
    expectGolden("start-completion-counts", renderChart(startCompletionCounts({ points, labels })));
  });

  it("startCompletionCounts(12 months, narrow) thins ticks and drops the counts that do not fit", () => {
    const year = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, "0")}`, newProjects: 40, newStarted: 3 * i, finishPlanned: 18, finished: i }));
    const spec = startCompletionCounts({ id: "start-completion-counts-narrow", points: year, labels, width: 340 });
    expect((spec.options.x as { ticks: string[] }).ticks.length).toBeLessThan(12);
    expect(spec.options.marks.find((m) => m.mark === "text" && m.options.fy === "panel")?.data).toEqual([]);
    expect(spec.table.rows).toHaveLength(12);
    expectGolden("start-completion-counts-narrow", renderChart(spec));
  });

  it("startCompletionCounts(points) puts months in calendar order and panels in the given order", () => {
    const spec = startCompletionCounts({ points, labels });
    expect((spec.options.x as { domain: string[] }).domain).toEqual(["7月", "8月", "9月", "10月"]);
    expect((spec.options.fy as { domain: string[] }).domain).toEqual(["新开工", "竣工"]);
  });

  it("startCompletionCounts(points) draws planned behind actual and writes actual/planned", () => {
    const spec = startCompletionCounts({ points, labels });
    const [planned, actual] = marksOf(spec, "barY");
    expect(planned?.options.y).toBe("planned");
    expect(actual?.options.y).toBe("actual");
    const svg = renderChart(spec);
    expect(svg).toContain(">34/40</text>");
    expect(svg).toContain(">7/18</text>");
    expect(svg).toContain(">计划</text>");
    expect(svg).toContain(">实际</text>");
  });

  it("startCompletionCounts(points) table rows equal the drawn data", () => {
    const spec = startCompletionCounts({ points, labels });
    const bars = marksOf(spec, "barY")[0]?.data as { month: string; panel: string; planned: number; actual: number }[];
    const fromBars = spec.table.rows.flatMap((r) => [
      { month: r.month, panel: "新开工", planned: r.newProjects, actual: r.newStarted },
      { month: r.month, panel: "竣工", planned: r.finishPlanned, actual: r.finished },
    ]);
    expect(bars.map(({ month, panel, planned, actual }) => ({ month, panel, planned, actual }))).toEqual(fromBars);
    expect(spec.table.rows[0]).toEqual({ month: "7月", newProjects: 40, newStarted: 22, finishPlanned: 18, finished: 3 });
  });

  it("startCompletionCounts([]) explains that it is empty", () => {
    const spec = startCompletionCounts({ points: [], labels });
    expect(spec.empty).toBe(true);
    expect(spec.description).toBe("本月无数据");
    expect(spec.table.columns.map((c) => c.label)).toEqual(["月份", "计划新开工", "已开工", "计划竣工", "已竣工"]);
    expect(renderChart(spec)).toContain(">本月无数据</text>");
  });
});
