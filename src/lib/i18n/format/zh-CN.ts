import { formatLocale, timeFormatLocale } from "d3";
import { fixed, isLarge, monthParts, NOT_APPLICABLE, trimZeros, WAN_PER_YI } from "./numbers.ts";
import type { LocaleNumbers } from "./types.ts";

/**
 * How figures read in Chinese. Amounts come in 万元 (the model's unit): below 1亿 as 万元 with up
 * to two decimals and no grouping ("5000万元", "1234.5万元"); from 1亿 up as 亿元 with exactly two
 * decimals ("56.55亿元"). Counts in sentences are not grouped ("1234个"); tables group them.
 */
const numbers = formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["¥", ""], minus: "−" });
const time = timeFormatLocale({
  dateTime: "%x %A %X",
  date: "%Y年%-m月%-d日",
  time: "%H:%M:%S",
  periods: ["上午", "下午"],
  days: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
  shortDays: ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
  months: ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"],
  shortMonths: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
});

export const zhCN: LocaleNumbers = {
  locale: "zh-CN",
  numbers,
  day: time.utcFormat("%Y年%-m月%-d日"),
  money: (wan) => (wan === null || !Number.isFinite(wan) ? NOT_APPLICABLE : isLarge(wan) ? `${fixed(wan / WAN_PER_YI, 2)}亿元` : `${trimZeros(fixed(wan, 2))}万元`),
  points: (fraction) => (fraction === null || !Number.isFinite(fraction) ? NOT_APPLICABLE : `${fixed(Math.abs(fraction) * 100, 1)}个百分点`),
  count: (n) => (n === null || !Number.isFinite(n) ? NOT_APPLICABLE : fixed(n, 0)),
  month: (m) => {
    const p = monthParts(m);
    return p === null ? NOT_APPLICABLE : `${p.year}年${p.month}月`;
  },
  monthShort: (m) => {
    const p = monthParts(m);
    return p === null ? NOT_APPLICABLE : `${p.month}月`;
  },
};
