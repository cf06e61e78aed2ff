import { describe, expect, it } from "vitest";
import { ProjectStateSchema, type ProjectState } from "../../src/lib/data/model.ts";
import { generateProgramme, type SampleProgramme } from "../../src/lib/sample/generateProgramme.ts";

const OPTIONS = { seed: 2026, projects: 150, years: [2025, 2026], lastMonth: "2026-10" } as const;
const programme = generateProgramme(OPTIONS);

/** Every state of a project, in month order, by key. */
function histories(p: SampleProgramme): Map<string, ProjectState[]> {
  const out = new Map<string, ProjectState[]>();
  for (const { states } of p.months) for (const s of states) out.set(s.key, [...(out.get(s.key) ?? []), s]);
  return out;
}

function yearStates(p: SampleProgramme, year: string): ProjectState[][] {
  return p.months.filter((m) => m.month.startsWith(year)).map((m) => m.states);
}

const twoDecimals = (x: number | null): boolean => x === null || Math.abs(Math.round(x * 100) - x * 100) < 1e-6;

describe("generateProgramme", () => {
  it("generateProgramme(same seed) gives the same programme", () => {
    expect(generateProgramme(OPTIONS)).toEqual(programme);
  });

  it("generateProgramme(different seed) gives a different programme", () => {
    const other = generateProgramme({ ...OPTIONS, seed: 2027 });
    expect(other.months.at(-1)!.states.map((s) => s.name)).not.toEqual(programme.months.at(-1)!.states.map((s) => s.name));
  });

  it("generateProgramme(2025–2026 to 2026-10) has tables 2025-02…2025-12 and 2026-02…2026-10", () => {
    expect(programme.months.map((m) => m.month)).toEqual([
      ...Array.from({ length: 11 }, (_, i) => `2025-${String(i + 2).padStart(2, "0")}`),
      ...Array.from({ length: 9 }, (_, i) => `2026-${String(i + 2).padStart(2, "0")}`),
    ]);
  });

  it("generateProgramme(…) states all satisfy the model schema, with keys id:<id> and ids like XW2026-001", () => {
    for (const { month, states } of programme.months) {
      const keys = new Set<string>();
      for (const s of states) {
        expect(() => ProjectStateSchema.parse(s)).not.toThrow();
        expect(s.month).toBe(month);
        expect(s.key).toBe(`id:${s.id}`);
        expect(s.id).toMatch(/^XW20(25|26)-\d{3}$/);
        keys.add(s.key);
      }
      expect(keys.size).toBe(states.length);
    }
  });

  it("generateProgramme(150 projects) lists about 150 projects a year with a plan of tens of 亿元", () => {
    for (const year of ["2025", "2026"]) {
      const last = yearStates(programme, year).at(-1)!;
      expect(last.length).toBeGreaterThanOrEqual(130);
      expect(last.length).toBeLessThanOrEqual(190);
      const plan = last.reduce((a, s) => a + s.annualPlan!, 0);
      expect(plan).toBeGreaterThan(300_000); // 30亿元
      expect(plan).toBeLessThan(2_000_000); // 200亿元
    }
  });

  it("generateProgramme(…) amounts have at most two decimals and add up", () => {
    for (const { states } of programme.months) {
      for (const s of states) {
        for (const x of [s.totalInvestment, s.annualPlan, s.ytdCompleted, s.cumulativeCompleted, s.monthCompleted]) {
          expect(twoDecimals(x)).toBe(true);
          if (x !== null) expect(x).toBeGreaterThanOrEqual(0);
        }
        if (s.cumulativeCompleted !== null) expect(s.cumulativeCompleted).toBeGreaterThanOrEqual(s.ytdCompleted! - 1e-9);
        if (s.cumulativeCompleted !== null && s.totalInvestment !== null)
          expect(s.cumulativeCompleted).toBeLessThanOrEqual(s.totalInvestment + 1e-9);
      }
    }
  });

  it("generateProgramme(…) year-to-date investment never falls within a year, and monthCompleted is its change", () => {
    for (const year of ["2025", "2026"]) {
      const byKey = new Map<string, number>();
      for (const states of yearStates(programme, year)) {
        for (const s of states) {
          const before = byKey.get(s.key) ?? 0;
          expect(s.ytdCompleted!).toBeGreaterThanOrEqual(before);
          expect(s.monthCompleted!).toBeCloseTo(s.ytdCompleted! - before, 6);
          byKey.set(s.key, s.ytdCompleted!);
        }
      }
    }
  });

  it("generateProgramme(…) carries unfinished 2025 projects into 2026 with the same ids, and drops finished ones", () => {
    const dec = new Map(yearStates(programme, "2025").at(-1)!.map((s) => [s.id, s]));
    const feb = yearStates(programme, "2026")[0]!;
    const carried = feb.filter((s) => s.id!.startsWith("XW2025-"));
    expect(carried.length).toBeGreaterThan(100);
    for (const s of carried) {
      const before = dec.get(s.id)!;
      expect(before).toBeDefined();
      expect(before.status).not.toBe("completed");
      expect(s.name).toBe(before.name);
      expect(s.district).toBe(before.district);
      // Cumulative investment carries on from December.
      if (s.cumulativeCompleted !== null && before.cumulativeCompleted !== null)
        expect(s.cumulativeCompleted).toBeGreaterThanOrEqual(before.cumulativeCompleted - 1e-9);
    }
    const finished = [...dec.values()].filter((s) => s.status === "completed");
    expect(finished.length).toBeGreaterThan(0);
    for (const s of finished) expect(feb.some((t) => t.id === s.id)).toBe(false);
    expect(feb.some((s) => s.id!.startsWith("XW2026-"))).toBe(true);
  });

  it("generateProgramme(…) gives every district projects in every month", () => {
    expect(programme.districts.length).toBeGreaterThanOrEqual(8);
    for (const { states } of programme.months) {
      for (const d of programme.districts) expect(states.some((s) => s.district === d)).toBe(true);
    }
  });

  it("generateProgramme(…) has 新开工 projects that never start in the year", () => {
    const dec = yearStates(programme, "2025").at(-1)!;
    const never = dec.filter((s) => s.nature === "new" && s.status === "not-started");
    expect(never.length).toBeGreaterThan(0);
    for (const s of never) {
      expect(s.ytdCompleted).toBe(0);
      expect(s.actualStart).toBeNull();
    }
  });

  it("generateProgramme(…) has late starts (actual start after the planned start)", () => {
    const dec = yearStates(programme, "2025").at(-1)!;
    expect(dec.some((s) => s.nature === "new" && s.actualStart !== null && s.plannedStart !== null && s.actualStart > s.plannedStart)).toBe(true);
  });

  it("generateProgramme(…) has stalls: under construction with year-to-date flat for two months or more", () => {
    let stalls = 0;
    for (const list of histories(programme).values()) {
      for (let i = 2; i < list.length; i++) {
        const [a, b, c] = [list[i - 2]!, list[i - 1]!, list[i]!];
        const sameYear = a.month.slice(0, 4) === c.month.slice(0, 4);
        if (sameYear && c.status === "under-construction" && a.ytdCompleted! > 0 && a.ytdCompleted === c.ytdCompleted && b.ytdCompleted === c.ytdCompleted) {
          stalls++;
          break;
        }
      }
    }
    expect(stalls).toBeGreaterThan(3);
  });

  it("generateProgramme(…) has completions with actualEnd, and suspensions", () => {
    const all = programme.months.flatMap((m) => m.states);
    const completed = all.filter((s) => s.status === "completed");
    expect(completed.length).toBeGreaterThan(0);
    for (const s of completed) expect(s.actualEnd).toMatch(/^\d{4}-\d{2}$/);
    expect(all.some((s) => s.status === "suspended")).toBe(true);
    expect(all.every((s) => s.status !== "completed" || s.actualEnd! <= s.month)).toBe(true);
  });

  it("generateProgramme(…) has leading and lagging districts", () => {
    const oct = programme.months.at(-1)!.states;
    const rates = programme.districts.map((d) => {
      const ds = oct.filter((s) => s.district === d);
      return ds.reduce((a, s) => a + s.ytdCompleted!, 0) / ds.reduce((a, s) => a + s.annualPlan!, 0);
    });
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.1);
  });

  it("generateProgramme(…) fills the descriptive fields, some with line breaks, and some optional ones", () => {
    const all = programme.months.at(-1)!.states;
    expect(all.every((s) => s.leader && s.leadDepartment && s.content && s.progressText && s.category)).toBe(true);
    expect(all.some((s) => s.problems?.includes("\n"))).toBe(true);
    expect(all.some((s) => s.privateInvestment === true)).toBe(true);
    expect(all.some((s) => s.landArea !== null)).toBe(true);
    expect(all.some((s) => s.longitude !== null && s.latitude !== null)).toBe(true);
    expect(all.some((s) => s.landArea === null)).toBe(true);
  });

  // Its speed is measured by npm run bench, not here.
  it("generateProgramme(5,000 projects) gives 5,000 projects in the first table", () => {
    const big = generateProgramme({ ...OPTIONS, projects: 5000 });
    expect(big.months[0]!.states.length).toBe(5000);
  });

  it("generateProgramme({ districts, region, years: [2026] }) uses them", () => {
    const p = generateProgramme({ seed: 1, projects: 10, years: [2026], lastMonth: "2026-03", districts: ["甲区", "乙区"], region: "测试市" });
    expect(p.region).toBe("测试市");
    expect(p.districts).toEqual(["甲区", "乙区"]);
    expect(p.months.map((m) => m.month)).toEqual(["2026-02", "2026-03"]);
    expect(new Set(p.months[0]!.states.map((s) => s.district))).toEqual(new Set(["甲区", "乙区"]));
  });
});
