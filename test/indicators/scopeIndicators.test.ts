import { describe, expect, it } from "vitest";
import { scopeIndicators } from "../../src/lib/indicators/index.ts";
import { state } from "../helpers/state.ts";

describe("scopeIndicators(states, month)", () => {
  it("scopeIndicators([], month) gives zero counts and sums and null rates (empty scope)", () => {
    const i = scopeIndicators([], "2026-03");
    expect(i).toEqual({
      month: "2026-03",
      projects: 0,
      totalInvestment: 0,
      annualPlan: 0,
      ytdCompleted: 0,
      completionRate: null,
      timeProgress: 0.25,
      gap: null,
      newProjects: 0,
      newStarted: 0,
      scheduledProjects: 0,
      scheduled: 0,
      scheduleProgress: null,
      scheduleGap: null,
      startRate: null,
      finishPlanned: 0,
      finished: 0,
      finishRate: null,
      reserveProjects: 0,
      reserveStarted: 0,
      reserveConversion: null,
      privateKnown: 0,
      privateProjects: 0,
      privateShareByCount: null,
      privatePlan: 0,
      privateShareByPlan: null,
      landArea: 0,
      landInvestment: 0,
      intensity: null,
      structure: [],
    });
  });

  it("scopeIndicators(states with zero plan) gives a null completion rate and gap", () => {
    const i = scopeIndicators([state({ annualPlan: 0, ytdCompleted: 300 })], "2026-06");
    expect([i.annualPlan, i.ytdCompleted, i.completionRate, i.gap]).toEqual([0, 300, null, null]);
    expect(i.structure).toEqual([{ category: null, projects: 1, annualPlan: 0, share: null }]);
  });

  it("scopeIndicators(states of all nulls) counts the projects and nothing else", () => {
    const i = scopeIndicators([state({ name: "甲" }), state({ name: "乙" })], "2026-06");
    expect(i.projects).toBe(2);
    expect([i.totalInvestment, i.annualPlan, i.ytdCompleted, i.landArea]).toEqual([0, 0, 0, 0]);
    expect([i.completionRate, i.startRate, i.finishRate, i.reserveConversion]).toEqual([null, null, null, null]);
    expect([i.privateShareByCount, i.privateShareByPlan, i.intensity]).toEqual([null, null, null]);
    expect(Object.values(i).some((v) => typeof v === "number" && !Number.isFinite(v))).toBe(false);
  });

  it("scopeIndicators(states) ignores null amounts in sums", () => {
    const i = scopeIndicators(
      [
        state({ name: "甲", annualPlan: 100, ytdCompleted: 40, totalInvestment: 1000 }),
        state({ name: "乙", annualPlan: null, ytdCompleted: 10, totalInvestment: null }),
        state({ name: "丙", annualPlan: 300, ytdCompleted: null, totalInvestment: 500 }),
      ],
      "2026-06",
    );
    // plan 100+300, ytd 40+10, total 1000+500; rate 50/400
    expect([i.annualPlan, i.ytdCompleted, i.totalInvestment, i.completionRate, i.gap]).toEqual([
      400, 50, 1500, 0.125, -0.375,
    ]);
  });

  it("scopeIndicators(new projects) counts a start by status or by actual start month", () => {
    const i = scopeIndicators(
      [
        state({ name: "在建", nature: "new", status: "under-construction" }),
        state({ name: "停工", nature: "new", status: "suspended" }),
        state({ name: "已竣工", nature: "new", status: "completed" }),
        state({ name: "有开工时间", nature: "new", status: null, actualStart: "2026-06" }),
        state({ name: "开工时间在后", nature: "new", status: null, actualStart: "2026-07" }),
        state({ name: "未开工", nature: "new", status: "not-started" }),
        state({ name: "续建", nature: "continuing", status: "under-construction" }),
      ],
      "2026-06",
    );
    // started: 在建, 停工, 已竣工, 有开工时间 (2026-06 ≤ 2026-06) → 4 of 6 new
    expect([i.newProjects, i.newStarted]).toEqual([6, 4]);
    expect(i.startRate).toBeCloseTo(4 / 6, 15);
  });

  it("scopeIndicators(projects due to finish) takes nature 竣工 or a period ending this year", () => {
    const period = (endYear: number) => ({ startYear: 2024, startMonth: null, endYear, endMonth: null });
    const i = scopeIndicators(
      [
        state({ name: "竣工性质", nature: "completing", status: "completed" }),
        state({ name: "年限到期", nature: "continuing", period: period(2026), status: "under-construction" }),
        state({ name: "明年到期", nature: "continuing", period: period(2027), status: "completed" }),
        state({ name: "竣工未完", nature: "completing", period: period(2027), status: "suspended" }),
      ],
      "2026-09",
    );
    // due: 竣工性质, 年限到期, 竣工未完; finished among them: 竣工性质 (明年到期 is not due)
    expect([i.finishPlanned, i.finished]).toEqual([3, 1]);
    expect(i.finishRate).toBeCloseTo(1 / 3, 15);
  });

  it("scopeIndicators(reserve projects) converts those that started", () => {
    const i = scopeIndicators(
      [
        state({ name: "甲", nature: "preparatory", status: "not-started" }),
        state({ name: "乙", nature: "preparatory", actualStart: "2026-01" }),
        state({ name: "丙", nature: "preparatory", status: "under-construction" }),
        state({ name: "丁", nature: "preparatory" }),
      ],
      "2026-06",
    );
    expect([i.reserveProjects, i.reserveStarted, i.reserveConversion]).toEqual([4, 2, 0.5]);
  });

  it("scopeIndicators(states) leaves projects not stating private investment out of its shares", () => {
    const i = scopeIndicators(
      [
        state({ name: "甲", privateInvestment: true, annualPlan: 300 }),
        state({ name: "乙", privateInvestment: false, annualPlan: 100 }),
        state({ name: "丙", privateInvestment: null, annualPlan: 600 }),
      ],
      "2026-06",
    );
    // by count 1 of 2 stating it; by plan 300 of 300+100
    expect([i.privateKnown, i.privateProjects, i.privateShareByCount, i.privatePlan, i.privateShareByPlan]).toEqual([
      2, 1, 0.5, 300, 0.75,
    ]);
  });

  it("scopeIndicators(states) computes intensity over projects giving land and total investment", () => {
    const i = scopeIndicators(
      [
        state({ name: "甲", landArea: 100, totalInvestment: 30000 }),
        state({ name: "乙", landArea: 50, totalInvestment: null }),
        state({ name: "丙", landArea: 0, totalInvestment: 9999 }),
        state({ name: "丁", landArea: null, totalInvestment: 9999 }),
        state({ name: "戊", landArea: 200, totalInvestment: 20000 }),
      ],
      "2026-06",
    );
    // land 100+50+200 = 350; intensity (30000+20000)/(100+200) = 166.66…
    expect([i.landArea, i.landInvestment]).toEqual([350, 50000]);
    expect(i.intensity).toBeCloseTo(50000 / 300, 12);
  });

  it("scopeIndicators(states) orders the structure by plan, ties by name, no category last", () => {
    const i = scopeIndicators(
      [
        state({ name: "甲", category: "基础设施", annualPlan: 100 }),
        state({ name: "乙", category: "产业", annualPlan: 100 }),
        state({ name: "丙", category: null, annualPlan: 500 }),
        state({ name: "丁", category: "社会民生", annualPlan: 300 }),
      ],
      "2026-06",
    );
    expect(i.structure.map((s) => [s.category, s.share])).toEqual([
      ["社会民生", 0.3],
      ["产业", 0.1], // 产 U+4EA7 before 基 U+57FA
      ["基础设施", 0.1],
      [null, 0.5],
    ]);
  });
});

describe("scopeIndicators(states with their own schedules)", () => {
  it("scopeIndicators(states) measures against the schedules only over the projects that give one", () => {
    const i = scopeIndicators(
      [
        state({ month: "2026-06", annualPlan: 100, ytdCompleted: 20, ytdPlanned: 40 }),
        state({ month: "2026-06", name: "乙", annualPlan: 300, ytdCompleted: 150, ytdPlanned: 120 }),
        state({ month: "2026-06", name: "丙", annualPlan: 600, ytdCompleted: 100, ytdPlanned: null }),
      ],
      "2026-06",
    );
    expect(i.scheduledProjects).toBe(2);
    expect(i.scheduled).toBe(160);
    // (40 + 120) / (100 + 300) = 0.4; (170 − 160) / 400 = 0.025 ahead.
    expect(i.scheduleProgress).toBeCloseTo(0.4, 12);
    expect(i.scheduleGap).toBeCloseTo(0.025, 12);
    // The time-progress figures still run over all three.
    expect(i.completionRate).toBeCloseTo(270 / 1000, 12);
  });
  it("scopeIndicators(no schedule given) has no schedule progress (not applicable)", () => {
    const i = scopeIndicators([state({ annualPlan: 100, ytdCompleted: 20 })], "2026-06");
    expect([i.scheduledProjects, i.scheduleProgress, i.scheduleGap]).toEqual([0, null, null]);
  });
});
