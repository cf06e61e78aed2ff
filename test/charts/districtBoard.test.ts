import { describe, expect, it } from "vitest";
import { districtBoard, renderChart } from "../../src/lib/charts/index.ts";
import type { DistrictBoardLabels, DistrictBoardRow, MarkSpec } from "../../src/lib/charts/index.ts";
import { expectGolden } from "./golden.ts";

const labels: DistrictBoardLabels = {
  title: "各县区年度投资完成率排名",
  subtitle: "2026年1-10月",
  source: "来源：市重点项目办",
  description: "高新区完成率最高（95.2%），北湖区最低（41.0%）。",
  empty: "本月无数据",
  x: "年度投资完成率",
  rank: "排名",
  district: "县区",
  flag: "旗帜",
  timeProgress: "时序进度 83.3%",
  redFlag: "▲ 红旗",
  yellowFlag: "▼ 黄旗",
  missing: "无数据",
};

// Rank order differs from any string sort of the names.
const rows: DistrictBoardRow[] = [
  { district: "高新区", rank: 1, completionRate: 0.952, score: 92.5, flag: "red" },
  { district: "安平县", rank: 2, completionRate: 0.9, score: 88, flag: "red" },
  { district: "经开区", rank: 3, completionRate: 0.861, score: 85.25, flag: "red" },
  { district: "城东区", rank: 4, completionRate: 0.78, score: 70, flag: null },
  { district: "南山县", rank: 5, completionRate: 0.62, score: 61, flag: "yellow" },
  { district: "北湖区", rank: 6, completionRate: 0.41, score: 40.5, flag: "yellow" },
];

const marksOf = (spec: { options: { marks: MarkSpec[] } }, mark: string) => spec.options.marks.filter((m) => m.mark === mark);
const yDomain = (spec: { options: { y?: unknown } }) => (spec.options.y as { domain: string[] }).domain;

describe("districtBoard", () => {
  it("districtBoard(rows) matches the golden SVG", () => {
    expectGolden("district-board", renderChart(districtBoard({ rows, timeProgress: 10 / 12, labels })));
  });

  it("districtBoard(rows, narrow) matches the golden SVG", () => {
    expectGolden("district-board-narrow", renderChart(districtBoard({ id: "district-board-narrow", rows, timeProgress: 10 / 12, labels, width: 340 })));
  });

  it("districtBoard(rows) orders bars by rank, not by name", () => {
    const spec = districtBoard({ rows, timeProgress: 10 / 12, labels });
    expect(yDomain(spec)).toEqual(["高新区", "安平县", "经开区", "城东区", "南山县", "北湖区"]);
    expect(yDomain(spec)).not.toEqual([...yDomain(spec)].sort());
    expect((spec.options.y as { type: string }).type).toBe("band");
  });

  it("districtBoard(shuffled rows) sorts by rank and keeps the given order within ties", () => {
    const tied = [rows[3]!, { ...rows[1]!, rank: 1 }, rows[0]!, rows[2]!];
    const spec = districtBoard({ rows: tied, timeProgress: 0.5, labels });
    expect(yDomain(spec)).toEqual(["安平县", "高新区", "经开区", "城东区"]);
  });

  it("districtBoard(rows, timeProgress) draws the time-progress rule at timeProgress", () => {
    const spec = districtBoard({ rows, timeProgress: 10 / 12, labels });
    const rules = marksOf(spec, "ruleX").filter((m) => m.options.strokeDasharray !== undefined);
    expect(rules).toHaveLength(1);
    expect(rules[0]?.data).toEqual([{ value: 10 / 12 }]);
    expect(renderChart(spec)).toContain(">时序进度 83.3%</text>");
  });

  it("districtBoard(rows) labels flags with text, not colour only", () => {
    const svg = renderChart(districtBoard({ rows, timeProgress: 10 / 12, labels }));
    expect(svg.match(/>▲ 红旗<\/text>/g)).toHaveLength(3);
    expect(svg.match(/>▼ 黄旗<\/text>/g)).toHaveLength(2);
    const spec = districtBoard({ rows, timeProgress: 10 / 12, labels });
    const flagMark = marksOf(spec, "text").find((m) => m.options.text === "flag");
    expect(flagMark?.data.map((d) => (d as { district: string }).district)).toEqual(["高新区", "安平县", "经开区", "南山县", "北湖区"]);
  });

  it("districtBoard(rows, score) draws scores without a time-progress rule", () => {
    const spec = districtBoard({ rows, timeProgress: 10 / 12, measure: "score", labels: { ...labels, x: "综合得分" } });
    expect(marksOf(spec, "ruleX").every((m) => m.options.strokeDasharray === undefined)).toBe(true);
    expect(spec.table.rows.map((r) => r.value)).toEqual([92.5, 88, 85.25, 70, 61, 40.5]);
    expect(renderChart(spec)).toContain(">85.3</text>");
  });

  it("districtBoard(rows with a null) keeps the district, without a bar, marked as missing", () => {
    const withNull = rows.map((r) => (r.district === "城东区" ? { ...r, completionRate: null } : r));
    const spec = districtBoard({ rows: withNull, timeProgress: 10 / 12, labels });
    expect(yDomain(spec)).toContain("城东区");
    expect(marksOf(spec, "barX")[0]?.data).toHaveLength(5);
    expect(spec.table.rows[3]).toEqual({ rank: 4, district: "城东区", value: null, flag: null });
    expect(renderChart(spec)).toContain(">无数据</text>");
  });

  it("districtBoard(rows) escapes district names in axis labels", () => {
    const svg = renderChart(districtBoard({ rows: [{ ...rows[0]!, district: "<script>x</script>区" }], timeProgress: 0.5, labels }));
    expect(svg).toContain(">&lt;script&gt;x&lt;/script&gt;区</text>");
    expect(svg).not.toMatch(/<script/i);
  });

  it("districtBoard(all nulls) explains that it is empty", () => {
    for (const input of [[], rows.map((r) => ({ ...r, completionRate: null }))]) {
      const spec = districtBoard({ rows: input, timeProgress: 0.5, labels });
      expect(spec.empty).toBe(true);
      expect(spec.description).toBe("本月无数据");
      expect(renderChart(spec)).toContain(">本月无数据</text>");
    }
  });

  it("districtBoard(rows) table rows equal the drawn bars", () => {
    const spec = districtBoard({ rows, timeProgress: 10 / 12, labels });
    const bars = marksOf(spec, "barX")[0]?.data as { rank: number; district: string; value: number; flag: string | null }[];
    expect(spec.table.rows).toEqual(bars.map(({ rank, district, value, flag }) => ({ rank, district, value, flag })));
    expect(spec.table.rows[0]).toEqual({ rank: 1, district: "高新区", value: 0.952, flag: "▲ 红旗" });
  });
});
