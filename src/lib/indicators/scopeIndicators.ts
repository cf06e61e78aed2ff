import type { Month, ProjectState } from "../data/model.ts";
import { landIntensity } from "./landIntensity.ts";
import { yearOf } from "./month.ts";
import { hasStarted, isFinished, isNew, isPlannedToFinish, isReserve } from "./predicates.ts";
import { difference, ratio } from "./ratio.ts";
import { structure } from "./structure.ts";
import { count, sum } from "./sum.ts";
import { timeProgress } from "./timeProgress.ts";
import type { ScopeIndicators } from "./types.ts";

const plan = (s: ProjectState): number | null => s.annualPlan;

/**
 * Every indicator (see `INDICATORS` for the definitions) over the states of one scope in `month`.
 * An empty scope gives zero counts and sums and null rates.
 */
export function scopeIndicators(states: readonly ProjectState[], month: Month): ScopeIndicators {
  const annualPlan = sum(states, plan);
  const ytdCompleted = sum(states, (s) => s.ytdCompleted);
  const completionRate = ratio(ytdCompleted, annualPlan);
  const progress = timeProgress(month);

  const newProjects = count(states, isNew);
  const newStarted = count(states, (s) => isNew(s) && hasStarted(s));
  const year = yearOf(month);
  const finishPlanned = count(states, (s) => isPlannedToFinish(s, year));
  const finished = count(states, (s) => isPlannedToFinish(s, year) && isFinished(s));
  const reserveProjects = count(states, isReserve);
  const reserveStarted = count(states, (s) => isReserve(s) && hasStarted(s));

  // Against the projects' own schedules: only over the projects whose table gives one.
  const withSchedule = states.filter((s) => s.ytdPlanned !== null && s.ytdPlanned !== undefined);
  const scheduled = sum(withSchedule, (s) => s.ytdPlanned);
  const schedulePlan = sum(withSchedule, plan);
  const scheduledDone = sum(withSchedule, (s) => s.ytdCompleted);

  const known = states.filter((s) => s.privateInvestment !== null);
  const privateStates = known.filter((s) => s.privateInvestment === true);
  const privatePlan = sum(privateStates, plan);

  return {
    month,
    projects: states.length,
    totalInvestment: sum(states, (s) => s.totalInvestment),
    annualPlan,
    ytdCompleted,
    completionRate,
    timeProgress: progress,
    gap: difference(completionRate, progress),
    scheduledProjects: withSchedule.length,
    scheduled,
    scheduleProgress: ratio(scheduled, schedulePlan),
    scheduleGap: ratio(scheduledDone - scheduled, schedulePlan),
    newProjects,
    newStarted,
    startRate: ratio(newStarted, newProjects),
    finishPlanned,
    finished,
    finishRate: ratio(finished, finishPlanned),
    reserveProjects,
    reserveStarted,
    reserveConversion: ratio(reserveStarted, reserveProjects),
    privateKnown: known.length,
    privateProjects: privateStates.length,
    privateShareByCount: ratio(privateStates.length, known.length),
    privatePlan,
    privateShareByPlan: ratio(privatePlan, sum(known, plan)),
    ...landIntensity(states),
    structure: structure(states),
  };
}
