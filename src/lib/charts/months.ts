const monthPattern = /^(\d{4})-(\d{2})$/;

/** The 12 months of `year` as "YYYY-MM". */
export function yearMonths(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
}

/** The month number 1–12 of "YYYY-MM", or null when `month` is not in that form. */
export function monthNumber(month: string): number | null {
  const match = monthPattern.exec(month);
  if (match === null) return null;
  const m = Number(match[2]);
  return m >= 1 && m <= 12 ? m : null;
}

/** Distinct months in ascending order ("YYYY-MM" sorts as text). */
export function sortedMonths(months: readonly string[]): string[] {
  return [...new Set(months)].sort();
}

/**
 * Month labels for an ordinal axis: `format(month)` for each, or the months themselves when the
 * formatted labels are not unique (e.g. "1月" of two years), which would merge points.
 */
export function monthLabels(months: readonly string[], format: (month: string) => string): string[] {
  const labels = months.map(format);
  return new Set(labels).size === labels.length ? labels : [...months];
}
