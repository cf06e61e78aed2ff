/**
 * The number primitives every locale's formatter is made of (zh-CN.ts, en.ts): rounding without
 * a negative zero, trimming zeros, grouping thousands; and what the two languages share.
 */

/** Shown for a value that is not given or does not apply (a rate over nothing). */
export const NOT_APPLICABLE = "—";

/** 万元 in 1亿元. */
export const WAN_PER_YI = 10_000;

/** x.toFixed(digits), without a minus sign on a value that rounds to zero. */
export function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return s.charCodeAt(0) === 45 && !/[1-9]/.test(s) ? s.slice(1) : s;
}

/** Drop trailing zeros after the decimal point ("5000.00" → "5000", "12.50" → "12.5"). */
export function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/** Thousands separators on the integer part ("5655.5" → "5,655.5"). */
export function group(s: string): string {
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

/** Whether an amount in 万元 is shown in 亿元 (from 1亿 up, after rounding to two decimals). */
export function isLarge(wan: number): boolean {
  return Math.abs(Number(wan.toFixed(2))) >= WAN_PER_YI;
}

/** A fraction as a percentage with one decimal: 0.615 → "61.5%" (the same in both languages). */
export function formatPercent(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return NOT_APPLICABLE;
  return `${fixed(fraction * 100, 1)}%`;
}

/** A composite score (0–100) with one decimal: "85.3". */
export function formatScore(score: number | null): string {
  if (score === null || !Number.isFinite(score)) return NOT_APPLICABLE;
  return fixed(score, 1);
}

/** The sign a difference of fractions shows once rounded to the points formatters' precision: -1, 0 or 1. */
export function pointsDirection(fraction: number): -1 | 0 | 1 {
  const rounded = Number(fixed(fraction * 100, 1));
  return rounded > 0 ? 1 : rounded < 0 ? -1 : 0;
}

/** A YYYY-MM month as its year and month numbers, or null when it is not one. */
export function monthParts(month: string | null): { year: number; month: number } | null {
  if (month === null || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}
