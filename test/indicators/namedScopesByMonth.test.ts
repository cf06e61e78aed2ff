import { describe, expect, it } from "vitest";
import type { ProjectState } from "../../src/lib/data/model.ts";
import { namedScopesByMonth } from "../../src/lib/indicators/index.ts";
import { programmeOf, state } from "../helpers/state.ts";

const cell = (s: ProjectState): string[] => (s.leader === null ? [] : s.leader.split("、"));
const p = (month: string, id: string, leader: string | null, ytdCompleted: number) =>
  state({ month, id, key: `id:${id}`, leader, annualPlan: 1000, ytdCompleted });

describe("namedScopesByMonth(programme, namesOf)", () => {
  it("namedScopesByMonth(programme without snapshots) is empty", () => {
    expect(namedScopesByMonth(programmeOf([]), cell)).toEqual([]);
  });

  it("namedScopesByMonth(programme) gives every month ascending with its previous month of the year", () => {
    const programme = programmeOf([p("2026-06", "P1", "张三", 500), p("2025-12", "P1", "张三", 900), p("2026-03", "P1", "张三", 200)]);
    expect(namedScopesByMonth(programme, cell).map((m) => [m.month, m.previous])).toEqual([
      ["2025-12", null],
      ["2026-03", null], // across a year boundary: no change
      ["2026-06", "2026-03"],
    ]);
  });

  it("namedScopesByMonth(programme) changes are against the same name in the previous month", () => {
    const programme = programmeOf([
      p("2026-03", "P1", "张三、李四", 200),
      p("2026-06", "P1", "张三、李四", 500),
      p("2026-06", "P2", "王五", 100),
    ]);
    const [march, june] = namedScopesByMonth(programme, cell);
    expect(Object.values(march!.scopes[0]!.change).every((v) => v === null)).toBe(true);
    const byName = Object.fromEntries(june!.scopes.map((s) => [s.name, s.change]));
    expect(byName["张三"]?.ytdCompleted).toBe(300); // 500 − 200
    expect(byName["李四"]?.ytdCompleted).toBe(300);
    // 王五 had no projects in March: not applicable, not "from zero"
    expect(byName["王五"]?.ytdCompleted).toBeNull();
  });

  it("namedScopesByMonth(programme without a leader column) gives no scopes and counts every project unnamed", () => {
    const programme = programmeOf([p("2026-06", "P1", null, 500), p("2026-06", "P2", null, 0)]);
    expect(namedScopesByMonth(programme, cell)).toEqual([{ month: "2026-06", previous: null, scopes: [], unnamed: 2 }]);
  });
});
