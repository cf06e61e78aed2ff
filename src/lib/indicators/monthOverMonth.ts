import { difference } from "./ratio.ts";
import type { IndicatorChange, IndicatorId, ScopeIndicators } from "./types.ts";

/** The numeric indicators, in the order of their definitions. */
export const INDICATOR_IDS = [
  "projects",
  "totalInvestment",
  "annualPlan",
  "ytdCompleted",
  "completionRate",
  "timeProgress",
  "gap",
  "scheduledProjects",
  "scheduled",
  "scheduleProgress",
  "scheduleGap",
  "newProjects",
  "newStarted",
  "startRate",
  "finishPlanned",
  "finished",
  "finishRate",
  "reserveProjects",
  "reserveStarted",
  "reserveConversion",
  "privateKnown",
  "privateProjects",
  "privateShareByCount",
  "privatePlan",
  "privateShareByPlan",
  "landArea",
  "landInvestment",
  "intensity",
] as const satisfies readonly IndicatorId[];

/**
 * Month-on-month change of every numeric indicator: current − previous, in the indicator's own unit
 * (a rate's change is a fraction, shown as percentage points). Null where either side is null, and
 * everywhere when there is no previous month (pass null: none, or across a year boundary).
 */
export function monthOverMonth(current: ScopeIndicators, previous: ScopeIndicators | null): IndicatorChange {
  const change = {} as IndicatorChange;
  for (const id of INDICATOR_IDS) change[id] = previous === null ? null : difference(current[id], previous[id]);
  return change;
}
