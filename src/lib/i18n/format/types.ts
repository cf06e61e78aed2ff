import type { FormatLocaleObject } from "d3";
import type { Locale } from "../../config/siteConfigSchema.ts";

/** What differs between the languages (zh-CN.ts, en.ts); index.ts builds the whole formatter on it. */
export interface LocaleNumbers {
  locale: Locale;
  /** d3's number formatting for the language (grouping, the minus sign). */
  numbers: FormatLocaleObject;
  /** A date as "2026年11月3日" / "3 November 2026". */
  day(d: Date): string;
  /** An amount given in 万元: "5000万元" / "56.55亿元"; "RMB 50 million" / "RMB 5,655 million". */
  money(wan: number | null): string;
  /**
   * The size of a difference between two fractions, in percentage points with one decimal:
   * −0.219 → "21.9个百分点" / "21.9 percentage points". Unsigned: the words say the direction.
   */
  points(fraction: number | null): string;
  /** A whole number as sentences write it: "1234" / "1,234". */
  count(n: number | null): string;
  /** "2026-10" → "2026年10月" / "October 2026". */
  month(month: string | null): string;
  /** "2026-10" → "10月" / "Oct" (axes). */
  monthShort(month: string | null): string;
}
