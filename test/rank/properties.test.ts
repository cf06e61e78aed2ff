import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SiteConfigSchema } from "../../src/lib/config/siteConfigSchema.ts";
import { computeAll, flags, rankDistricts, roundScore } from "../../src/lib/rank/index.ts";
import { arbitraryProgramme } from "../helpers/state.ts";

const NAMES = ["东城区", "西城区", "南湖区", "北山县", "高新区", "经开区", "临江区", "江北区", "Z区"];
// Component values drawn from a few levels so that ties are common.
const component = fc.option(fc.constantFrom(-0.3, -0.1, 0, 0.05, 0.1, 0.5, 1), { nil: null });
const rows = fc
  .uniqueArray(fc.constantFrom(...NAMES), { minLength: 0, maxLength: NAMES.length })
  .chain((names) =>
    fc.tuple(...names.map((name) => fc.record({ name: fc.constant(name), gap: component, startRate: component, finishRate: component }))),
  );
const weights = fc.record({
  gap: fc.integer({ min: 0, max: 100 }),
  startRate: fc.integer({ min: 0, max: 100 }),
  finishRate: fc.integer({ min: 0, max: 100 }),
});

describe("rankings (properties, seed 42)", () => {
  it("rankDistricts(rows) does not depend on input order", () => {
    fc.assert(
      fc.property(rows, weights, fc.func(fc.integer()), (r, w, key) => {
        const shuffled = [...r].sort((a, b) => key(a.name) - key(b.name));
        expect(rankDistricts(shuffled, w)).toEqual(rankDistricts(r, w));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("rankDistricts(rows) gives ties the same rank and competition ranks otherwise", () => {
    fc.assert(
      fc.property(rows, weights, (r, w) => {
        const ranked = rankDistricts(r, w);
        ranked.forEach((e, i) => {
          const better = ranked.filter((x) => roundScore(x.score) > roundScore(e.score)).length;
          expect(e.rank).toBe(better + 1);
          if (i > 0) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(e.score);
        });
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("flags(ranked, red, yellow) never exceed their counts and no district gets both", () => {
    fc.assert(
      fc.property(rows, weights, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), (r, w, red, yellow) => {
        const flagged = flags(rankDistricts(r, w), red, yellow);
        expect(flagged.filter((e) => e.flag === "red").length).toBeLessThanOrEqual(red);
        expect(flagged.filter((e) => e.flag === "yellow").length).toBeLessThanOrEqual(yellow);
        // a tied group is flagged all or nothing
        for (const e of flagged) {
          for (const other of flagged) if (other.rank === e.rank) expect(other.flag).toBe(e.flag);
        }
        // red goes to the best, yellow to the worst
        const worstRed = Math.max(0, ...flagged.filter((e) => e.flag === "red").map((e) => e.rank));
        const bestYellow = Math.min(Infinity, ...flagged.filter((e) => e.flag === "yellow").map((e) => e.rank));
        expect(worstRed).toBeLessThan(bestYellow);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("computeAll(programme) does not depend on the order of states in a snapshot", () => {
    const config = SiteConfigSchema.parse({});
    fc.assert(
      fc.property(arbitraryProgramme(20), (programme) => {
        const reversed = {
          ...programme,
          snapshots: programme.snapshots.map((s) => ({ ...s, states: [...s.states].reverse() })),
        };
        const a = computeAll(programme, config);
        const b = computeAll(reversed, config);
        for (const [i, m] of a.months.entries()) {
          const n = b.months[i]!;
          expect(n.board.entries.map((e) => [e.name, e.rank, e.flag])).toEqual(m.board.entries.map((e) => [e.name, e.rank, e.flag]));
          expect(n.projectBoard.map((e) => [e.key, e.rank])).toEqual(m.projectBoard.map((e) => [e.key, e.rank]));
          expect(n.warnings.map((w) => [w.key, w.kind, w.level])).toEqual(m.warnings.map((w) => [w.key, w.kind, w.level]));
        }
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
