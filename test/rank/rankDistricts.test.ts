import { describe, expect, it } from "vitest";
import { SiteConfigSchema } from "../../src/lib/config/siteConfigSchema.ts";
import { districtBoard, rankDistricts } from "../../src/lib/rank/index.ts";
import { indicatorsByMonth } from "../../src/lib/indicators/index.ts";
import { programmeOf, state } from "../helpers/state.ts";

const weights = { gap: 50, startRate: 30, finishRate: 20 };

describe("rankDistricts(rows, weights)", () => {
  it("rankDistricts([]) is empty", () => expect(rankDistricts([], weights)).toEqual([]));

  it("rankDistricts(single district) ranks it first with 100 on every applicable component", () => {
    const [only] = rankDistricts([{ name: "甲区", gap: -0.2, startRate: 0.5, finishRate: null }], weights);
    expect(only).toMatchObject({ name: "甲区", rank: 1, score: 100 });
    expect(only?.components.finishRate).toEqual({ value: null, score: null });
  });

  it("rankDistricts(rows) gives ties the same rank", () => {
    const ranked = rankDistricts(
      [
        { name: "丙区", gap: 0, startRate: 1, finishRate: 1 },
        { name: "乙区", gap: 0.1, startRate: 0, finishRate: 0 },
        { name: "甲区", gap: 0, startRate: 1, finishRate: 1 },
      ],
      weights,
    );
    // 甲, 丙: gap 0 → 0, start 100, finish 100 → 50; 乙: gap 100 → 50: all tie at 50
    expect(ranked.map((r) => [r.name, r.rank, r.score])).toEqual([
      ["丙区", 1, 50],
      ["乙区", 1, 50],
      ["甲区", 1, 50],
    ]);
  });

  it("rankDistricts(all-null components) scores 0 and ties", () => {
    const ranked = rankDistricts(
      [
        { name: "甲区", gap: null, startRate: null, finishRate: null },
        { name: "乙区", gap: null, startRate: null, finishRate: null },
      ],
      weights,
    );
    expect(ranked.map((r) => [r.rank, r.score])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it("rankDistricts(rows, weights) normalises weights that do not sum to 100", () => {
    const rows = [
      { name: "甲区", gap: 0.1, startRate: 0, finishRate: 0 },
      { name: "乙区", gap: 0, startRate: 1, finishRate: 1 },
    ];
    expect(rankDistricts(rows, { gap: 1, startRate: 1, finishRate: 0 }).map((r) => r.score)).toEqual([50, 50]);
    expect(rankDistricts(rows, { gap: 5, startRate: 3, finishRate: 2 }).map((r) => [r.name, r.score])).toEqual([
      ["乙区", 50],
      ["甲区", 50],
    ]);
  });
});

describe("districtBoard(month, districts, ranking, previous)", () => {
  it("districtBoard(month with an empty district) leaves the district off the board", () => {
    const programme = programmeOf([state({ district: "甲区", annualPlan: 10, ytdCompleted: 5 })], {
      districts: ["甲区", "乙区"],
    });
    const [june] = indicatorsByMonth(programme);
    const board = districtBoard("2026-06", june?.districts ?? [], SiteConfigSchema.parse({}).ranking, null);
    expect(board.entries.map((e) => [e.name, e.rank, e.flag, e.rankChange])).toEqual([["甲区", 1, "red", null]]);
  });

  it("districtBoard(ties at the flag cut) keeps flags within their counts", () => {
    // five districts; 丙 and 丁 tie for 3rd: only two red flags; 戊 alone at the bottom with the 4th-placed pair
    const rows = [
      ["甲区", 0.9],
      ["乙区", 0.8],
      ["丙区", 0.5],
      ["丁区", 0.5],
      ["戊区", 0.1],
    ] as const;
    const states = rows.map(([district, rate]) => state({ district, name: `${district}项目`, annualPlan: 100, ytdCompleted: rate * 100 }));
    const [june] = indicatorsByMonth(programmeOf(states));
    const board = districtBoard("2026-06", june?.districts ?? [], SiteConfigSchema.parse({}).ranking, null);
    expect(board.entries.map((e) => [e.name, e.rank, e.flag])).toEqual([
      ["甲区", 1, "red"],
      ["乙区", 2, "red"],
      ["丁区", 3, null], // places 3–4 would make four red flags (丁 U+4E01 is listed before 丙 U+4E19)
      ["丙区", 3, null], // and places 3–4 are not both within the bottom two
      ["戊区", 5, "yellow"],
    ]);
  });
});
