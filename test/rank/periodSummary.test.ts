import { describe, expect, it } from "vitest";
import type { Month } from "../../src/lib/data/model.ts";
import { scopeIndicators } from "../../src/lib/indicators/index.ts";
import { periodSummary, scopeBoard } from "../../src/lib/rank/index.ts";
import type { Board, BoardMonth } from "../../src/lib/rank/index.ts";
import { state } from "../helpers/state.ts";

const RULES = { weights: { gap: 50, startRate: 30, finishRate: 20 }, redFlags: 1, yellowFlags: 1, minProjects: 1 };

/**
 * Board months from completion rates: each scope one project of plan 100, `rate` × 100 completed;
 * only the gap applies, so the order is the order of the rates. Boards chained month to month.
 */
function months(spec: Record<Month, Record<string, number>>): BoardMonth[] {
  let previous: Board | null = null;
  return Object.entries(spec).map(([month, rates]) => {
    const scopes = Object.entries(rates).map(([name, rate]) => ({
      name,
      indicators: scopeIndicators([state({ month, id: name, annualPlan: 100, ytdCompleted: rate * 100 })], month),
    }));
    const board: Board = scopeBoard(month, scopes, RULES, previous);
    previous = board;
    return { month, board, scopes };
  });
}

describe("periodSummary(months, last)", () => {
  const spec = {
    "2025-12": { 甲: 0.9, 乙: 0.5, 丙: 0.1 },
    "2026-02": { 甲: 0.1, 乙: 0.3, 丙: 0.2 }, // 乙 1 red, 丙 2, 甲 3 yellow
    "2026-04": { 甲: 0.5, 乙: 0.2, 丙: 0.1 }, // 甲 1 red, 乙 2, 丙 3 yellow
    "2026-06": { 甲: 0.6, 乙: 0.1, 丙: 0.7, 丁: 0.4 }, // 丙 1 red, 甲 2, 丁 3, 乙 4 yellow
  };

  it("periodSummary(months, a month without data) is null", () => {
    expect(periodSummary(months(spec), "2026-05")).toBeNull();
    expect(periodSummary([], "2026-06")).toBeNull();
  });

  it("periodSummary(months, last) compares the year's first month with last, ignoring other years", () => {
    const s = periodSummary(months(spec), "2026-06")!;
    expect([s.year, s.from, s.months, s.board.month]).toEqual([2026, "2026-02", ["2026-02", "2026-04", "2026-06"], "2026-06"]);
    expect(s.entries.map((e) => [e.name, e.start?.rank ?? null, e.end.rank, e.rankChange, e.redFlags, e.yellowFlags])).toEqual([
      ["丙", 2, 1, 1, 1, 1],
      ["甲", 3, 2, 1, 1, 1],
      ["丁", null, 3, null, 0, 0], // not in February: no start, no change
      ["乙", 1, 4, -3, 1, 1],
    ]);
    expect(s.risers.map((r) => [r.name, r.rank, r.gain, r.previousRank])).toEqual([
      ["丙", 1, 1, 2],
      ["甲", 1, 1, 3],
    ]);
  });

  it("periodSummary(months, last) gives start and end figures and their change", () => {
    const [c] = periodSummary(months(spec), "2026-06")!.entries;
    expect(c?.start).toMatchObject({ month: "2026-02", rank: 2, flag: null, projects: 1, annualPlan: 100, ytdCompleted: 20, completionRate: 0.2 });
    expect(c?.end).toMatchObject({ month: "2026-06", rank: 1, score: 100, flag: "red", ytdCompleted: 70, completionRate: 0.7, startRate: null });
    expect(c?.change.completionRate).toBeCloseTo(0.5, 12);
    expect(c?.change.score).toBe(50); // 100 − 50 (February: (0.2−0.1)/(0.3−0.1))
    expect(c?.change.startRate).toBeNull();
  });

  it("periodSummary(a single month of the year) has no start", () => {
    const s = periodSummary(months(spec), "2025-12")!;
    expect([s.from, s.months]).toEqual([null, ["2025-12"]]);
    expect(s.entries.every((e) => e.start === null && e.rankChange === null)).toBe(true);
    expect(s.entries.map((e) => [e.name, e.redFlags, e.yellowFlags])).toEqual([
      ["甲", 1, 0],
      ["乙", 0, 0],
      ["丙", 0, 1],
    ]);
    expect(s.risers).toEqual([]);
  });

  it("periodSummary(months in any order) is the same", () => {
    const m = months(spec);
    expect(periodSummary([...m].reverse(), "2026-06")).toEqual(periodSummary(m, "2026-06"));
  });

  it("periodSummary(a scope ranked at the start but not at the end) leaves it out", () => {
    const s = periodSummary(months({ "2026-01": { 甲: 0.5, 乙: 0.2 }, "2026-06": { 甲: 0.5 } }), "2026-06")!;
    expect(s.entries.map((e) => e.name)).toEqual(["甲"]);
  });
});
