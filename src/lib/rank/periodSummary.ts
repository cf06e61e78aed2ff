import type { Month } from "../data/model.ts";
import { yearOf } from "../indicators/month.ts";
import { difference } from "../indicators/ratio.ts";
import type { ScopeIndicators } from "../indicators/types.ts";
import type { Board } from "./board.ts";
import type { Flag } from "./flags.ts";
import type { Riser } from "./risers.ts";
import { risers } from "./risers.ts";

/** One month's board and the indicators of its scopes (a district month, or a department month). */
export interface BoardMonth {
  month: Month;
  board: Board;
  /** `MonthComputed.districts` for the district board, the month's named scopes for departments. */
  scopes: ReadonlyArray<{ name: string | null; indicators: ScopeIndicators }>;
}

/** A scope's place and key figures in one month. */
export interface KeyFigures {
  month: Month;
  /** Null when the scope was not ranked that month (a department under `minProjects`). */
  rank: number | null;
  score: number | null;
  flag: Flag | null;
  projects: number;
  annualPlan: number;
  ytdCompleted: number;
  completionRate: number | null;
  gap: number | null;
  startRate: number | null;
  finishRate: number | null;
}

/** What changed for one scope over a period: its figures at the start and at the end. */
export interface PeriodEntry {
  name: string;
  /** At the period's first month; null when there is none or the scope had no projects then. */
  start: KeyFigures | null;
  /** At the period's last month (the board's). */
  end: KeyFigures;
  /** start.rank − end.rank: positive when the scope rose; null without a start rank. */
  rankChange: number | null;
  /** end − start (rates as fractions); null where either side is. */
  change: Record<"score" | "completionRate" | "gap" | "startRate" | "finishRate", number | null>;
  /** Monthly red and yellow flags the scope received over the period's months (the last included). */
  redFlags: number;
  yellowFlags: number;
}

/** A board over a period of one year (the half, the year so far) and what changed over it. */
export interface PeriodSummary {
  year: number;
  /** The months of the period with data, ascending; the board's month is the last. */
  months: Month[];
  /** The first of them when it is earlier than the board's month, else null (nothing to compare). */
  from: Month | null;
  /** The board as at the period's last month, with its flags. */
  board: Board;
  /** Every scope on that board, in the board's order. */
  entries: PeriodEntry[];
  /**
   * Every scope that rose from `from` to the board's month, largest gain first (ties share a place;
   * not cut to a board size). `previousRank` is the rank at `from`, `districtRank` the board's.
   */
  risers: Riser[];
}

const ascending = (a: BoardMonth, b: BoardMonth): number => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0);

/** A month's scopes and board entries by name, for looking many up. */
function indexed(m: BoardMonth) {
  return {
    month: m.month,
    scopes: new Map(m.scopes.map((s) => [s.name, s.indicators])),
    entries: new Map(m.board.entries.map((e) => [e.name, e])),
  };
}

function figures(m: ReturnType<typeof indexed>, name: string): KeyFigures | null {
  const i = m.scopes.get(name);
  if (i === undefined || i.projects === 0) return null;
  const entry = m.entries.get(name);
  return {
    month: m.month,
    rank: entry?.rank ?? null,
    score: entry?.score ?? null,
    flag: entry?.flag ?? null,
    projects: i.projects,
    annualPlan: i.annualPlan,
    ytdCompleted: i.ytdCompleted,
    completionRate: i.completionRate,
    gap: i.gap,
    startRate: i.startRate,
    finishRate: i.finishRate,
  };
}

/** How many of the months flagged each scope red and yellow. */
function flagCounts(period: readonly BoardMonth[]): Map<string, { red: number; yellow: number }> {
  const counts = new Map<string, { red: number; yellow: number }>();
  for (const m of period) {
    for (const e of m.board.entries) {
      if (e.flag === null) continue;
      const c = counts.get(e.name) ?? { red: 0, yellow: 0 };
      c[e.flag] += 1;
      counts.set(e.name, c);
    }
  }
  return counts;
}

/**
 * The board of `last` and the changes since the first month of its year with data, over the
 * months of that year up to `last`. Null when `last` has no data.
 */
export function periodSummary(months: readonly BoardMonth[], last: Month): PeriodSummary | null {
  const year = yearOf(last);
  const period = months.filter((m) => yearOf(m.month) === year && m.month <= last).sort(ascending);
  const end = period[period.length - 1];
  if (end === undefined || end.month !== last) return null;
  const first = period[0]!;
  const from = first.month < last ? first : null;
  const counts = flagCounts(period);
  const atEnd = indexed(end);
  const atStart = from === null ? null : indexed(from);
  const entries = end.board.entries.map((e): PeriodEntry => {
    const endFigures = figures(atEnd, e.name) ?? { ...emptyFigures(end.month), rank: e.rank, score: e.score, flag: e.flag };
    const start = atStart === null ? null : figures(atStart, e.name);
    return {
      name: e.name,
      start,
      end: endFigures,
      rankChange: start === null || start.rank === null ? null : start.rank - e.rank,
      change: {
        score: difference(endFigures.score, start?.score ?? null),
        completionRate: difference(endFigures.completionRate, start?.completionRate ?? null),
        gap: difference(endFigures.gap, start?.gap ?? null),
        startRate: difference(endFigures.startRate, start?.startRate ?? null),
        finishRate: difference(endFigures.finishRate, start?.finishRate ?? null),
      },
      redFlags: counts.get(e.name)?.red ?? 0,
      yellowFlags: counts.get(e.name)?.yellow ?? 0,
    };
  });
  const moved = end.board.entries.map((e, k) => {
    const previousRank = entries[k]?.start?.rank ?? null;
    return { ...e, previousRank, rankChange: previousRank === null ? null : previousRank - e.rank };
  });
  return { year, months: period.map((m) => m.month), from: from?.month ?? null, board: end.board, entries, risers: risers(moved, Infinity) };
}

/** Figures of a ranked scope missing from the month's indicators (a board built by hand). */
function emptyFigures(month: Month): KeyFigures {
  return {
    month,
    rank: null,
    score: null,
    flag: null,
    projects: 0,
    annualPlan: 0,
    ytdCompleted: 0,
    completionRate: null,
    gap: null,
    startRate: null,
    finishRate: null,
  };
}
