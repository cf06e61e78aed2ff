import { describe, expect, it } from "vitest";
import { generateProgramme } from "../../src/lib/sample/generateProgramme.ts";
import { sampleNote } from "../../src/lib/sample/sampleNote.ts";

const programme = generateProgramme({ seed: 3, projects: 40, years: [2026], lastMonth: "2026-10" });

describe("sampleNote", () => {
  it("sampleNote(programme, month) states the month's completion rate against time progress", () => {
    const oct = programme.months.at(-1)!.states;
    const rate = oct.reduce((a, s) => a + s.ytdCompleted!, 0) / oct.reduce((a, s) => a + s.annualPlan!, 0);
    const note = sampleNote(programme, "2026-10");
    expect(note).toMatch(/^# 2026年1-10月星湾市重点项目推进情况\n/);
    expect(note).toContain(`全市${oct.length}个重点项目`);
    expect(note).toContain(`占年度计划的${(rate * 100).toFixed(1)}%`);
    expect(note).toContain(`${rate >= 10 / 12 ? "快于" : "慢于"}时序进度${Math.abs((rate - 10 / 12) * 100).toFixed(1)}个百分点`);
  });

  it("sampleNote(programme, month without a table) throws", () => {
    expect(() => sampleNote(programme, "2026-11")).toThrow(/2026-11/);
  });
});
