import { describe, expect, it } from "vitest";
import { parseSiteConfig } from "../../src/lib/config/parseSiteConfig.ts";
import { SiteConfigSchema } from "../../src/lib/config/siteConfigSchema.ts";
import { departmentBoard, departmentBoards, departmentIndicatorsByMonth } from "../../src/lib/rank/index.ts";
import { programmeOf, state } from "../helpers/state.ts";

const CONFIG = SiteConfigSchema.parse({ ranking: { redFlags: 3, yellowFlags: 2 }, departments: { redFlags: 1, yellowFlags: 1 } });

/** June states of one project per call: plan 1000, `ytd` completed. */
const p = (month: string, id: string, leadDepartment: string | null, ytdCompleted: number) =>
  state({ month, id, key: `id:${id}`, leadDepartment, annualPlan: 1000, ytdCompleted });

describe("departments in site.yaml", () => {
  it("SiteConfigSchema.parse({}).departments gives the documented defaults", () => {
    expect(SiteConfigSchema.parse({}).departments).toEqual({ redFlags: 3, yellowFlags: 2, minProjects: 1 });
  });

  it("parseSiteConfig(departments) reads the keys given and defaults the rest", () => {
    const { config, issues } = parseSiteConfig("departments:\n  redFlags: 2\n", "data/site.yaml");
    expect(issues).toEqual([]);
    expect(config.departments).toEqual({ redFlags: 2, yellowFlags: 2, minProjects: 1 });
  });

  it("parseSiteConfig(departments with an unknown key or a bad count) names the key", () => {
    const bogus = parseSiteConfig("departments:\n  redFlags: 2\n  bogus: 1\n", "data/site.yaml").issues;
    expect(bogus.map((i) => [i.severity, i.column])).toEqual([["error", "departments.bogus"]]);
    const zero = parseSiteConfig("departments:\n  minProjects: 0\n", "data/site.yaml").issues;
    expect(zero.map((i) => [i.severity, i.column])).toEqual([["error", "departments.minProjects"]]);
  });
});

describe("departmentBoard(month, departments, rules, previous)", () => {
  it("departmentBoard(month) ranks a two-department project for both", () => {
    // P1 (甲局、乙局) at 90%, P2 (丙局) at 10%: 甲 and 乙 share the top, 丙 last
    const [june] = departmentIndicatorsByMonth(programmeOf([p("2026-06", "P1", "甲局、乙局", 900), p("2026-06", "P2", "丙局", 100)]));
    const b = departmentBoard("2026-06", june!.scopes, CONFIG, null);
    expect(b.entries.map((e) => [e.name, e.rank, e.score, e.flag])).toEqual([
      ["乙局", 1, 100, null], // tied pair fills places 1–2 > 1 red flag: no flag
      ["甲局", 1, 100, null],
      ["丙局", 3, 0, "yellow"],
    ]);
  });

  it("departmentBoard(month) uses the departments' flag counts, not the districts'", () => {
    const [june] = departmentIndicatorsByMonth(
      programmeOf([p("2026-06", "P1", "甲局", 900), p("2026-06", "P2", "乙局", 500), p("2026-06", "P3", "丙局", 300), p("2026-06", "P4", "丁局", 100)]),
    );
    const b = departmentBoard("2026-06", june!.scopes, CONFIG, null);
    expect(b.entries.map((e) => e.flag)).toEqual(["red", null, null, "yellow"]);
    expect(b.entries.filter((e) => e.flag === "red").length).toBeLessThanOrEqual(CONFIG.departments.redFlags);
  });

  it("departmentBoard(month, no departments) is empty", () => {
    const [june] = departmentIndicatorsByMonth(programmeOf([p("2026-06", "P1", null, 900)]));
    expect(departmentBoard("2026-06", june!.scopes, CONFIG, null)).toEqual({ month: "2026-06", previous: null, entries: [], unranked: [] });
  });
});

describe("departmentBoards(months, rules)", () => {
  const programme = programmeOf([
    p("2026-05", "P1", "甲局", 100),
    p("2026-05", "P2", "乙局", 500),
    p("2026-05", "P3", "丙局", 300),
    p("2026-06", "P1", "甲局", 900),
    p("2026-06", "P2", "乙局", 500),
    p("2026-06", "P3", "丙局", 300),
  ]);

  it("departmentBoards(months) chains rank changes, 一马当先 and 奋起直追", () => {
    const [may, june] = departmentBoards(departmentIndicatorsByMonth(programme), { ...CONFIG, ranking: { ...CONFIG.ranking, boardSize: 2 } });
    expect(may?.board.entries.map((e) => [e.name, e.rank])).toEqual([
      ["乙局", 1],
      ["丙局", 2],
      ["甲局", 3],
    ]);
    expect(june?.board.previous).toBe("2026-05");
    expect(june?.board.entries.map((e) => [e.name, e.rank, e.rankChange])).toEqual([
      ["甲局", 1, 2],
      ["乙局", 2, -1],
      ["丙局", 3, -1],
    ]);
    expect(june?.leaders.map((e) => e.name)).toEqual(["甲局", "乙局"]);
    expect(june?.risers.map((r) => [r.name, r.gain])).toEqual([["甲局", 2]]);
  });

  it("departmentBoards(months in any order) sorts them by month", () => {
    const months = departmentIndicatorsByMonth(programme);
    expect(departmentBoards([...months].reverse(), CONFIG)).toEqual(departmentBoards(months, CONFIG));
  });

  it("departmentBoards([]) is empty", () => expect(departmentBoards([], CONFIG)).toEqual([]));
});
