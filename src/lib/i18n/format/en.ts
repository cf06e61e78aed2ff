import { formatLocale, timeFormatLocale } from "d3";
import { fixed, group, isLarge, monthParts, NOT_APPLICABLE, trimZeros } from "./numbers.ts";
import type { LocaleNumbers } from "./types.ts";

/**
 * How figures read in English. Amounts in million yuan, "RMB 50 million" / "RMB 5,655 million":
 * from 1亿 up whole millions, exactly the precision of the Chinese 亿元 with two decimals (0.01亿 =
 * 1 million), so both languages show the same number; below 1亿 the precision of the Chinese
 * figure (up to four decimals of a million, trailing zeros trimmed). Counts are grouped.
 */
const MONTHS: [string, string, string, string, string, string, string, string, string, string, string, string] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT: [string, string, string, string, string, string, string, string, string, string, string, string] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const numbers = formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["¥", ""], minus: "−" });
const time = timeFormatLocale({
  dateTime: "%x, %X",
  date: "%-d %B %Y",
  time: "%H:%M",
  periods: ["AM", "PM"],
  days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  shortDays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  months: MONTHS,
  shortMonths: SHORT,
});

export const en: LocaleNumbers = {
  locale: "en",
  numbers,
  day: time.utcFormat("%-d %B %Y"),
  money: (wan) => {
    if (wan === null || !Number.isFinite(wan)) return NOT_APPLICABLE;
    const million = wan / 100;
    return `RMB ${group(isLarge(wan) ? fixed(million, 0) : trimZeros(fixed(million, 4)))} million`;
  },
  points: (fraction) => (fraction === null || !Number.isFinite(fraction) ? NOT_APPLICABLE : `${fixed(Math.abs(fraction) * 100, 1)} percentage points`),
  count: (n) => (n === null || !Number.isFinite(n) ? NOT_APPLICABLE : group(fixed(n, 0))),
  month: (m) => {
    const p = monthParts(m);
    return p === null ? NOT_APPLICABLE : `${MONTHS[p.month - 1]} ${p.year}`;
  },
  monthShort: (m) => {
    const p = monthParts(m);
    return p === null ? NOT_APPLICABLE : SHORT[p.month - 1]!;
  },
};
