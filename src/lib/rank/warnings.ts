import type { SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month, ProjectState } from "../data/model.ts";
import { compareNames } from "../indicators/compareNames.ts";
import { monthsBetween } from "../indicators/month.ts";
import { hasStarted, isNew } from "../indicators/predicates.ts";
import { timeProgress } from "../indicators/timeProgress.ts";
import { roundScore } from "./competitionRank.ts";

export type WarningLevel = "red" | "yellow";
export type Thresholds = SiteConfig["warnings"];

export interface BehindNumbers {
  annualPlan: number;
  ytdCompleted: number;
  completionRate: number;
  timeProgress: number;
  /** completionRate − timeProgress (a fraction, negative when behind). */
  gap: number;
  /** (timeProgress − completionRate) × 100, rounded to 1e-9: what is compared with the thresholds. */
  pointsBehind: number;
  /**
   * Measured against the project's own schedule (`timeProgress` is then its scheduled share of the
   * plan, and `scheduled` the amount); absent when against time progress (and in older records).
   */
  scheduled?: number;
}

export interface LateStartNumbers {
  plannedStart: Month;
  /** Whole months from the planned start to this month. */
  monthsLate: number;
}

export interface StalledNumbers {
  /** The window: the earlier months and this one, ascending. */
  months: Month[];
  /** Year-to-date investment in each month of the window (万元). */
  ytdCompleted: number[];
}

interface WarningBase {
  month: Month;
  key: string;
  name: string;
  district: string;
  level: WarningLevel;
}

/** A project warning (预警) with the numbers behind it (narrative/warningReason.ts says why in words). */
export type ProjectWarning = WarningBase &
  (
    | { kind: "behind"; numbers: BehindNumbers }
    | { kind: "late-start"; numbers: LateStartNumbers }
    | { kind: "stalled"; numbers: StalledNumbers }
  );
export type WarningKind = ProjectWarning["kind"];



/**
 * Behind time progress: yellow when `yellowBehindPoints`–`redBehindPoints` points behind (both
 * inclusive), red when more than `redBehindPoints`. Only projects with an annual plan above 0 and a
 * year-to-date figure.
 */
export function behindWarning(state: ProjectState, thresholds: Thresholds): ProjectWarning | null {
  const { annualPlan, ytdCompleted } = state;
  if (annualPlan === null || !(annualPlan > 0) || ytdCompleted === null || !Number.isFinite(ytdCompleted)) return null;
  // Against the project's own schedule when site.yaml says so and the table gives one.
  const ownSchedule = thresholds.against === "own-schedule" && state.ytdPlanned !== null && state.ytdPlanned !== undefined;
  const progress = ownSchedule ? state.ytdPlanned! / annualPlan : timeProgress(state.month);
  const completionRate = ytdCompleted / annualPlan;
  const pointsBehind = roundScore((progress - completionRate) * 100);
  const level: WarningLevel | null =
    pointsBehind > thresholds.redBehindPoints ? "red" : pointsBehind >= thresholds.yellowBehindPoints ? "yellow" : null;
  if (level === null) return null;
  const numbers: BehindNumbers = { annualPlan, ytdCompleted, completionRate, timeProgress: progress, gap: completionRate - progress, pointsBehind };
  if (ownSchedule) numbers.scheduled = state.ytdPlanned!;
  // Fields written out: spreading a helper's object here made warnings 10× slower.
  const { month, key, name, district } = state;
  return { month, key, name, district, level, kind: "behind", numbers };
}

/** Late start: a 新开工 project not started `lateStartMonths` or more months after its planned start (red). */
export function lateStartWarning(state: ProjectState, thresholds: Thresholds): ProjectWarning | null {
  if (!isNew(state) || state.plannedStart === null || hasStarted(state)) return null;
  const monthsLate = monthsBetween(state.plannedStart, state.month);
  if (monthsLate < thresholds.lateStartMonths) return null;
  const plannedStart = state.plannedStart;
  const { month, key, name, district } = state;
  return { month, key, name, district, level: "red", kind: "late-start", numbers: { plannedStart, monthsLate } };
}

/**
 * Stalled (yellow): the year-to-date figure did not grow at any step across this month and the
 * `stalledMonths` available months before it in the same year (`earlier`, ascending; undefined where
 * the project is missing). Needs all of them; completed projects and projects without an annual plan
 * above 0 (not expected to invest) are skipped.
 */
export function stalledWarning(
  state: ProjectState,
  earlier: ReadonlyArray<ProjectState | undefined>,
  thresholds: Thresholds,
): ProjectWarning | null {
  if (state.status === "completed" || state.annualPlan === null || !(state.annualPlan > 0)) return null;
  if (earlier.length < thresholds.stalledMonths) return null;
  const window = [...earlier.slice(earlier.length - thresholds.stalledMonths), state];
  const values: number[] = [];
  for (const s of window) {
    if (s === undefined || s.ytdCompleted === null) return null;
    values.push(s.ytdCompleted);
  }
  if (values.some((v, i) => i > 0 && v > (values[i - 1] ?? v))) return null;
  const months = window.map((s) => s?.month ?? state.month);
  const { month, key, name, district } = state;
  return { month, key, name, district, level: "yellow", kind: "stalled", numbers: { months, ytdCompleted: values } };
}

const KIND_ORDER: Record<WarningKind, number> = { behind: 0, "late-start": 1, stalled: 2 };

/** Red before yellow, then by kind, then by project name and key: never by input order. */
export function compareWarnings(a: ProjectWarning, b: ProjectWarning): number {
  return (
    Number(a.level === "yellow") - Number(b.level === "yellow") ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareNames(a.name, b.name) ||
    compareNames(a.key, b.key)
  );
}

/**
 * Every warning of a month. `earlierMonths` holds the states of the available months before this one
 * in the same year, ascending, keyed by project key (only the last `stalledMonths` are used).
 */
export function monthWarnings(
  states: readonly ProjectState[],
  earlierMonths: ReadonlyArray<ReadonlyMap<string, ProjectState>>,
  thresholds: Thresholds,
): ProjectWarning[] {
  const out: ProjectWarning[] = [];
  const recent = earlierMonths.slice(Math.max(0, earlierMonths.length - thresholds.stalledMonths));
  for (const s of states) {
    const earlier = recent.map((m) => m.get(s.key));
    for (const w of [behindWarning(s, thresholds), lateStartWarning(s, thresholds), stalledWarning(s, earlier, thresholds)]) {
      if (w !== null) out.push(w);
    }
  }
  return out.sort(compareWarnings);
}
