import { describe, expect, it } from "vitest";
import { SiteConfigSchema } from "../../src/lib/config/siteConfigSchema.ts";
import { indicatorsByMonth, scopeIndicators } from "../../src/lib/indicators/index.ts";
import { districtBoard, scopeBoard } from "../../src/lib/rank/index.ts";
import type { Board, BoardRules } from "../../src/lib/rank/index.ts";
import { readFixture, state } from "../helpers/state.ts";

const RULES: BoardRules = { weights: { gap: 50, startRate: 30, finishRate: 20 }, redFlags: 3, yellowFlags: 2, minProjects: 1 };

/** A scope of `projects` projects whose completion rate is `rate` (plan 100 each) in June. */
const scope = (name: string | null, rate: number, projects = 1) => ({
  name,
  indicators: scopeIndicators(
    Array.from({ length: projects }, (_, i) => state({ id: `${name}${i}`, annualPlan: 100, ytdCompleted: rate * 100 })),
    "2026-06",
  ),
});
const rows = (b: Board) => b.entries.map((e) => [e.name, e.rank, e.flag]);

describe("scopeBoard(month, scopes, rules, previous)", () => {
  it("scopeBoard(month, [], rules, null) is an empty board", () => {
    expect(scopeBoard("2026-06", [], RULES, null)).toEqual({ month: "2026-06", previous: null, entries: [], unranked: [] });
  });

  it("scopeBoard(month, scopes) gives districtBoard's entries with minProjects 1", () => {
    const config = SiteConfigSchema.parse({});
    const months = indicatorsByMonth(readFixture("test/fixtures/indicators"));
    let previous: Board | null = null;
    for (const m of months) {
      const expected = districtBoard(m.month, m.districts, config.ranking, previous);
      const { unranked, ...board } = scopeBoard(m.month, m.districts, { ...config.ranking, minProjects: 1 }, previous);
      expect(board).toEqual(expected);
      expect(unranked).toEqual([]);
      previous = expected;
    }
  });

  it("scopeBoard(scopes with fewer than minProjects) lists them unranked, by name", () => {
    const b = scopeBoard("2026-06", [scope("丙局", 0.9, 1), scope("甲局", 0.5, 3), scope("乙局", 0.2, 1), scope("丁局", 0.4, 2)], { ...RULES, minProjects: 2 }, null);
    expect(rows(b)).toEqual([
      ["甲局", 1, "red"],
      ["丁局", 2, "red"], // 2 ranked: red first, none left for yellow
    ]);
    expect(b.unranked).toEqual([
      { name: "丙局", projects: 1 },
      { name: "乙局", projects: 1 },
    ]);
  });

  it("scopeBoard(minProjects 0) still leaves out empty and unnamed scopes", () => {
    const b = scopeBoard("2026-06", [scope("甲局", 0.5), scope(null, 0.9), scope("乙局", 0.5, 0)], { ...RULES, minProjects: 0 }, null);
    expect(rows(b)).toEqual([["甲局", 1, "red"]]);
    expect(b.unranked).toEqual([]);
  });

  it("scopeBoard(a scope with one project) ranks it", () => {
    expect(rows(scopeBoard("2026-06", [scope("甲局", 0.5)], RULES, null))).toEqual([["甲局", 1, "red"]]);
  });

  it("scopeBoard(equal scores) gives ties a shared rank and flags only whole tied groups", () => {
    const b = scopeBoard("2026-06", [scope("丁局", 0.9), scope("丙局", 0.7), scope("乙局", 0.7), scope("甲局", 0.1)], { ...RULES, redFlags: 2, yellowFlags: 1 }, null);
    // 丁 100; 丙, 乙 (0.7−0.1)/0.8 → 75 each, places 2–3 > 2 red flags → no flag; 甲 0 → yellow
    expect(rows(b)).toEqual([
      ["丁局", 1, "red"],
      ["丙局", 2, null],
      ["乙局", 2, null],
      ["甲局", 4, "yellow"],
    ]);
  });

  it("scopeBoard(month, scopes, rules, previous) gives rank changes against the previous board", () => {
    const march = scopeBoard("2026-03", [scope("甲局", 0.1), scope("乙局", 0.5)], RULES, null);
    const june = scopeBoard("2026-06", [scope("甲局", 0.9), scope("乙局", 0.5), scope("丙局", 0.1)], RULES, march);
    expect(june.previous).toBe("2026-03");
    expect(june.entries.map((e) => [e.name, e.previousRank, e.rankChange])).toEqual([
      ["甲局", 2, 1],
      ["乙局", 1, -1],
      ["丙局", null, null],
    ]);
  });
});
