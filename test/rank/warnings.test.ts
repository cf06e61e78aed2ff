import { describe, expect, it } from "vitest";
import { SiteConfigSchema } from "../../src/lib/config/siteConfigSchema.ts";
import { behindWarning, lateStartWarning, monthWarnings, stalledWarning } from "../../src/lib/rank/index.ts";
import { state } from "../helpers/state.ts";

const thresholds = SiteConfigSchema.parse({}).warnings;
const level = (annualPlan: number | null, ytdCompleted: number | null, month = "2026-06") =>
  behindWarning(state({ annualPlan, ytdCompleted, month }), thresholds)?.level ?? null;

describe("behindWarning(state, thresholds)", () => {
  it("behindWarning(state) is yellow from 10 to 30 points behind, both inclusive", () => {
    // June: time progress 50%
    expect(level(100, 41)).toBeNull(); // 9 behind
    expect(level(100, 40)).toBe("yellow"); // exactly 10 (0.4 − 0.5 is −0.0999… in floats)
    expect(level(100, 20)).toBe("yellow"); // exactly 30
    expect(level(1000, 199)).toBe("red"); // 30.1 behind
    expect(level(100, 0)).toBe("red"); // 50 behind
  });

  it("behindWarning(state ahead of time progress) is null", () => expect(level(100, 90)).toBeNull());

  it("behindWarning(zero or null plan) is null", () => {
    expect(level(0, 0)).toBeNull();
    expect(level(null, 0)).toBeNull();
  });

  it("behindWarning(null year-to-date) is null", () => expect(level(100, null)).toBeNull());

  it("behindWarning(state, thresholds) follows the configured thresholds", () => {
    const strict = SiteConfigSchema.parse({ warnings: { yellowBehindPoints: 5, redBehindPoints: 8 } }).warnings;
    expect(behindWarning(state({ annualPlan: 100, ytdCompleted: 44 }), strict)?.level).toBe("yellow"); // 6 behind
    expect(behindWarning(state({ annualPlan: 100, ytdCompleted: 41 }), strict)?.level).toBe("red"); // 9 behind
  });
});

describe("lateStartWarning(state, thresholds)", () => {
  const late = (overrides: Parameters<typeof state>[0]) =>
    lateStartWarning(state({ nature: "new", status: "not-started", plannedStart: "2026-03", ...overrides }), thresholds);

  it("lateStartWarning(new project 3 months after its planned start) is red", () => {
    expect(late({ month: "2026-06" })).toMatchObject({ level: "red", kind: "late-start", numbers: { monthsLate: 3 } });
  });
  it("lateStartWarning(2 months after) is null", () => expect(late({ month: "2026-05" })).toBeNull());
  it("lateStartWarning(started project) is null", () => {
    expect(late({ status: "under-construction" })).toBeNull();
    expect(late({ status: null, actualStart: "2026-05" })).toBeNull();
  });
  it("lateStartWarning(continuing project) is null", () => expect(late({ nature: "continuing" })).toBeNull());
  it("lateStartWarning(no planned start) is null", () => expect(late({ plannedStart: null })).toBeNull());
  it("lateStartWarning(planned start in the previous year) counts across the boundary", () => {
    expect(late({ plannedStart: "2025-11", month: "2026-02" })?.numbers).toEqual({ plannedStart: "2025-11", monthsLate: 3 });
  });
});

describe("stalledWarning(state, earlier, thresholds)", () => {
  const at = (month: string, ytdCompleted: number | null, extra: Parameters<typeof state>[0] = {}) =>
    state({ month, ytdCompleted, annualPlan: 1000, ...extra });

  it("stalledWarning(no growth over two earlier months) is yellow", () => {
    const w = stalledWarning(at("2026-06", 300), [at("2026-04", 300), at("2026-05", 300)], thresholds);
    expect(w).toMatchObject({ level: "yellow", kind: "stalled", numbers: { months: ["2026-04", "2026-05", "2026-06"] } });
  });
  it("stalledWarning(growth in the last month) is null", () =>
    expect(stalledWarning(at("2026-06", 301), [at("2026-04", 300), at("2026-05", 300)], thresholds)).toBeNull());
  it("stalledWarning(growth in the first step) is null", () =>
    expect(stalledWarning(at("2026-06", 300), [at("2026-04", 200), at("2026-05", 300)], thresholds)).toBeNull());
  it("stalledWarning(only one earlier month) is null", () =>
    expect(stalledWarning(at("2026-06", 300), [at("2026-05", 300)], thresholds)).toBeNull());
  it("stalledWarning(project missing an earlier month) is null", () =>
    expect(stalledWarning(at("2026-06", 300), [undefined, at("2026-05", 300)], thresholds)).toBeNull());
  it("stalledWarning(completed project) is null", () =>
    expect(
      stalledWarning(at("2026-06", 300, { status: "completed" }), [at("2026-04", 300), at("2026-05", 300)], thresholds),
    ).toBeNull());
  it("stalledWarning(project without a plan) is null", () =>
    expect(
      stalledWarning(at("2026-06", 0, { annualPlan: 0 }), [at("2026-04", 0, { annualPlan: 0 }), at("2026-05", 0)], thresholds),
    ).toBeNull());
  it("stalledWarning(more earlier months than needed) looks at the last ones only", () =>
    expect(
      stalledWarning(at("2026-06", 300), [at("2026-03", 100), at("2026-04", 300), at("2026-05", 300)], thresholds),
    ).not.toBeNull());
});

describe("monthWarnings(states, earlierMonths, thresholds)", () => {
  it("monthWarnings([]) is empty", () => expect(monthWarnings([], [], thresholds)).toEqual([]));

  it("monthWarnings(states) orders red first, then by kind and name, whatever the input order", () => {
    const states = [
      state({ name: "乙", annualPlan: 100, ytdCompleted: 30 }),
      state({ name: "甲", annualPlan: 100, ytdCompleted: 0, nature: "new", plannedStart: "2026-01" }),
      state({ name: "丙", annualPlan: 100, ytdCompleted: 35 }),
    ];
    const expected = [
      ["甲", "red", "behind"],
      ["甲", "red", "late-start"],
      ["丙", "yellow", "behind"],
      ["乙", "yellow", "behind"],
    ];
    const summary = (list: typeof states) => monthWarnings(list, [], thresholds).map((w) => [w.name, w.level, w.kind]);
    expect(summary(states)).toEqual(expected);
    expect(summary([...states].reverse())).toEqual(expected);
  });
});

describe("behindWarning(state, thresholds against own schedule)", () => {
  const own = { ...thresholds, against: "own-schedule" as const };
  it("behindWarning(state with a schedule) measures the gap to the project's own schedule, not to m/12", () => {
    // June: time progress 50%. Its own schedule says 30 of 100 by June; 15 done: 15 points behind it.
    const w = behindWarning(state({ annualPlan: 100, ytdCompleted: 15, ytdPlanned: 30 }), own);
    expect(w).toMatchObject({ level: "yellow", kind: "behind", numbers: { timeProgress: 0.3, scheduled: 30, pointsBehind: 15 } });
    // Against time progress the same project is 35 points behind: red.
    expect(behindWarning(state({ annualPlan: 100, ytdCompleted: 15, ytdPlanned: 30 }), thresholds)).toMatchObject({ level: "red", numbers: { timeProgress: 0.5 } });
    expect(behindWarning(state({ annualPlan: 100, ytdCompleted: 15, ytdPlanned: 30 }), thresholds)!.numbers).not.toHaveProperty("scheduled");
  });
  it("behindWarning(state without a schedule, against own schedule) falls back to time progress", () => {
    expect(behindWarning(state({ annualPlan: 100, ytdCompleted: 15, ytdPlanned: null }), own)).toMatchObject({ level: "red", numbers: { timeProgress: 0.5 } });
  });
  it("behindWarning(state on its own schedule) is null even when behind time progress", () => {
    expect(behindWarning(state({ annualPlan: 100, ytdCompleted: 28, ytdPlanned: 30 }), own)).toBeNull();
  });
});
