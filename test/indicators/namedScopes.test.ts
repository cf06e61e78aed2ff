import { describe, expect, it } from "vitest";
import { byNames, scopeIndicators, unnamedCount } from "../../src/lib/indicators/index.ts";
import type { ProjectState } from "../../src/lib/data/model.ts";
import { state } from "../helpers/state.ts";

// A cell's names split on "、" only: enough here, the real splitter is tested in test/rank.
const cell = (s: ProjectState): string[] => (s.leadDepartment === null ? [] : s.leadDepartment.split("、"));

const p = (id: string, leadDepartment: string | null, annualPlan: number, ytdCompleted: number) =>
  state({ id, key: `id:${id}`, leadDepartment, annualPlan, ytdCompleted });

describe("byNames(states, month, namesOf)", () => {
  it("byNames([], month, namesOf) is empty", () => {
    expect(byNames([], "2026-06", cell)).toEqual([]);
  });

  it("byNames(states without any name) is empty, not a scope of nobody", () => {
    const states = [p("P1", null, 100, 50), p("P2", null, 200, 0)];
    expect(byNames(states, "2026-06", cell)).toEqual([]);
    expect(unnamedCount(states, cell)).toBe(2);
  });

  it("byNames(states) counts a two-department project whole for each department", () => {
    const states = [p("P1", "乙局、甲局", 1000, 400), p("P2", "甲局", 500, 500)];
    const scopes = byNames(states, "2026-06", cell);
    expect(scopes.map((s) => [s.name, s.keys, s.shared, s.indicators.projects, s.indicators.annualPlan, s.indicators.ytdCompleted])).toEqual([
      ["乙局", ["id:P1"], ["id:P1"], 1, 1000, 400],
      ["甲局", ["id:P1", "id:P2"], ["id:P1"], 2, 1500, 900],
    ]);
    // sums over the scopes exceed the programme's: P1 counts twice
    expect(scopes.reduce((a, s) => a + s.indicators.annualPlan, 0)).toBe(2500);
    expect(scopeIndicators(states, "2026-06").annualPlan).toBe(1500);
  });

  it("byNames(states) gives each scope exactly scopeIndicators of its projects", () => {
    const states = [p("P1", "甲局、乙局", 1000, 400), p("P2", "乙局", 500, 500), p("P3", null, 300, 0)];
    const [b, a] = byNames(states, "2026-06", cell); // 乙 U+4E59 before 甲 U+7532
    expect(b?.name).toBe("乙局");
    expect(b?.indicators).toEqual(scopeIndicators([states[0]!, states[1]!], "2026-06"));
    expect(a?.indicators).toEqual(scopeIndicators([states[0]!], "2026-06"));
  });

  it("byNames(a name given twice in one cell) counts the project once", () => {
    const scopes = byNames([p("P1", "甲局、甲局", 1000, 400)], "2026-06", cell);
    expect(scopes.map((s) => [s.name, s.indicators.projects, s.shared])).toEqual([["甲局", 1, []]]);
  });

  it("byNames(states) lists scopes and keys by code point, whatever the input order", () => {
    const states = [p("P3", "丙局", 1, 1), p("P1", "甲局、丙局", 1, 1), p("P2", "乙局", 1, 1)];
    const a = byNames(states, "2026-06", cell);
    const b = byNames([...states].reverse(), "2026-06", cell);
    expect(a.map((s) => [s.name, s.keys])).toEqual([
      ["丙局", ["id:P1", "id:P3"]], // 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532
      ["乙局", ["id:P2"]],
      ["甲局", ["id:P1"]],
    ]);
    expect(b).toEqual(a);
  });

  it("byNames(a department with one project) gives that project's rates", () => {
    const [only] = byNames([state({ id: "P1", leadDepartment: "甲局", nature: "new", status: "under-construction", annualPlan: 100, ytdCompleted: 60 })], "2026-06", cell);
    expect([only?.indicators.projects, only?.indicators.completionRate, only?.indicators.startRate]).toEqual([1, 0.6, 1]);
  });
});

describe("unnamedCount(states, namesOf)", () => {
  it("unnamedCount(states) counts the states that name nobody", () => {
    expect(unnamedCount([p("P1", "甲局", 1, 1), p("P2", null, 1, 1)], cell)).toBe(1);
    expect(unnamedCount([], cell)).toBe(0);
  });
});
