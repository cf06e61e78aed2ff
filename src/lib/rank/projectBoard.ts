import type { Month, ProjectState } from "../data/model.ts";
import { compareNames } from "../indicators/compareNames.ts";
import { timeProgress } from "../indicators/timeProgress.ts";
import { competitionRank } from "./competitionRank.ts";

export interface ProjectBoardEntry {
  key: string;
  name: string;
  district: string;
  rank: number;
  annualPlan: number;
  ytdCompleted: number;
  /** ytdCompleted ÷ annualPlan. */
  completionRate: number;
  timeProgress: number;
  /** completionRate − timeProgress (fraction; ×100 for points), rounded to 1e-9. */
  gap: number;
}

/**
 * The project board: projects with an annual plan above 0 and a year-to-date figure, ranked by
 * completion rate − time progress, highest first; ties share a rank and are listed by name, then key.
 */
export function projectBoard(states: readonly ProjectState[], month: Month): ProjectBoardEntry[] {
  const progress = timeProgress(month);
  const rows = states.flatMap((s) =>
    s.annualPlan !== null && s.annualPlan > 0 && s.ytdCompleted !== null && Number.isFinite(s.ytdCompleted)
      ? [{ state: s, annualPlan: s.annualPlan, ytdCompleted: s.ytdCompleted, completionRate: s.ytdCompleted / s.annualPlan }]
      : [],
  );
  return competitionRank(
    rows,
    (r) => r.completionRate - progress,
    (a, b) => compareNames(a.state.name, b.state.name) || compareNames(a.state.key, b.state.key),
  ).map(({ item, rank, score }) => ({
    key: item.state.key,
    name: item.state.name,
    district: item.state.district,
    rank,
    annualPlan: item.annualPlan,
    ytdCompleted: item.ytdCompleted,
    completionRate: item.completionRate,
    timeProgress: progress,
    gap: score,
  }));
}
