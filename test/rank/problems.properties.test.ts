import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Programme, ProjectState } from "../../src/lib/data/model.ts";
import { monthsBetween } from "../../src/lib/indicators/month.ts";
import { compareOpen, problemLedger } from "../../src/lib/rank/index.ts";
import { programmeOf, state } from "../helpers/state.ts";

// Random programmes of up to 6 projects over up to 6 of the months 2025-10 … 2026-04 (a year boundary,
// gaps), whose cells are drawn from wordings that repeat, get reworded, split, empty and come back.
const MONTHS = ["2025-10", "2025-11", "2025-12", "2026-02", "2026-03", "2026-04"];
const CELLS = [
  null,
  "无",
  "暂无问题",
  "用工短缺",
  "用工短缺问题仍未解决",
  "砂石料供应紧张",
  "1.用工短缺；2.砂石料供应紧张",
  "资金到位不足，施工进度放缓",
  "受雨季影响施工进度滞后",
  "一是用地手续未办结，二是资金未到位",
  "用地手续未办结，已上报",
  "（1）用工短缺\n（2）用工短缺严重",
];
const cell = fc.record({
  present: fc.boolean(),
  problems: fc.constantFrom(...CELLS),
  finished: fc.boolean(),
  department: fc.constantFrom("甲局", "乙局、甲局", null),
});
const programmes: fc.Arbitrary<Programme> = fc
  .record({
    months: fc.subarray(MONTHS, { minLength: 1 }),
    projects: fc.array(fc.array(cell, { minLength: MONTHS.length, maxLength: MONTHS.length }), { maxLength: 6 }),
  })
  .map(({ months, projects }) => {
    const states: ProjectState[] = [];
    projects.forEach((cells, p) => {
      months.forEach((month, j) => {
        const c = cells[j]!;
        if (!c.present && j > 0) return;
        states.push(
          state({
            month,
            id: `P${p}`,
            key: `id:P${p}`,
            name: `项目${"甲乙丙丁戊己"[p]}`,
            district: p % 2 === 0 ? "东城区" : "西城区",
            problems: c.problems,
            // finished where both draws say so (about a quarter of the rows)
            status: c.finished && c.present ? "completed" : "under-construction",
            leadDepartment: c.department,
          }),
        );
      });
    });
    return programmeOf(states, { months });
  });
const RUNS = { seed: 42, numRuns: 300 };

describe("problemLedger(programme) (properties, seed 42)", () => {
  it("programmes(seed 42) exercise every change: raised, reworded, re-opened and the three closures", () => {
    const seen = new Set<string>();
    for (const programme of fc.sample(programmes, { seed: 42, numRuns: 300 })) {
      for (const m of problemLedger(programme).months) {
        for (const e of m.open) if (e.change !== null) seen.add(e.change);
        if (m.reworded.length > 0) seen.add("reworded");
        for (const c of m.closed) seen.add(c.by);
        if (m.finishedItems.length > 0) seen.add("finished-items");
      }
    }
    expect([...seen].sort()).toEqual(["emptied", "finished", "finished-items", "left-table", "raised", "reopened", "reworded"]);
  });

  it("problemLedger(programme) adds up: open = previous open + raised + re-opened − closed", () => {
    fc.assert(
      fc.property(programmes, (programme) => {
        const { months } = problemLedger(programme);
        months.forEach((m, i) => {
          const c = m.counts;
          expect(c.previousOpen).toBe(i === 0 ? 0 : months[i - 1]!.counts.open);
          expect(c.open).toBe(c.previousOpen + c.raised + c.reopened - c.closed);
          expect(c.closed).toBe(c.closedBy.emptied + c.closedBy.finished + c.closedBy["left-table"]);
          expect([c.raised, c.reopened, c.reworded, c.open]).toEqual([m.raised.length, m.reopened.length, m.reworded.length, m.open.length]);
        });
      }),
      RUNS,
    );
  });

  it("problemLedger(programme) has every problem open or closed once a month, moving only from the previous month", () => {
    fc.assert(
      fc.property(programmes, (programme) => {
        const ledger = problemLedger(programme);
        const seen = new Set<string>();
        let before = new Set<string>();
        for (const m of ledger.months) {
          const open = m.open.map((e) => e.id);
          const closed = m.closed.map((e) => e.id);
          expect(new Set(open).size).toBe(open.length);
          expect(new Set(closed).size).toBe(closed.length);
          for (const id of closed) expect(before.has(id) && !open.includes(id)).toBe(true);
          for (const e of m.open) {
            if (e.change === "raised") expect(seen.has(e.id)).toBe(false);
            else if (e.change === "reopened") expect(seen.has(e.id) && !before.has(e.id)).toBe(true);
            else expect(before.has(e.id)).toBe(true);
          }
          for (const id of before) expect(open.includes(id) !== closed.includes(id)).toBe(true);
          open.forEach((id) => seen.add(id));
          before = new Set(open);
        }
        expect(ledger.problems.map((p) => p.id).sort()).toEqual([...seen].sort());
      }),
      RUNS,
    );
  });

  it("problemLedger(programme).problems agree with the month views", () => {
    fc.assert(
      fc.property(programmes, (programme) => {
        const ledger = problemLedger(programme);
        for (const p of ledger.problems) {
          const inViews = ledger.months.filter((m) => m.open.some((e) => e.id === p.id)).map((m) => m.month);
          const inSpells = ledger.months
            .map((m) => m.month)
            .filter((month) => p.spells.some((s) => s.opened <= month && (s.closed === null || month < s.closed.month)));
          expect(inViews).toEqual(inSpells);
          expect([inViews[0], inViews[inViews.length - 1]]).toEqual([p.firstMonth, p.lastMonth]);
          expect(p.closed).toEqual(p.spells[p.spells.length - 1]!.closed);
          expect(p.wordings[0]!.month).toBe(p.firstMonth);
        }
      }),
      RUNS,
    );
  });

  it("problemLedger(programme) lists open problems oldest first, each open at least a month and at most since its first report", () => {
    fc.assert(
      fc.property(programmes, (programme) => {
        for (const m of problemLedger(programme).months) {
          expect([...m.open].sort(compareOpen)).toEqual(m.open);
          for (const e of m.open) {
            expect(e.monthsOpen).toBeGreaterThanOrEqual(1);
            expect(e.monthsOpen).toBeLessThanOrEqual(monthsBetween(e.firstMonth, m.month) + 1);
          }
          expect(m.counts.oldestMonthsOpen).toBe(m.open.length === 0 ? null : Math.max(...m.open.map((e) => e.monthsOpen)));
        }
      }),
      RUNS,
    );
  });

  it("problemLedger(programme) does not depend on the order of rows or tables", () => {
    fc.assert(
      fc.property(programmes, fc.func(fc.integer()), (programme, rank) => {
        const shuffled: Programme = {
          ...programme,
          snapshots: [...programme.snapshots]
            .reverse()
            .map((s) => ({ ...s, states: [...s.states].sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? 1 : -1)) })),
        };
        expect(problemLedger(shuffled)).toEqual(problemLedger(programme));
      }),
      RUNS,
    );
  });

  it("problemLedger(programme, { through }) gives the same months as the whole ledger up to then", () => {
    fc.assert(
      fc.property(programmes, (programme) => {
        const whole = problemLedger(programme);
        whole.months.forEach((m, i) => {
          expect(problemLedger(programme, { through: m.month }).months).toEqual(whole.months.slice(0, i + 1));
        });
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it("problemLedger(programme) survives a JSON round trip unchanged", () => {
    fc.assert(
      fc.property(programmes, (programme) => {
        const ledger = problemLedger(programme);
        expect(JSON.parse(JSON.stringify(ledger))).toEqual(ledger);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
