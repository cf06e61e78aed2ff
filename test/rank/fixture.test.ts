import { withReason } from "../../src/lib/narrative/index.ts";
import { describe, expect, it } from "vitest";
import { SiteConfigSchema } from "../../src/lib/config/siteConfigSchema.ts";
import { computeAll } from "../../src/lib/rank/index.ts";
import type { MonthComputed } from "../../src/lib/rank/index.ts";
import { readFixture } from "../helpers/state.ts";

// The hand-computed programme of test/fixtures/indicators with the default rules (weights 50/30/20,
// 3 red and 2 yellow flags, boards of 5; warnings 10/30 points, late start 3 months, stalled 2
// months). Expected numbers are worked out by hand; the arithmetic is in the comments and the README.
const programme = readFixture("test/fixtures/indicators", {
  districts: ["东城区", "西城区", "南湖区", "北山县", "高新区"],
  categories: ["产业", "基础设施", "社会民生"],
});
const computed = computeAll(programme, SiteConfigSchema.parse({}));
const month = (m: string): MonthComputed => {
  const found = computed.months.find((x) => x.month === m);
  if (found === undefined) throw new Error(m);
  return found;
};
const board = (m: string) =>
  month(m).board.entries.map((e) => [e.name, e.rank, e.flag, e.previousRank, e.rankChange]);
const scores = (m: string) => Object.fromEntries(month(m).board.entries.map((e) => [e.name, e.score]));

describe("computeAll(fixture) district boards", () => {
  it("computeAll(fixture) ranks April with a tie that fits within the red flags", () => {
    // gap: 东城 11/32−1/3 = 1/96 (max), 西城 1/8−1/3 = −5/24, 南湖 7/25−1/3 = −4/75, 北山 11/80−1/3 = −47/240,
    //      高新 0−1/3 (min); range 1/96+1/3 = 11/32.
    //   scores: 东城 100; 西城 (1/3−5/24)/(11/32) = 4/11 → 36.36; 南湖 (1/3−4/75)/(11/32) = 224/275 → 81.45;
    //           北山 (1/3−47/240)/(11/32) = 0.4 → 40; 高新 0.
    // start: 东城 0/1, 西城 0/1, 南湖 1/1, 北山 1/1, 高新 0/1 → 0, 0, 100, 100, 0.
    // finish: 东城 0/1, 西城 0/1, 北山 0/1 all equal → 100 each; 南湖, 高新 none due → left out.
    // 东城 .5×100 + .3×0 + .2×100 = 70; 北山 .5×40 + .3×100 + .2×100 = 70 (tie);
    // 南湖 (.5×81.4545 + .3×100)/.8 = 88.4091; 西城 .5×36.3636 + .2×100 = 38.1818; 高新 (0+0)/.8 = 0.
    expect(scores("2026-04")).toEqual({
      南湖区: 88.409090909, // (0.5 × 22400/275 + 30) / 0.8, to 1e-9
      东城区: 70,
      北山县: 70,
      西城区: 38.181818182, // 0.5 × 400/11 + 20
      高新区: 0,
    });
    // Ties share rank 2 (东 U+4E1C before 北 U+5317); the tied group fills places 2–3 ≤ 3 → both red.
    expect(board("2026-04")).toEqual([
      ["南湖区", 1, "red", null, null],
      ["东城区", 2, "red", null, null],
      ["北山县", 2, "red", null, null],
      ["西城区", 4, "yellow", null, null],
      ["高新区", 5, "yellow", null, null],
    ]);
  });

  it("computeAll(fixture) ranks May with an all-equal component and rank changes", () => {
    // gap: 东城 73/160−5/12 = 19/480 (max), 西城 1/6−5/12 = −1/4 (min), 南湖 −11/300, 北山 −7/60, 高新 −13/60;
    //   range 19/480 + 120/480 = 139/480. 南湖 (64/300)/(139/480) = 512/695 → 73.669;
    //   北山 (8/60)/(139/480) = 64/139 → 46.043; 高新 (2/60)/(139/480) = 16/139 → 11.511.
    // start: 1, 0, 1, 1, 1 → 100, 0, 100, 100, 100. finish: 东城, 西城, 北山 all 0 → 100; 南湖, 高新 left out.
    // 东城 50+30+20 = 100; 南湖 (.5×73.669+30)/.8 = 83.543; 北山 .5×46.043+30+20 = 73.022;
    // 高新 (.5×11.511+30)/.8 = 44.694; 西城 0+0+20 = 20.
    expect(scores("2026-05")).toEqual({
      东城区: 100,
      南湖区: 83.543165468, // (0.5 × 51200/695 + 30) / 0.8
      北山县: 73.021582734, // 0.5 × 6400/139 + 50
      高新区: 44.694244604, // (0.5 × 1600/139 + 30) / 0.8
      西城区: 20,
    });
    // April ranks 南湖 1, 东城 2, 北山 2, 西城 4, 高新 5.
    expect(board("2026-05")).toEqual([
      ["东城区", 1, "red", 2, 1],
      ["南湖区", 2, "red", 1, -1],
      ["北山县", 3, "red", 2, -1],
      ["高新区", 4, "yellow", 5, 1],
      ["西城区", 5, "yellow", 4, -1],
    ]);
  });

  it("computeAll(fixture) ranks June and keeps component values and scores", () => {
    // gap: 东城 1/16 (max), 西城 7/30−1/2 = −4/15 (min), 南湖 0.06, 北山 0, 高新 0; range 1/16+4/15 = 79/240.
    //   南湖 (0.06+4/15)/(79/240) = 392/395 → 99.241; 北山, 高新 (4/15)/(79/240) = 64/79 → 81.013.
    // start: 1, 0, 1, 1, 1. finish: 东城 1 → 100, 西城 0 → 0, 北山 0 → 0; 南湖, 高新 left out.
    // 东城 100; 南湖 (.5×99.241+30)/.8 = 99.525; 高新 (.5×81.013+30)/.8 = 88.133; 北山 .5×81.013+30+0 = 70.506; 西城 0.
    expect(scores("2026-06")).toEqual({
      东城区: 100,
      南湖区: 99.525316456, // (0.5 × 39200/395 + 30) / 0.8
      高新区: 88.132911392, // (0.5 × 6400/79 + 30) / 0.8
      北山县: 70.506329114, // 0.5 × 6400/79 + 30
      西城区: 0,
    });
    expect(board("2026-06")).toEqual([
      ["东城区", 1, "red", 1, 0],
      ["南湖区", 2, "red", 2, 0],
      ["高新区", 3, "red", 4, 1],
      ["北山县", 4, "yellow", 3, -1],
      ["西城区", 5, "yellow", 5, 0],
    ]);
    const nanhu = month("2026-06").board.entries.find((e) => e.name === "南湖区");
    expect(nanhu?.components.finishRate).toEqual({ value: null, score: null });
    expect(nanhu?.components.startRate).toEqual({ value: 1, score: 100 });
    expect(nanhu?.components.gap.score).toBeCloseTo(39200 / 395, 9);
  });

  it("computeAll(fixture) gives risers (positive gains only) and leaders", () => {
    expect(month("2026-04").risers).toEqual([]);
    // May: 东城 2→1 and 高新 5→4 both gain 1: tied, listed by current rank
    expect(month("2026-05").risers.map((r) => [r.name, r.rank, r.gain])).toEqual([
      ["东城区", 1, 1],
      ["高新区", 1, 1],
    ]);
    expect(month("2026-06").risers.map((r) => [r.name, r.rank, r.gain, r.previousRank])).toEqual([["高新区", 1, 1, 4]]);
    const leaders = month("2026-06").leaders;
    expect(leaders.districts.map((d) => d.name)).toEqual(["东城区", "南湖区", "高新区", "北山县", "西城区"]);
    // project ranks ≤ 5: P03 1, P01 P07 2, P10 P09 P05 P11 4 (ties at the cut are shown)
    expect(leaders.projects.map((p) => p.key)).toEqual(["id:P03", "id:P01", "id:P07", "id:P10", "id:P09", "id:P05", "id:P11"]);
  });

  it("computeAll(fixture) gives the quarterly board at June only", () => {
    expect(computed.quarterly.map((q) => [q.quarter, q.board.month])).toEqual([["2026-Q2", "2026-06"]]);
  });
});

describe("computeAll(fixture) project board", () => {
  it("computeAll(fixture) ranks June projects by completion rate − time progress", () => {
    // P03 2000/2000−.5 = .5; P01 6000/10000−.5 = .1; P07 4800/8000−.5 = .1 (float 0.0999…98, tie after rounding);
    // P05 2500/5000, P09 2500/5000, P10 1500/3000, P11 5000/10000 → 0; P08 800/2000−.5 = −.1;
    // P06 300/1000−.5 = −.2; P02 1000/4000−.5 = −.25; P04 0−.5 = −.5; P12 (plan 0) left out.
    // Ties by name: 东城智能… < 南湖文旅…; 北山乡村公路 (乡 U+4E61) < 北山光伏电站 (光 U+5149) < 西城… < 高新…
    expect(month("2026-06").projectBoard.map((p) => [p.key, p.rank, p.gap])).toEqual([
      ["id:P03", 1, 0.5],
      ["id:P01", 2, 0.1],
      ["id:P07", 2, 0.1],
      ["id:P10", 4, 0],
      ["id:P09", 4, 0],
      ["id:P05", 4, 0],
      ["id:P11", 4, 0],
      ["id:P08", 8, -0.1],
      ["id:P06", 9, -0.2],
      ["id:P02", 10, -0.25],
      ["id:P04", 11, -0.5],
    ]);
  });
});

describe("computeAll(fixture) warnings", () => {
  const summary = (m: string) => month(m).warnings.map((w) => [w.key, w.level, w.kind]);

  it("computeAll(fixture) warns in April (time progress 1/3)", () => {
    // P02, P04, P06, P11: 0 invested → 33.3 points behind > 30 → red.
    // P09 500/5000 = 10% → 23.3 behind; P10 600/3000 = 20% → 13.3 behind → yellow.
    // P04 planned to start 2026-02: only 2 months late. No stalled warning: no two earlier months.
    expect(summary("2026-04")).toEqual([
      ["id:P02", "red", "behind"], // 东城城市道路改造
      ["id:P06", "red", "behind"], // 西城人民医院门诊楼 (西城人 < 西城新: 人 U+4EBA < 新 U+65B0)
      ["id:P04", "red", "behind"], // 西城新能源电池项目
      ["id:P11", "red", "behind"], // 高新数据中心
      ["id:P10", "yellow", "behind"], // 北山乡村公路
      ["id:P09", "yellow", "behind"], // 北山光伏电站
    ]);
  });

  it("computeAll(fixture) warns in May (time progress 5/12)", () => {
    // P04, P06: 0 → 41.7 behind → red; P04 2026-02 → 2026-05 = 3 months late → red late start.
    // P02 500/4000 = 12.5% → 29.2 behind (≤ 30) → yellow; P09 1500/5000 and P10 900/3000 = 30% → 11.7 → yellow;
    // P11 2000/10000 = 20% → 21.7 → yellow. P05 2000/5000 = 40% → 1.7; P07 37.5% → 4.2: none.
    expect(summary("2026-05")).toEqual([
      ["id:P06", "red", "behind"],
      ["id:P04", "red", "behind"],
      ["id:P04", "red", "late-start"],
      ["id:P02", "yellow", "behind"],
      ["id:P10", "yellow", "behind"],
      ["id:P09", "yellow", "behind"],
      ["id:P11", "yellow", "behind"],
    ]);
  });

  it("computeAll(fixture) warns in June (time progress 1/2), exactly 10 points included", () => {
    // P04 0 → 50 behind, red; 4 months late, red; 0, 0, 0 over April–June, stalled.
    // P02 25% → 25 behind; P06 30% → 20 behind; P08 40% → exactly 10 behind (yellow, not lost to float noise);
    // P08 800, 800, 800 → stalled. P12 has no plan: no warning even though it never grows.
    expect(summary("2026-06")).toEqual([
      ["id:P04", "red", "behind"],
      ["id:P04", "red", "late-start"],
      ["id:P02", "yellow", "behind"],
      ["id:P08", "yellow", "behind"],
      ["id:P06", "yellow", "behind"],
      ["id:P08", "yellow", "stalled"],
      ["id:P04", "yellow", "stalled"],
    ]);
    const w = month("2026-06").warnings;
    const p08 = w.find((x) => x.key === "id:P08" && x.kind === "behind");
    expect(p08?.numbers).toEqual({
      annualPlan: 2000,
      ytdCompleted: 800,
      completionRate: 0.4,
      timeProgress: 0.5,
      gap: 0.4 - 0.5,
      pointsBehind: 10,
    });
    expect(w.find((x) => x.key === "id:P04" && x.kind === "late-start")?.numbers).toEqual({
      plannedStart: "2026-02",
      monthsLate: 4,
    });
    expect(w.find((x) => x.key === "id:P08" && x.kind === "stalled")?.numbers).toEqual({
      months: ["2026-04", "2026-05", "2026-06"],
      ytdCompleted: [800, 800, 800],
    });
  });

  it("warningReason(computeAll(fixture) warning) writes each warning's reason from its numbers", () => {
    const w = month("2026-06").warnings;
    const found = (key: string, kind: string) => w.find((x) => x.key === key && x.kind === kind);
    const reason = (key: string, kind: string) => {
      const x = found(key, kind);
      return x === undefined ? undefined : withReason(x).reason;
    };
    expect(reason("id:P08", "behind")).toEqual({
      "zh-CN": "年度计划2000万元，完成800万元（40.0%），慢于时序进度（50.0%）10.0个百分点，列为黄色预警。",
      en: "RMB 8 million invested of an annual plan of RMB 20 million (40.0%), 10.0 percentage points behind time progress (50.0%): yellow warning.",
    });
    expect(reason("id:P04", "late-start")).toEqual({
      "zh-CN": "计划2026年2月开工，至2026年6月已过4个月仍未开工，列为红色预警。",
      en: "Planned to start in February 2026, still not started 4 months later (June 2026): red warning.",
    });
    expect(reason("id:P08", "stalled")?.["zh-CN"]).toBe(
      "本年完成投资连续2个月没有增长（2026年4月800万元，2026年6月800万元），列为黄色预警。",
    );
  });
});
