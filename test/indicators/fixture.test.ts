import { describe, expect, it } from "vitest";
import { indicatorsByMonth } from "../../src/lib/indicators/index.ts";
import type { MonthIndicators, ScopeResult } from "../../src/lib/indicators/index.ts";
import { readFixture } from "../helpers/state.ts";

// The hand-computed programme of test/fixtures/indicators (see its README for the tables).
// Every expected number below was worked out by hand from the CSVs; the arithmetic is in comments.
const programme = readFixture("test/fixtures/indicators", {
  districts: ["东城区", "西城区", "南湖区", "北山县", "高新区"],
  categories: ["产业", "基础设施", "社会民生"],
});
const months = indicatorsByMonth(programme);
const month = (m: string): MonthIndicators => {
  const found = months.find((x) => x.month === m);
  if (found === undefined) throw new Error(m);
  return found;
};
const scope = (list: ScopeResult[], name: string | null): ScopeResult => {
  const found = list.find((s) => s.name === name);
  if (found === undefined) throw new Error(String(name));
  return found;
};

describe("indicatorsByMonth(fixture)", () => {
  it("indicatorsByMonth(fixture) lists the three months with the previous month of the year", () => {
    expect(months.map((m) => [m.month, m.previous])).toEqual([
      ["2026-04", null],
      ["2026-05", "2026-04"],
      ["2026-06", "2026-05"],
    ]);
  });

  it("indicatorsByMonth(fixture) gives the programme's June indicators", () => {
    const i = month("2026-06").programme.indicators;
    expect(month("2026-06").programme.name).toBe("云溪市");
    expect(i.projects).toBe(12);
    // 50000+8000+6000+30000+12000+9000+40000+10000+20000+5000+60000+15000
    expect(i.totalInvestment).toBe(265000);
    // 10000+4000+2000 + 6000+5000+1000 + 8000+2000 + 5000+3000 + 10000+0
    expect(i.annualPlan).toBe(56000);
    // 6000+1000+2000 + 0+2500+300 + 4800+800 + 2500+1500 + 5000+0
    expect(i.ytdCompleted).toBe(26400);
    expect(i.completionRate).toBeCloseTo(26400 / 56000, 12); // 0.471428…
    expect(i.timeProgress).toBe(0.5); // 6/12
    expect(i.gap).toBeCloseTo(0.4714285714285714 - 0.5, 12); // −0.028571…
    // new: P02 P04 P07 P09 P11; started: P02 (在建) P07 P09 P11 → 4/5
    expect([i.newProjects, i.newStarted, i.startRate]).toEqual([5, 4, 0.8]);
    // due to finish: P03 (竣工, ends 2026), P05 (ends 2026), P10 (竣工); finished: P03 (已竣工) → 1/3
    expect([i.finishPlanned, i.finished]).toEqual([3, 1]);
    expect(i.finishRate).toBeCloseTo(1 / 3, 12);
    // reserve: P06 P12; started: P06 (在建 since 2026-06) → 1/2
    expect([i.reserveProjects, i.reserveStarted, i.reserveConversion]).toEqual([2, 1, 0.5]);
    // private: P01 P04 P07 P09 P11 of 12 stating it; their plans 10000+6000+8000+5000+10000 = 39000
    expect([i.privateKnown, i.privateProjects, i.privatePlan]).toEqual([12, 5, 39000]);
    expect(i.privateShareByCount).toBeCloseTo(5 / 12, 12);
    expect(i.privateShareByPlan).toBeCloseTo(39000 / 56000, 12); // 0.696428…
    // land: P01 200 + P03 30 + P04 150 + P05 40 + P07 100 + P09 300 + P11 80 = 900 亩
    // their total investment: 50000+6000+30000+12000+40000+20000+60000 = 218000 万元
    expect([i.landArea, i.landInvestment]).toEqual([900, 218000]);
    expect(i.intensity).toBeCloseTo(218000 / 900, 9); // 242.22 万元/亩
  });

  it("indicatorsByMonth(fixture) gives the June structure by category", () => {
    // 产业 P01 P04 P07 P09 P11: 10000+6000+8000+5000+10000 = 39000 → 39000/56000
    // 基础设施 P02 P05 P08 P10: 4000+5000+2000+3000 = 14000 → 0.25
    // 社会民生 P03 P06 P12: 2000+1000+0 = 3000 → 3000/56000
    const s = month("2026-06").programme.indicators.structure;
    expect(s.map((c) => [c.category, c.projects, c.annualPlan])).toEqual([
      ["产业", 5, 39000],
      ["基础设施", 4, 14000],
      ["社会民生", 3, 3000],
    ]);
    expect(s[0]?.share).toBeCloseTo(0.6964285714, 9);
    expect(s[1]?.share).toBe(0.25);
    expect(s[2]?.share).toBeCloseTo(0.0535714286, 9);
  });

  it("indicatorsByMonth(fixture) gives every district's June indicators", () => {
    const d = month("2026-06").districts;
    expect(d.map((x) => x.name)).toEqual(["东城区", "西城区", "南湖区", "北山县", "高新区"]);
    const rows = d.map((x) => [
      x.name,
      x.indicators.projects,
      x.indicators.annualPlan,
      x.indicators.ytdCompleted,
      x.indicators.newProjects,
      x.indicators.newStarted,
      x.indicators.finishPlanned,
      x.indicators.finished,
      x.indicators.reserveProjects,
      x.indicators.reserveStarted,
    ]);
    expect(rows).toEqual([
      // 东城 P01 P02 P03: plan 10000+4000+2000, ytd 6000+1000+2000; new P02 started; P03 due & finished
      ["东城区", 3, 16000, 9000, 1, 1, 1, 1, 0, 0],
      // 西城 P04 P05 P06: plan 6000+5000+1000, ytd 0+2500+300; P04 not started; P05 due (ends 2026), 在建; P06 reserve started
      ["西城区", 3, 12000, 2800, 1, 0, 1, 0, 1, 1],
      // 南湖 P07 P08: plan 8000+2000, ytd 4800+800; P07 started; nothing due to finish
      ["南湖区", 2, 10000, 5600, 1, 1, 0, 0, 0, 0],
      // 北山 P09 P10: plan 5000+3000, ytd 2500+1500; P09 started; P10 due (竣工), 在建
      ["北山县", 2, 8000, 4000, 1, 1, 1, 0, 0, 0],
      // 高新 P11 P12: plan 10000+0, ytd 5000+0; P11 started; P12 reserve, not started
      ["高新区", 2, 10000, 5000, 1, 1, 0, 0, 1, 0],
    ]);
    const rate = (name: string) => scope(d, name).indicators;
    expect(rate("东城区").completionRate).toBe(0.5625); // 9000/16000
    expect(rate("东城区").gap).toBe(0.0625); // 0.5625 − 0.5
    expect(rate("西城区").gap).toBeCloseTo(2800 / 12000 - 0.5, 12); // 7/30 − 1/2 = −4/15
    expect(rate("南湖区").gap).toBeCloseTo(0.06, 12); // 0.56 − 0.5
    expect(rate("北山县").gap).toBe(0); // 0.5 − 0.5
    expect(rate("高新区").gap).toBe(0);
    expect([rate("东城区").startRate, rate("西城区").startRate, rate("南湖区").startRate]).toEqual([1, 0, 1]);
    // finish rate: 东城 1/1, 西城 0/1, 南湖 none due → null, 北山 0/1, 高新 none due → null
    expect(d.map((x) => x.indicators.finishRate)).toEqual([1, 0, null, 0, null]);
    // reserve conversion: 西城 1/1, 高新 0/1, others none → null
    expect(d.map((x) => x.indicators.reserveConversion)).toEqual([null, 1, null, null, 0]);
  });

  it("indicatorsByMonth(fixture) gives every category's June indicators", () => {
    const c = month("2026-06").categories;
    expect(c.map((x) => x.name)).toEqual(["产业", "基础设施", "社会民生"]);
    const industry = scope(c, "产业").indicators;
    // ytd 6000+0+4800+2500+5000 = 18300 of 39000; new P04 P07 P09 P11, started P07 P09 P11
    expect([industry.ytdCompleted, industry.newProjects, industry.newStarted, industry.startRate]).toEqual([
      18300, 4, 3, 0.75,
    ]);
    expect(industry.completionRate).toBeCloseTo(18300 / 39000, 12);
    const infrastructure = scope(c, "基础设施").indicators;
    // ytd 1000+2500+800+1500 = 5800 of 14000; due P05 P10, none finished
    expect([infrastructure.ytdCompleted, infrastructure.finishPlanned, infrastructure.finishRate]).toEqual([5800, 2, 0]);
    const social = scope(c, "社会民生").indicators;
    // ytd 2000+300+0 = 2300 of 3000; due P03 finished; reserve P06 (started) P12
    expect([social.ytdCompleted, social.finishRate, social.reserveConversion]).toEqual([2300, 1, 0.5]);
  });

  it("indicatorsByMonth(fixture) gives each nature and lead department", () => {
    const n = month("2026-06").natures;
    expect(n.map((x) => [x.name, x.indicators.projects, x.indicators.annualPlan])).toEqual([
      ["new", 5, 33000], // 4000+6000+8000+5000+10000
      ["continuing", 3, 17000], // P01 P05 P08: 10000+5000+2000
      ["completing", 2, 5000], // P03 P10: 2000+3000
      ["preparatory", 2, 1000], // P06 P12: 1000+0
    ]);
    const departments = month("2026-06").departments;
    // 市工业和信息化局: P01 P04 P11 → plan 26000, ytd 6000+0+5000
    const it = scope(departments, "市工业和信息化局").indicators;
    expect([it.projects, it.annualPlan, it.ytdCompleted]).toEqual([3, 26000, 11000]);
    // 市住房和城乡建设局: P02 P05 P12 → plan 4000+5000+0, ytd 1000+2500+0
    const housing = scope(departments, "市住房和城乡建设局").indicators;
    expect([housing.projects, housing.annualPlan, housing.ytdCompleted]).toEqual([3, 9000, 3500]);
    expect(departments.reduce((a, d) => a + d.indicators.projects, 0)).toBe(12);
  });

  it("indicatorsByMonth(fixture) gives the programme's April and May", () => {
    const april = month("2026-04").programme.indicators;
    // April ytd 4000+0+1500 + 0+1500+0 + 2000+800 + 500+600 + 0+0 = 10900
    expect(april.ytdCompleted).toBe(10900);
    expect(april.timeProgress).toBeCloseTo(1 / 3, 15);
    // started: P07 (actual start 2026-03) and P09 (2026-04) of the five new projects
    expect([april.newStarted, april.startRate, april.finished, april.reserveStarted]).toEqual([2, 0.4, 0, 0]);
    const may = month("2026-05").programme.indicators;
    // May ytd 5000+500+1800 + 0+2000+0 + 3000+800 + 1500+900 + 2000+0 = 17500 → 0.3125
    expect([may.ytdCompleted, may.completionRate, may.newStarted]).toEqual([17500, 0.3125, 4]);
    expect(may.gap).toBeCloseTo(0.3125 - 5 / 12, 12); // −0.104166…
  });

  it("indicatorsByMonth(fixture) gives month-on-month changes within the year", () => {
    expect(Object.values(month("2026-04").programme.change).every((v) => v === null)).toBe(true);
    const june = month("2026-06").programme.change;
    expect(june.ytdCompleted).toBe(8900); // 26400 − 17500
    expect(june.completionRate).toBeCloseTo(26400 / 56000 - 0.3125, 12); // +0.158928…
    expect(june.timeProgress).toBeCloseTo(1 / 12, 12);
    expect(june.startRate).toBe(0); // 0.8 − 0.8
    expect(june.finishRate).toBeCloseTo(1 / 3, 12); // 1/3 − 0
    expect(june.projects).toBe(0);
    const westJune = scope(month("2026-06").districts, "西城区").change;
    expect(westJune.ytdCompleted).toBe(800); // 2800 − 2000
    // 南湖 has nothing due to finish in either month: null − null
    expect(scope(month("2026-06").districts, "南湖区").change.finishRate).toBeNull();
  });
});
