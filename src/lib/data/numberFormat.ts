/**
 * What a workbook cell's number format says about its number: a date, a date with a time of
 * day, a percentage, or a plain number. Excel stores dates as day serials and percentages as
 * fractions; only the format tells.
 */
export type FormatKind = "date" | "datetime" | "percent" | "number";

/** The format's code with quoted text, escapes and [colour]/[$-804] brackets removed. */
function tokens(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
}

export function formatKind(format: string | undefined): FormatKind {
  if (format === undefined || format === "" || /^general$/i.test(format) || format === "@") return "number";
  // Only the first section (positive numbers) matters.
  const code = tokens(format).split(";")[0]!;
  const time = /[hs]/i.test(code) || /AM\/PM|A\/P/i.test(code);
  // "m" is a month unless the format has a time (then h:mm is minutes).
  const date = /[yd]/i.test(code) || (/m/i.test(code) && !time);
  if (date && time) return "datetime";
  if (date) return "date";
  if (time) return "datetime";
  if (code.includes("%")) return "percent";
  return "number";
}

const DAY_MS = 86_400_000;
/** 1899-12-30, the day before Excel's serial 1 once its fictitious 1900-02-29 is accounted for. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Days between the 1900 and 1904 date systems. */
const DAYS_1904 = 1462;

/**
 * The calendar day of an Excel date serial, with no time zone involved. A date-only format
 * rounds to the nearest day: a serial a few hours off a midnight is a date written by a
 * program in another time zone (16:00 of the day before, from UTC+8), not a time.
 */
export function serialDate(serial: number, opts: { date1904?: boolean; round?: boolean } = {}): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  let days = opts.round === false ? Math.floor(serial) : Math.round(serial);
  if (opts.date1904) days += DAYS_1904;
  // Serials below 60 come before Excel's fictitious 1900-02-29.
  else if (days < 60) days += 1;
  const d = new Date(EPOCH_1900 + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
