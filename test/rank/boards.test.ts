import { describe, expect, it } from "vitest";
import { isQuarterEnd, leaders, projectBoard, quarterlyBoards, risers, topRanks } from "../../src/lib/rank/index.ts";
import type { Board, BoardEntry } from "../../src/lib/rank/index.ts";
import { state } from "../helpers/state.ts";

const entry = (name: string, rank: number, previousRank: number | null): BoardEntry => ({
  name,
  rank,
  score: 100 - rank,
  components: {
    gap: { value: null, score: null },
    startRate: { value: null, score: null },
    finishRate: { value: null, score: null },
  },
  flag: null,
  previousRank,
  rankChange: previousRank === null ? null : previousRank - rank,
});

describe("risers(entries, size)", () => {
  it("risers([]) is empty", () => expect(risers([], 5)).toEqual([]));

  it("risers(entries, size) lists positive gains only, largest first", () => {
    const r = risers([entry("甲", 1, 1), entry("乙", 2, 5), entry("丙", 3, 2), entry("丁", 4, 6), entry("戊", 5, null)], 5);
    expect(r.map((x) => [x.name, x.rank, x.gain])).toEqual([
      ["乙", 1, 3],
      ["丁", 2, 2],
    ]);
  });

  it("risers(equal gains) share a place, listed by current rank", () => {
    const r = risers([entry("乙", 2, 3), entry("甲", 1, 2), entry("丙", 3, 5)], 2);
    expect(r.map((x) => [x.name, x.rank])).toEqual([
      ["丙", 1],
      ["甲", 2],
      ["乙", 2],
    ]);
  });
});

describe("topRanks(ranked, size) and leaders(districts, projects, size)", () => {
  it("topRanks(ranked, size) keeps ties at the cut", () => {
    expect(topRanks([{ rank: 1 }, { rank: 2 }, { rank: 2 }, { rank: 4 }], 2)).toEqual([{ rank: 1 }, { rank: 2 }, { rank: 2 }]);
  });
  it("leaders([], [], size) is empty", () => expect(leaders([], [], 5)).toEqual({ districts: [], projects: [] }));
});

describe("quarterlyBoards(boards)", () => {
  const board = (month: string): Board => ({ month, previous: null, entries: [] });
  it("isQuarterEnd(month) is true for March, June, September and December", () => {
    expect(["2026-01", "2026-03", "2026-06", "2026-09", "2026-11", "2026-12"].map(isQuarterEnd)).toEqual([
      false,
      true,
      true,
      true,
      false,
      true,
    ]);
  });
  it("quarterlyBoards(boards) keeps quarter-end months in order", () => {
    expect(quarterlyBoards([board("2026-12"), board("2026-04"), board("2026-03")]).map((q) => q.quarter)).toEqual([
      "2026-Q1",
      "2026-Q4",
    ]);
  });
  it("quarterlyBoards([]) is empty", () => expect(quarterlyBoards([])).toEqual([]));
});

describe("projectBoard(states, month)", () => {
  it("projectBoard([]) is empty", () => expect(projectBoard([], "2026-06")).toEqual([]));

  it("projectBoard(states) leaves out projects without a positive plan or a year-to-date figure", () => {
    const board = projectBoard(
      [
        state({ name: "零计划", annualPlan: 0, ytdCompleted: 10 }),
        state({ name: "无计划", annualPlan: null, ytdCompleted: 10 }),
        state({ name: "无完成", annualPlan: 100, ytdCompleted: null }),
        state({ name: "正常", annualPlan: 100, ytdCompleted: 60 }),
      ],
      "2026-06",
    );
    expect(board.map((p) => [p.name, p.rank, p.completionRate, p.gap])).toEqual([["正常", 1, 0.6, 0.1]]);
  });

  it("projectBoard(states with equal names) breaks ties by key", () => {
    const board = projectBoard(
      [
        state({ name: "道路", district: "乙区", key: "k2", annualPlan: 100, ytdCompleted: 50 }),
        state({ name: "道路", district: "甲区", key: "k1", annualPlan: 200, ytdCompleted: 100 }),
      ],
      "2026-06",
    );
    expect(board.map((p) => [p.key, p.rank])).toEqual([
      ["k1", 1],
      ["k2", 1],
    ]);
  });
});
