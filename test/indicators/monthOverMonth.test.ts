import { describe, expect, it } from "vitest";
import { indicatorsByMonth, monthOverMonth, scopeIndicators } from "../../src/lib/indicators/index.ts";
import { programmeOf, state } from "../helpers/state.ts";

describe("monthOverMonth(current, previous)", () => {
  it("monthOverMonth(current, null) is null everywhere", () => {
    const change = monthOverMonth(scopeIndicators([state()], "2026-02"), null);
    expect(Object.values(change).every((v) => v === null)).toBe(true);
  });

  it("monthOverMonth(current, previous) subtracts, null where either side is null", () => {
    const before = scopeIndicators([state({ annualPlan: 100, ytdCompleted: 10 })], "2026-01");
    const after = scopeIndicators([state({ annualPlan: 100, ytdCompleted: 30, month: "2026-02" })], "2026-02");
    const change = monthOverMonth(after, before);
    expect(change.ytdCompleted).toBe(20);
    expect(change.completionRate).toBeCloseTo(0.2, 15);
    expect(change.startRate).toBeNull();
  });
});

describe("indicatorsByMonth(programme)", () => {
  it("indicatorsByMonth(programme spanning a year boundary) gives no change in January", () => {
    const programme = programmeOf([
      state({ month: "2025-12", annualPlan: 100, ytdCompleted: 90 }),
      state({ month: "2026-01", annualPlan: 100, ytdCompleted: 5 }),
    ]);
    const [december, january] = indicatorsByMonth(programme);
    expect(december?.previous).toBeNull();
    expect(january?.previous).toBeNull();
    expect(january?.programme.change.ytdCompleted).toBeNull();
  });

  it("indicatorsByMonth(programme with a district absent one month) compares with an empty scope", () => {
    const programme = programmeOf([
      state({ month: "2026-01", district: "甲区", annualPlan: 100, ytdCompleted: 5 }),
      state({ month: "2026-02", district: "甲区", annualPlan: 100, ytdCompleted: 8 }),
      state({ month: "2026-02", district: "乙区", name: "新项目", annualPlan: 50, ytdCompleted: 1 }),
    ]);
    const february = indicatorsByMonth(programme)[1];
    const b = february?.districts.find((d) => d.name === "乙区");
    expect(b?.change.projects).toBe(1); // 1 − 0: the district was listed (empty) in January
    expect(b?.change.completionRate).toBeNull(); // null in January
  });

  it("indicatorsByMonth(programme) lists display-order districts even when empty (single district)", () => {
    const programme = programmeOf([state({ district: "甲区" })], { districts: ["甲区", "乙区"] });
    const [june] = indicatorsByMonth(programme);
    expect(june?.districts.map((d) => [d.name, d.indicators.projects])).toEqual([
      ["甲区", 1],
      ["乙区", 0],
    ]);
  });
});
