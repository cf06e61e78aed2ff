import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indicatorsByMonth, INDICATOR_IDS, scopeIndicators } from "../../src/lib/indicators/index.ts";
import { arbitraryProgramme } from "../helpers/state.ts";

const ADDITIVE = [
  "projects",
  "totalInvestment",
  "annualPlan",
  "ytdCompleted",
  "newProjects",
  "newStarted",
  "finishPlanned",
  "finished",
  "reserveProjects",
  "reserveStarted",
  "privateKnown",
  "privateProjects",
  "privatePlan",
  "landArea",
  "landInvestment",
] as const;

describe("indicators (properties, seed 42)", () => {
  it("indicatorsByMonth(programme) district sums equal the programme sum, and so do category, nature and department sums", () => {
    fc.assert(
      fc.property(arbitraryProgramme(), (programme) => {
        for (const m of indicatorsByMonth(programme)) {
          for (const cut of [m.districts, m.categories, m.natures, m.departments]) {
            for (const id of ADDITIVE) {
              const total = cut.reduce((a, s) => a + s.indicators[id], 0);
              expect(total).toBeCloseTo(m.programme.indicators[id], 6);
            }
          }
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("scopeIndicators(states) never gives NaN or Infinity, and rates of counts stay within 0–1", () => {
    fc.assert(
      fc.property(arbitraryProgramme(), (programme) => {
        for (const snapshot of programme.snapshots) {
          const i = scopeIndicators(snapshot.states, snapshot.month);
          for (const id of INDICATOR_IDS) {
            const v = i[id];
            expect(v === null || Number.isFinite(v)).toBe(true);
          }
          for (const rate of [i.startRate, i.finishRate, i.reserveConversion, i.privateShareByCount]) {
            if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          }
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("scopeIndicators(states) does not depend on input order", () => {
    fc.assert(
      fc.property(arbitraryProgramme(), fc.integer(), (programme, salt) => {
        for (const snapshot of programme.snapshots) {
          const shuffled = [...snapshot.states].sort(
            (a, b) => ((a.key.length * 31 + salt) % 7) - ((b.key.length * 31 + salt) % 7) || (a.key < b.key ? 1 : -1),
          );
          const a = scopeIndicators(snapshot.states, snapshot.month);
          const b = scopeIndicators(shuffled, snapshot.month);
          expect(b.structure.map((c) => [c.category, c.projects])).toEqual(a.structure.map((c) => [c.category, c.projects]));
          b.structure.forEach((c, k) => expect(c.annualPlan).toBeCloseTo(a.structure[k]?.annualPlan ?? NaN, 6));
          for (const id of INDICATOR_IDS) {
            const x = a[id];
            const y = b[id];
            if (x === null || y === null) expect(y).toBe(x);
            else expect(y).toBeCloseTo(x, 6);
          }
        }
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
