import type { Locale } from "../../config/siteConfigSchema.ts";
import type { Nature, Period, Status } from "../../data/model.ts";
import { NARRATIVE } from "../narrative.ts";
import { t } from "../ui.ts";
import { en } from "./en.ts";
import { formatPercent, formatScore, NOT_APPLICABLE, pointsDirection } from "./numbers.ts";
import type { LocaleNumbers } from "./types.ts";
import { zhCN } from "./zh-CN.ts";

export { formatPercent, formatScore, NOT_APPLICABLE, pointsDirection, WAN_PER_YI } from "./numbers.ts";

/** A figure and the class that colours it (the text always says the direction too). */
export interface Shown {
  text: string;
  cls: string;
}

/**
 * Every number, amount, percentage, point gap, date and coded label a reader sees, in one
 * language: sentences, tables, charts, cards and open data all format through this, so a figure
 * reads the same wherever it appears. The languages differ in zh-CN.ts and en.ts.
 */
export interface Format {
  locale: Locale;
  money(wan: number | null): string;
  /** 0.615 → "61.5%". */
  percent(fraction: number | null): string;
  /** Unsigned points with their unit in words: "21.9个百分点" / "21.9 percentage points". */
  points(fraction: number | null): string;
  /** A whole number as sentences write it: "1234" / "1,234"; "—" for none. */
  count(n: number | null): string;
  /** A composite score: "85.3". */
  score(s: number | null): string;
  /** Whole numbers grouped, as tables show them: "1,234". */
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
  /** Land area in 亩: "12.5亩" / "12.5 mu". */
  area(mu: number | null): string;
  /** The gap to time progress in words: "快于 3.2个百分点" / "3.2 percentage points behind". */
  gap(fraction: number | null): Shown;
  /** The gap as a signed figure for tables: "+3.2" / "−12.5". */
  gapSigned(fraction: number | null): Shown;
  /** A month-on-month change of a rate: "比上月 ▲1.2个百分点". */
  rateChange(fraction: number | null): Shown;
  /** A rank move: "▲ 上升2位" / "▼ down 1" / "— 持平". */
  rankChange(change: number | null, hadPrevious: boolean): Shown;
  /**
   * A change between two editions, signed, in the figure's own unit: "+1.2亿元", "−3", "+0.8个百分点"
   * (points from a fraction). A change that shows as zero at the figure's precision is "— 持平" /
   * "— no change", never "0万元".
   */
  change(kind: "count" | "money" | "points", v: number | null): Shown;
  nature(n: Nature | null): string;
  status(s: Status | null): string;
  yesNo(b: boolean | null): string;
  /** A text cell, or "—" when empty. */
  text(s: string | null): string;
  /** A construction period: "2024—2026", "2024年3月—2026年12月" / "March 2024—December 2026". */
  period(p: Period | null): string;
}

const LOCALES: Record<Locale, LocaleNumbers> = { "zh-CN": zhCN, en };
const made = new Map<Locale, Format>();

/** The formatter of a language (made once). */
export function formatFor(locale: Locale): Format {
  const hit = made.get(locale);
  if (hit) return hit;
  const n = LOCALES[locale];
  const ui = t(locale);
  const nar = NARRATIVE[locale];
  const ok = (x: number | null): x is number => x !== null && Number.isFinite(x);
  const integer = n.numbers.format(",.0f");
  const decimal = (x: number | null, digits = 1) => (ok(x) ? n.numbers.format(`,.${digits}f`)(x) : NOT_APPLICABLE);
  const periodEnd = (year: number, month: number | null) => (month === null ? String(year) : n.month(`${year}-${String(month).padStart(2, "0")}`));
  const f: Format = {
    locale,
    money: n.money,
    percent: formatPercent,
    points: n.points,
    count: n.count,
    score: formatScore,
    integer: (x) => (ok(x) ? integer(x) : NOT_APPLICABLE),
    decimal,
    signed: (x, digits = 1) => {
      if (!ok(x)) return NOT_APPLICABLE;
      return Number(x.toFixed(digits)) === 0 ? (0).toFixed(digits) : n.numbers.format(`+,.${digits}f`)(x);
    },
    month: n.month,
    monthShort: n.monthShort,
    date: (d) => n.day(typeof d === "string" ? new Date(d) : d),
    area: (mu) => (mu === null ? ui.notGiven : ui.projects.landUnit(decimal(mu, 1))),
    gap(fraction) {
      if (fraction === null || !Number.isFinite(fraction)) return { text: ui.notApplicable, cls: "" };
      const d = pointsDirection(fraction);
      const pts = n.points(fraction);
      return d > 0 ? { text: ui.fig.ahead(pts), cls: "gap-ahead" } : d < 0 ? { text: ui.fig.behind(pts), cls: "gap-behind" } : { text: ui.fig.level, cls: "" };
    },
    gapSigned(fraction) {
      if (fraction === null || !Number.isFinite(fraction)) return { text: ui.notApplicable, cls: "" };
      const d = pointsDirection(fraction);
      return { text: f.signed(fraction * 100, 1), cls: d > 0 ? "gap-ahead" : d < 0 ? "gap-behind" : "" };
    },
    rateChange(fraction) {
      if (fraction === null || !Number.isFinite(fraction)) return { text: ui.fig.noChange, cls: "delta-flat" };
      const d = pointsDirection(fraction);
      const pts = n.points(fraction);
      return d > 0 ? { text: ui.fig.changeUp(pts), cls: "delta-up" } : d < 0 ? { text: ui.fig.changeDown(pts), cls: "delta-down" } : { text: ui.fig.changeFlat, cls: "delta-flat" };
    },
    rankChange(change, hadPrevious) {
      if (change === null) return { text: hadPrevious ? ui.rankMove.new : ui.notGiven, cls: "delta-flat" };
      const c = n.count(Math.abs(change));
      return change > 0 ? { text: ui.rankMove.up(c), cls: "delta-up" } : change < 0 ? { text: ui.rankMove.down(c), cls: "delta-down" } : { text: ui.rankMove.same, cls: "delta-flat" };
    },
    change(kind, v) {
      if (v === null || !Number.isFinite(v)) return { text: ui.notGiven, cls: "" };
      const size = (x: number) => (kind === "count" ? n.count(x) : kind === "money" ? n.money(x) : `${decimal(x * 100, 1)}${ui.fig.pointsUnit}`);
      const magnitude = size(Math.abs(v));
      if (magnitude === size(0)) return { text: ui.changes.flat, cls: "delta-flat" };
      return v > 0 ? { text: `+${magnitude}`, cls: "delta-up" } : { text: `−${magnitude}`, cls: "delta-down" };
    },
    nature: (x) => (x === null ? ui.notGiven : nar.nature[x]),
    status: (x) => (x === null ? ui.notGiven : nar.status[x]),
    yesNo: (b) => (b === null ? ui.notGiven : b ? ui.yes : ui.no),
    text: (s) => (s === null || s.trim() === "" ? ui.notGiven : s),
    period: (p) => (p === null ? ui.notGiven : ui.projects.period(periodEnd(p.startYear, p.startMonth), periodEnd(p.endYear, p.endMonth))),
  };
  made.set(locale, f);
  return f;
}
