import type { Month } from "../data/model.ts";
import { monthNumber, yearOf } from "../indicators/month.ts";
import type { BoardMonth, PeriodSummary } from "./periodSummary.ts";
import { periodSummary } from "./periodSummary.ts";

/** 半年一总结: the first half's board (June's), and what changed over the half. */
export type HalfYearSummary = PeriodSummary;

/** 全年列榜单: the year's board (December's), or the latest month's so far, marked provisional. */
export interface YearBoard extends PeriodSummary {
  /** True unless the board is December's: the year is not over (or December has no data). */
  provisional: boolean;
}

/**
 * The half-year summary of `year`: June's board with its flags, and each ranked scope's rank and key
 * figures at the year's first month with data against June (`PeriodSummary`). Null without June data.
 */
export function halfYearSummary(months: readonly BoardMonth[], year: number): HalfYearSummary | null {
  return periodSummary(months, `${year}-06`);
}

/**
 * The year's board of `year`: December's when it has data, else the latest month's of the year,
 * marked provisional; with the changes since the year's first month. Null when the year has no data.
 */
export function yearBoard(months: readonly BoardMonth[], year: number): YearBoard | null {
  let latest: Month | null = null;
  for (const m of months) if (yearOf(m.month) === year && (latest === null || m.month > latest)) latest = m.month;
  if (latest === null) return null;
  const summary = periodSummary(months, latest);
  return summary === null ? null : { ...summary, provisional: monthNumber(latest) !== 12 };
}

/** The calendar boards an edition carries. */
export interface EditionCalendar {
  /** Its half-year summary, in a June edition only; else null. */
  halfYear: HalfYearSummary | null;
  /** Its year's board so far (provisional unless the edition is December's). */
  year: YearBoard | null;
}

/**
 * The calendar boards of the edition of `month`, from the months up to it only (an edition never
 * shows a later month): a June edition carries its half-year summary; every edition carries its
 * year's board so far, provisional unless it is December.
 */
export function editionCalendar(months: readonly BoardMonth[], month: Month): EditionCalendar {
  const upTo = months.filter((m) => m.month <= month);
  const year = yearOf(month);
  return {
    halfYear: monthNumber(month) === 6 ? halfYearSummary(upTo, year) : null,
    year: yearBoard(upTo, year),
  };
}
