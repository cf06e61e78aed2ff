import { describe, expect, it } from "vitest";
import { compareNames } from "../../src/lib/indicators/index.ts";
import { competitionRank, roundScore } from "../../src/lib/rank/index.ts";

const byName = (a: { name: string }, b: { name: string }) => compareNames(a.name, b.name);
const rank = (items: Array<{ name: string; s: number }>) =>
  competitionRank(items, (d) => d.s, byName).map((r) => [r.item.name, r.rank]);

describe("competitionRank(items, score, tiebreak)", () => {
  it("competitionRank([]) is empty", () => expect(rank([])).toEqual([]));

  it("competitionRank(items) ranks highest first", () => {
    expect(rank([{ name: "乙", s: 1 }, { name: "甲", s: 3 }, { name: "丙", s: 2 }])).toEqual([
      ["甲", 1],
      ["丙", 2],
      ["乙", 3],
    ]);
  });

  it("competitionRank(items) gives ties the same rank and skips the next (1, 1, 3)", () => {
    expect(rank([{ name: "c", s: 5 }, { name: "b", s: 9 }, { name: "a", s: 9 }])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
    ]);
  });

  it("competitionRank(items) ties scores equal after rounding to 1e-9", () => {
    expect(rank([{ name: "a", s: 0.6 - 0.5 }, { name: "b", s: 0.1 }, { name: "c", s: 0.1 + 2e-9 }])).toEqual([
      ["c", 1],
      ["a", 2],
      ["b", 2],
    ]);
  });

  it("competitionRank(items) lists ties by code point, not by locale", () => {
    expect(rank([{ name: "北山县", s: 1 }, { name: "东城区", s: 1 }, { name: "Z", s: 1 }])).toEqual([
      ["Z", 1],
      ["东城区", 1],
      ["北山县", 1],
    ]);
  });
});

describe("roundScore(score)", () => {
  it("roundScore(score) rounds to 1e-9", () => expect(roundScore(70.00000000000001)).toBe(70));
  it("roundScore(-0) is 0", () => expect(Object.is(roundScore(-0), 0)).toBe(true));
});
