import type { ProjectState } from "../data/model.ts";
import type { SampleProgramme } from "./generateProgramme.ts";

/** What the sample's one corrected edition got wrong at first, and the office's note on it. */
export interface SampleCorrection {
  month: string;
  /** The month's table as first published: one project's investment under-reported. */
  asFirstPublished: ProjectState[];
  /** The reason printed on every page of the revision. */
  note: string;
  /** The dates of the first publication and of the revision (YYYY-MM-DD). */
  published: string;
  revised: string;
}

/** 3000万元, the amount the sample's first publication left out. */
const MISSING = 3000;

/** The month after `month` (YYYY-MM), on day `day`. */
export function dayOfNextMonth(month: string, day: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return `${next}-${String(day).padStart(2, "0")}`;
}

/**
 * The sample's corrected edition, so that a newcomer sees what revisions are for: June of the
 * last year (the half-year table) was first published with one project's year-to-date investment
 * short by 3000万元, then corrected. The project is the first, by id, with at least that much
 * invested in the month itself (so the month's own figure stays positive when it is left out).
 */
export function sampleCorrection(programme: SampleProgramme): SampleCorrection | null {
  const lastYear = programme.months.at(-1)?.month.slice(0, 4);
  const month = `${lastYear}-06`;
  const entry = programme.months.find((m) => m.month === month);
  if (entry === undefined || programme.months.at(-1)?.month === month) return null;
  const wrong = [...entry.states]
    .filter((s) => s.id !== null && (s.ytdCompleted ?? 0) >= 2 * MISSING && (s.monthCompleted === null || s.monthCompleted >= MISSING))
    .sort((a, b) => (a.id! < b.id! ? -1 : 1))[0];
  if (wrong === undefined) return null;
  const less = (v: number | null) => (v === null ? null : Math.round((v - MISSING) * 100) / 100);
  const asFirstPublished = entry.states.map((s) =>
    s === wrong ? { ...s, ytdCompleted: less(s.ytdCompleted), cumulativeCompleted: less(s.cumulativeCompleted), monthCompleted: s.monthCompleted === null ? null : less(s.monthCompleted) } : s,
  );
  const m = Number(month.slice(5));
  return {
    month,
    asFirstPublished,
    note: `${wrong.name}（${wrong.district}）1-${m}月完成投资漏报${MISSING}万元，已按业主单位补报的数据更正，全市及${wrong.district}的完成率、排名随之调整。`,
    published: dayOfNextMonth(month, 8),
    revised: dayOfNextMonth(month, 20),
  };
}
