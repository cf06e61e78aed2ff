import type { Locale } from "../config/siteConfigSchema.ts";

/**
 * The formatters every page and sentence uses. Amounts come in 万元 (the unit of the model).
 * Chinese: below 1亿 (10 000 万元) as 万元 with up to two decimals and no grouping ("5000万元",
 * "1234.5万元"); from 1亿 up as 亿元 with exactly two decimals ("56.55亿元").
 * English: million yuan, written "RMB 50 million" / "RMB 5,655 million". From 1亿 up the English
 * figure is whole millions, which is exactly the precision of the Chinese 亿元 with two decimals
 * (0.01亿 = 1 million), so both languages show the same number; below 1亿 it keeps the precision of
 * the Chinese figure (up to four decimals of a million, trailing zeros trimmed).
 */

/** Shown for a value that does not apply (a rate over nothing). */
export const NOT_APPLICABLE = "—";

/** 万元 in 1亿元. */
export const WAN_PER_YI = 10_000;

/** x.toFixed(digits), without a minus sign on a value that rounds to zero. */
function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return s.charCodeAt(0) === 45 && !/[1-9]/.test(s) ? s.slice(1) : s;
}

/** Drop trailing zeros after the decimal point ("5000.00" → "5000", "12.50" → "12.5"). */
function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/** Thousands separators on the integer part ("5655.5" → "5,655.5"). */
function group(s: string): string {
  const dot = s.indexOf(".");
  const end = dot === -1 ? s.length : dot;
  const start = s.charCodeAt(0) === 45 ? 1 : 0; // after a minus sign
  if (end - start <= 3) return s;
  let out = s.slice(0, start);
  for (let i = start; i < end; i++) {
    if (i > start && (end - i) % 3 === 0) out += ",";
    out += s[i];
  }
  return out + s.slice(end);
}

/** An amount given in 万元: "5000万元" / "56.55亿元"; "RMB 50 million" / "RMB 5,655 million". */
export function formatMoney(wan: number | null, locale: Locale): string {
  if (wan === null || !Number.isFinite(wan)) return NOT_APPLICABLE;
  const large = Math.abs(Number(wan.toFixed(2))) >= WAN_PER_YI;
  if (locale === "en") {
    const million = wan / 100;
    return `RMB ${group(large ? fixed(million, 0) : trimZeros(fixed(million, 4)))} million`;
  }
  return large ? `${fixed(wan / WAN_PER_YI, 2)}亿元` : `${trimZeros(fixed(wan, 2))}万元`;
}

/** A fraction as a percentage with one decimal: 0.615 → "61.5%". */
export function formatPercent(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return NOT_APPLICABLE;
  return `${fixed(fraction * 100, 1)}%`;
}

/**
 * The size of a difference between two fractions, in percentage points with one decimal:
 * −0.219 → "21.9个百分点" / "21.9 percentage points". The direction (快于/慢于, up/down) is said in
 * words by the sentence, so the figure is unsigned.
 */
export function formatPoints(fraction: number | null, locale: Locale): string {
  if (fraction === null || !Number.isFinite(fraction)) return NOT_APPLICABLE;
  const figure = fixed(Math.abs(fraction) * 100, 1);
  return locale === "en" ? `${figure} percentage points` : `${figure}个百分点`;
}

/** The sign a difference shows once rounded to the points formatter's precision: -1, 0 or 1. */
export function pointsDirection(fraction: number): -1 | 0 | 1 {
  const rounded = Number(fixed(fraction * 100, 1));
  return rounded > 0 ? 1 : rounded < 0 ? -1 : 0;
}

/** A whole number: "1234" in Chinese, "1,234" in English. */
export function formatCount(n: number, locale: Locale): string {
  const s = fixed(n, 0);
  return locale === "en" ? group(s) : s;
}

/** A composite score (0–100) with one decimal: "85.3". */
export function formatScore(score: number | null): string {
  if (score === null || !Number.isFinite(score)) return NOT_APPLICABLE;
  return fixed(score, 1);
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** A "YYYY-MM" month: "2026年6月" / "June 2026". */
export function formatMonth(month: string, locale: Locale): string {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  return locale === "en" ? `${EN_MONTHS[m - 1] ?? month} ${year}` : `${year}年${m}月`;
}
