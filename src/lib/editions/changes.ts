import type { Month } from "../data/model.ts";
import type { Flag } from "../rank/flags.ts";
import type { WarningKind, WarningLevel } from "../rank/warnings.ts";

/** What changed between two editions (diff.ts computes it; content.ts keeps it with a published edition). */

/** A project as the "what changed" page names it. */
export interface ChangedProject {
  key: string;
  slug: string;
  name: string;
  district: string;
}

export interface FlagChange {
  district: string;
  /** The flag in the previous edition (null: none, or not on its board). */
  from: Flag | null;
  to: Flag | null;
}

export interface RankMove {
  district: string;
  /** Null when the district was not on that edition's board. */
  previousRank: number | null;
  rank: number | null;
}

export interface WarningChange extends ChangedProject {
  kind: WarningKind;
  level: WarningLevel;
  /** For a change of level: the level before. */
  from?: WarningLevel;
}

/** The programme indicators the page compares. */
export const DIFF_INDICATORS = [
  "completionRate",
  "gap",
  "startRate",
  "finishRate",
  "reserveConversion",
  "ytdCompleted",
  "annualPlan",
  "projects",
] as const;
export type DiffIndicator = (typeof DIFF_INDICATORS)[number];

export interface IndicatorMove {
  id: DiffIndicator;
  previous: number | null;
  current: number | null;
  /** current − previous; null when either is null, or across a year for the year-to-date indicators. */
  change: number | null;
}

/**
 * What changed between two editions: projects on and off the table, projects that started or
 * finished, flags and ranks on the district board, warnings raised, cleared or changing level,
 * and the programme's indicators. Plain JSON, so a published edition can carry its own.
 */
export interface EditionChanges {
  month: Month;
  /** The month compared with, or null for the first edition. */
  previous: Month | null;
  /** False across a new year: the year-to-date indicators restart, so their change is not given. */
  sameYear: boolean;
  added: ChangedProject[];
  removed: ChangedProject[];
  started: ChangedProject[];
  finished: ChangedProject[];
  flags: FlagChange[];
  ranks: RankMove[];
  warningsRaised: WarningChange[];
  warningsCleared: WarningChange[];
  warningsLevel: WarningChange[];
  indicators: IndicatorMove[];
}
