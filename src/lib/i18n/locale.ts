import { formatLocale, timeFormatLocale, type FormatLocaleDefinition, type TimeLocaleDefinition } from "d3";
import type { Locale } from "../config/siteConfigSchema.ts";

/**
 * Number and date conventions of the two site languages, written here rather than fetched
 * (d3 ships the same definitions, but the build must not depend on reading them at run time).
 * Money, percentages and points use the narrative formatters (src/lib/narrative/format.ts) so
 * that a figure reads the same in a sentence and in a table; this file covers everything else.
 */
export const NUMBER_LOCALES: Record<Locale, FormatLocaleDefinition> = {
  "zh-CN": { decimal: ".", thousands: ",", grouping: [3], currency: ["¥", ""], minus: "−" },
  en: { decimal: ".", thousands: ",", grouping: [3], currency: ["¥", ""], minus: "−" },
};

export const TIME_LOCALES: Record<Locale, TimeLocaleDefinition> = {
  "zh-CN": {
    dateTime: "%x %A %X",
    date: "%Y年%-m月%-d日",
    time: "%H:%M:%S",
    periods: ["上午", "下午"],
    days: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
    shortDays: ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
    months: ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"],
    shortMonths: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
  },
  en: {
    dateTime: "%x, %X",
    date: "%-d %B %Y",
    time: "%H:%M",
    periods: ["AM", "PM"],
    days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  },
};

/** Month patterns: "2026年10月" / "October 2026", and the short axis form "10月" / "Oct". */
const MONTH_PATTERNS: Record<Locale, { long: string; short: string; date: string }> = {
  "zh-CN": { long: "%Y年%-m月", short: "%b", date: "%Y年%-m月%-d日" },
  en: { long: "%B %Y", short: "%b", date: "%-d %B %Y" },
};

export interface LocaleFormat {
  locale: Locale;
  /** Whole numbers with grouping: "1,234". */
  integer(n: number | null): string;
  /** Up to `digits` decimals, grouped, trailing zeros kept: "1,234.5". */
  decimal(n: number | null, digits?: number): string;
  /** A signed number with `digits` decimals: "+1.5", "−0.3", "0.0". */
  signed(n: number | null, digits?: number): string;
  /** "2026-10" → "2026年10月" / "October 2026". */
  month(month: string | null): string;
  /** "2026-10" → "10月" / "Oct". */
  monthShort(month: string | null): string;
  /** An ISO date → "2026年11月3日" / "3 November 2026". */
  date(iso: string | Date): string;
}

const NOT_GIVEN = "—";
const cache = new Map<Locale, LocaleFormat>();

function monthDate(month: string): Date {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}

/** The number and date formatters of a locale (built once per locale). */
export function localeFormat(locale: Locale): LocaleFormat {
  const hit = cache.get(locale);
  if (hit) return hit;
  const nf = formatLocale(NUMBER_LOCALES[locale]);
  const tf = timeFormatLocale(TIME_LOCALES[locale]);
  const p = MONTH_PATTERNS[locale];
  const long = tf.utcFormat(p.long);
  const short = tf.utcFormat(p.short);
  const day = tf.utcFormat(p.date);
  const intf = nf.format(",.0f");
  const ok = (n: number | null): n is number => n !== null && Number.isFinite(n);
  const f: LocaleFormat = {
    locale,
    integer: (n) => (ok(n) ? intf(n) : NOT_GIVEN),
    decimal: (n, digits = 1) => (ok(n) ? nf.format(`,.${digits}f`)(n) : NOT_GIVEN),
    signed: (n, digits = 1) => {
      if (!ok(n)) return NOT_GIVEN;
      const rounded = Number(n.toFixed(digits));
      return rounded === 0 ? (0).toFixed(digits) : nf.format(`+,.${digits}f`)(n);
    },
    month: (m) => (m && /^\d{4}-\d{2}$/.test(m) ? long(monthDate(m)) : NOT_GIVEN),
    monthShort: (m) => (m && /^\d{4}-\d{2}$/.test(m) ? short(monthDate(m)) : NOT_GIVEN),
    date: (d) => day(typeof d === "string" ? new Date(d) : d),
  };
  cache.set(locale, f);
  return f;
}
