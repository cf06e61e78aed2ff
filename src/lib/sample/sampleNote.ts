import type { ProjectState } from "../data/model.ts";
import type { SampleProgramme } from "./generateProgramme.ts";

function yi(wan: number): string {
  return (wan / 10000).toFixed(2);
}

function pct(x: number): string {
  return (x * 100).toFixed(1);
}

function rate(states: readonly ProjectState[]): number {
  const plan = states.reduce((a, s) => a + (s.annualPlan ?? 0), 0);
  const ytd = states.reduce((a, s) => a + (s.ytdCompleted ?? 0), 0);
  return plan === 0 ? 0 : ytd / plan;
}

const STARTED = new Set(["under-construction", "completed", "suspended"]);

/**
 * The office's commentary for a month (`data/notes/YYYY-MM.md`): a short fictional text whose
 * figures are computed from the sample with the definitions of SPEC §4.
 */
export function sampleNote(programme: SampleProgramme, month: string): string {
  const entry = programme.months.find((m) => m.month === month);
  if (!entry) throw new Error(`sampleNote: no table for ${month}`);
  const states = entry.states;
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const total = rate(states);
  const gap = (total - m / 12) * 100;
  const ytd = states.reduce((a, s) => a + (s.ytdCompleted ?? 0), 0);
  const planned = states.filter((s) => s.nature === "new");
  const started = planned.filter((s) => s.status !== null && STARTED.has(s.status));
  const finishing = states.filter((s) => s.nature === "completing" || s.period?.endYear === year);
  const finished = finishing.filter((s) => s.status === "completed");
  const districts = programme.districts
    .map((d) => ({ d, r: rate(states.filter((s) => s.district === d)) }))
    .sort((a, b) => b.r - a.r || a.d.localeCompare(b.d));
  const top = districts.slice(0, 2).map((x) => `${x.d}（${pct(x.r)}%）`);
  const bottom = districts.slice(-2).map((x) => `${x.d}（${pct(x.r)}%）`);
  const stalled = states.filter((s) => s.status === "suspended").length;
  const range = m === 1 ? "1月" : `1-${m}月`;

  return `# ${year}年${range}${programme.region}重点项目推进情况

${range}，全市${states.length}个重点项目完成投资${yi(ytd)}亿元，占年度计划的${pct(total)}%，${gap >= 0 ? "快于" : "慢于"}时序进度${Math.abs(gap).toFixed(1)}个百分点。

- 计划新开工项目${planned.length}个，已开工${started.length}个，开工率${pct(planned.length ? started.length / planned.length : 0)}%。
- 计划竣工项目${finishing.length}个，已竣工${finished.length}个。
- 停工项目${stalled}个，市重点项目办已逐一列出问题清单，由责任单位限期协调解决。

分县区看，${top.join("、")}投资完成率居前；${bottom.join("、")}进度相对滞后，需加快要素保障、倒排工期。

下一步，市重点项目办将继续实行“月调度、季通报”，对连续两个月投资无进展的项目开展专项督导。

*本文为示例数据的虚构说明，${programme.region}及文中单位、项目均为虚构。*
`;
}
