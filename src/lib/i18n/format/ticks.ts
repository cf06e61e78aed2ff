import { formatLocale } from "d3";
/** Formats one number (a tick, a value label). */
export type NumberFormat = (value: number) => string;

/**
 * A fixed, machine-independent number locale for tick formats and default value labels; d3's
 * global default locale can be changed by any module, this one cannot.
 */
export const chartLocale = formatLocale({
  decimal: ".",
  thousands: ",",
  grouping: [3],
  currency: ["", ""],
  minus: "-",
});

/** Formats a d3-format specifier with {@link chartLocale}. */
export function formatSpecifier(specifier: string): NumberFormat {
  return chartLocale.format(specifier);
}

/** Default value label for rates: 0.615 → "61.5%". */
export const defaultPercent: NumberFormat = formatSpecifier(".1%");

/** Default value label for amounts: 1234.5 → "1,234.50". */
export const defaultAmount: NumberFormat = formatSpecifier(",.2f");

/** Default value label for counts and scores: 12 → "12", 81.25 → "81.3". */
export const defaultNumber: NumberFormat = formatSpecifier(",.1~f");

/** Tick format specifiers the builders put in the (plain-data) options. */
export const tickFormats = {
  percent: ".0%",
  amount: ",~f",
  count: ",~f",
} as const;
