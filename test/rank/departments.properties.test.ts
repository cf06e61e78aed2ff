import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SiteConfigSchema } from "../../src/lib/config/siteConfigSchema.ts";
import type { Programme } from "../../src/lib/data/model.ts";
import {
  departmentBoards,
  departmentIndicatorsByMonth,
  departmentsOf,
  halfYearSummary,
  roundScore,
  yearBoard,
} from "../../src/lib/rank/index.ts";
import type { BoardMonth } from "../../src/lib/rank/index.ts";
import { programmeOf, state } from "../helpers/state.ts";

const DEPARTMENTS = ["市发改委", "市住建局", "市交通运输局", "市教育局", "市水利局", "市工信局"];
const NATURES = [null, "new", "continuing", "completing", "preparatory"] as const;
const STATUSES = [null, "not-started", "under-construction", "completed", "suspended"] as const;
const amount = fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10));

/** Random programmes whose 责任单位 cells name none, one or several departments ("甲、乙", "甲，乙"). */
const programmes: fc.Arbitrary<Programme> = fc
  .record({
    months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }),
    projects: fc.array(
      fc.record({
        departments: fc.uniqueArray(fc.constantFrom(...DEPARTMENTS), { maxLength: 3 }),
        separator: fc.constantFrom("、", "，", "/"),
        nature: fc.constantFrom(...NATURES),
        endYear: fc.option(fc.constantFrom(2026, 2027), { nil: null }),
        annualPlan: amount,
        perMonth: fc.array(fc.record({ ytd: amount, status: fc.constantFrom(...STATUSES), present: fc.boolean() }), { minLength: 4, maxLength: 4 }),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ months, projects }) => {
    const sorted = [...months].sort((a, b) => a - b);
    const mm = (m: number) => `2026-${String(m).padStart(2, "0")}`;
    const states = projects.flatMap((p, i) =>
      sorted.flatMap((m, j) => {
        const per = p.perMonth[j]!;
        if (!per.present && j > 0) return [];
        return [
          state({
            month: mm(m),
            id: `P${i}`,
            key: `id:P${i}`,
            name: `项目${i}`,
            leadDepartment: p.departments.length === 0 ? null : p.departments.join(p.separator),
            nature: p.nature,
            status: per.status,
            period: p.endYear === null ? null : { startYear: 2025, startMonth: null, endYear: p.endYear, endMonth: null },
            annualPlan: p.annualPlan,
            ytdCompleted: per.ytd,
          }),
        ];
      }),
    );
    return programmeOf(states, { months: sorted.map(mm) });
  });

const config = fc
  .record({ redFlags: fc.integer({ min: 0, max: 4 }), yellowFlags: fc.integer({ min: 0, max: 4 }), minProjects: fc.integer({ min: 1, max: 3 }) })
  .map((departments) => SiteConfigSchema.parse({ departments }));

/** The same programme with each snapshot's rows reversed and each cell's names in reverse order. */
const shuffled = (p: Programme): Programme => ({
  ...p,
  snapshots: p.snapshots.map((s) => ({
    ...s,
    states: [...s.states].reverse().map((x) => ({ ...x, leadDepartment: x.leadDepartment === null ? null : [...departmentsOf(x)].reverse().join("、") })),
  })),
});

describe("departments (properties, seed 42)", () => {
  it("departmentIndicatorsByMonth(programme): a project naming n departments is in exactly n department scopes", () => {
    fc.assert(
      fc.property(programmes, (programme) => {
        const byMonth = departmentIndicatorsByMonth(programme);
        for (const [i, snapshot] of programme.snapshots.entries()) {
          const m = byMonth[i]!;
          for (const s of snapshot.states) {
            const n = departmentsOf(s).length;
            expect(m.scopes.filter((scope) => scope.keys.includes(s.key)).length).toBe(n);
            expect(m.scopes.filter((scope) => scope.shared.includes(s.key)).length).toBe(n > 1 ? n : 0);
          }
          const total = snapshot.states.reduce((a, s) => a + departmentsOf(s).length, 0);
          expect(m.scopes.reduce((a, scope) => a + scope.indicators.projects, 0)).toBe(total);
          expect(m.unnamed).toBe(snapshot.states.filter((s) => departmentsOf(s).length === 0).length);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("departmentBoards(months, rules) do not depend on row order or on the order of names in a cell", () => {
    fc.assert(
      fc.property(programmes, config, (programme, rules) => {
        const a = departmentBoards(departmentIndicatorsByMonth(programme), rules);
        const b = departmentBoards(departmentIndicatorsByMonth(shuffled(programme)), rules);
        expect(b.map((m) => m.board.entries.map((e) => [e.name, e.rank, e.flag, e.rankChange]))).toEqual(
          a.map((m) => m.board.entries.map((e) => [e.name, e.rank, e.flag, e.rankChange])),
        );
        expect(b.map((m) => [m.board.unranked, m.leaders.map((e) => e.name), m.risers])).toEqual(a.map((m) => [m.board.unranked, m.leaders.map((e) => e.name), m.risers]));
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it("departmentBoards(months, rules): flags never exceed their counts, ties share a rank, small departments are unranked", () => {
    fc.assert(
      fc.property(programmes, config, (programme, rules) => {
        const indicators = departmentIndicatorsByMonth(programme);
        departmentBoards(indicators, rules).forEach((m, i) => {
          const entries = m.board.entries;
          expect(entries.filter((e) => e.flag === "red").length).toBeLessThanOrEqual(rules.departments.redFlags);
          expect(entries.filter((e) => e.flag === "yellow").length).toBeLessThanOrEqual(rules.departments.yellowFlags);
          for (const e of entries) {
            expect(e.rank).toBe(entries.filter((x) => roundScore(x.score) > roundScore(e.score)).length + 1);
          }
          const withProjects = indicators[i]!.scopes.filter((s) => s.indicators.projects > 0);
          expect(entries.map((e) => e.name).sort()).toEqual(withProjects.filter((s) => s.indicators.projects >= rules.departments.minProjects).map((s) => s.name).sort());
          expect(m.board.unranked.map((u) => u.name).sort()).toEqual(withProjects.filter((s) => s.indicators.projects < rules.departments.minProjects).map((s) => s.name).sort());
        });
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it("halfYearSummary and yearBoard(department months): entries follow the board, rank changes are start − end", () => {
    fc.assert(
      fc.property(programmes, config, (programme, rules) => {
        const indicators = departmentIndicatorsByMonth(programme);
        const months: BoardMonth[] = departmentBoards(indicators, rules).map((m, i) => ({ month: m.month, board: m.board, scopes: indicators[i]!.scopes }));
        for (const summary of [halfYearSummary(months, 2026), yearBoard(months, 2026)]) {
          if (summary === null) continue;
          expect(summary.entries.map((e) => [e.name, e.end.rank])).toEqual(summary.board.entries.map((e) => [e.name, e.rank]));
          for (const e of summary.entries) {
            if (e.rankChange !== null) expect(e.rankChange).toBe(e.start!.rank! - e.end.rank!);
            expect(e.redFlags + e.yellowFlags).toBeLessThanOrEqual(summary.months.length);
          }
          expect(summary.risers.every((r) => r.gain > 0)).toBe(true);
        }
        expect(yearBoard(months, 2026)?.provisional ?? true).toBe(!months.some((m) => m.month === "2026-12"));
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
