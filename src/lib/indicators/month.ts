import type { Month } from "../data/model.ts";

/** The year of a "YYYY-MM" month. */
export function yearOf(month: Month): number {
  return Number(month.slice(0, 4));
}

/** The 1-based month number (1–12) of a "YYYY-MM" month. */
export function monthNumber(month: Month): number {
  return Number(month.slice(5, 7));
}

/** Whole months from `from` to `to` (positive when `to` is later). */
export function monthsBetween(from: Month, to: Month): number {
  return (yearOf(to) - yearOf(from)) * 12 + (monthNumber(to) - monthNumber(from));
}

/**
 * The available month before `month` in the same year, or null (none, or across a year boundary).
 * `months` is the programme's ascending list of available months; gaps are allowed.
 */
export function previousInYear(months: readonly Month[], month: Month): Month | null {
  const previous = previousAvailable(months, month);
  return previous !== null && yearOf(previous) === yearOf(month) ? previous : null;
}

/** The available month before `month` (any year), or null. */
export function previousAvailable(months: readonly Month[], month: Month): Month | null {
  let found: Month | null = null;
  for (const m of months) if (m < month && (found === null || m > found)) found = m;
  return found;
}
