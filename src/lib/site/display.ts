import type { Locale } from "../config/siteConfigSchema.ts";
import type { Nature, Status } from "../data/model.ts";
import { localeFormat } from "../i18n/locale.ts";
import { NARRATIVE } from "../i18n/narrative.ts";
import { t } from "../i18n/ui.ts";
import { formatCount, formatMoney, formatPercent, formatPoints, formatScore, pointsDirection } from "../narrative/format.ts";

/** A figure and the class that colours it (the text always says the direction too). */
export interface Shown {
  text: string;
  cls: string;
}

/**
 * How figures look on the pages, in one place: money, rates and counts through the narrative
 * formatters (so a table says exactly what a sentence says), signed points and rank moves with
 * an arrow or a word as well as a colour.
 */
export function display(locale: Locale) {
  const ui = t(locale);
  const fmt = localeFormat(locale);
  const nar = NARRATIVE[locale];
  return {
    money: (wan: number | null) => formatMoney(wan, locale),
    percent: (fraction: number | null) => formatPercent(fraction),
    count: (n: number | null) => (n === null ? ui.notGiven : formatCount(n, locale)),
    score: (s: number | null) => formatScore(s),
    area: (mu: number | null) => (mu === null ? ui.notGiven : ui.projects.landUnit(fmt.decimal(mu, 1))),
    month: (m: string | null) => fmt.month(m),
    monthShort: (m: string | null) => fmt.monthShort(m),
    /** Gap to time progress in words: "快于 3.2个百分点" / "3.2 percentage points behind". */
    gap(fraction: number | null): Shown {
      if (fraction === null || !Number.isFinite(fraction)) return { text: ui.notApplicable, cls: "" };
      const d = pointsDirection(fraction);
      const pts = formatPoints(fraction, locale);
      return d > 0 ? { text: ui.fig.ahead(pts), cls: "gap-ahead" } : d < 0 ? { text: ui.fig.behind(pts), cls: "gap-behind" } : { text: ui.fig.level, cls: "" };
    },
    /** Gap as a signed figure for tables: "+3.2" / "−12.5". */
    gapSigned(fraction: number | null): Shown {
      if (fraction === null || !Number.isFinite(fraction)) return { text: ui.notApplicable, cls: "" };
      const d = pointsDirection(fraction);
      return { text: fmt.signed(fraction * 100, 1), cls: d > 0 ? "gap-ahead" : d < 0 ? "gap-behind" : "" };
    },
    /** A month-on-month change of a rate: "比上月 ▲1.2个百分点". */
    rateChange(fraction: number | null): Shown {
      if (fraction === null || !Number.isFinite(fraction)) return { text: ui.fig.noChange, cls: "delta-flat" };
      const d = pointsDirection(fraction);
      const pts = formatPoints(fraction, locale);
      return d > 0 ? { text: ui.fig.changeUp(pts), cls: "delta-up" } : d < 0 ? { text: ui.fig.changeDown(pts), cls: "delta-down" } : { text: ui.fig.changeFlat, cls: "delta-flat" };
    },
    /** A rank move: "▲ 上升2位" / "▼ down 1" / "— 持平". */
    rankChange(change: number | null, hadPrevious: boolean): Shown {
      if (change === null) return { text: hadPrevious ? ui.rankMove.new : ui.notGiven, cls: "delta-flat" };
      const n = formatCount(Math.abs(change), locale);
      return change > 0 ? { text: ui.rankMove.up(n), cls: "delta-up" } : change < 0 ? { text: ui.rankMove.down(n), cls: "delta-down" } : { text: ui.rankMove.same, cls: "delta-flat" };
    },
    /**
     * A change between two editions, signed, in the figure's own unit: "+1.2亿元", "−3", "+0.8个百分点" (points from a fraction).
     * A change that shows as zero at the figure's precision is "— 持平" / "— no change", never "0万元".
     */
    change(kind: "count" | "money" | "points", v: number | null): Shown {
      if (v === null || !Number.isFinite(v)) return { text: ui.notGiven, cls: "" };
      const size = (x: number) =>
        kind === "count" ? formatCount(x, locale) : kind === "money" ? formatMoney(x, locale) : `${fmt.decimal(x * 100, 1)}${ui.fig.pointsUnit}`;
      const magnitude = size(Math.abs(v));
      const zero = size(0);
      if (magnitude === zero) return { text: ui.changes.flat, cls: "delta-flat" };
      return v > 0 ? { text: `+${magnitude}`, cls: "delta-up" } : { text: `−${magnitude}`, cls: "delta-down" };
    },
    nature: (n: Nature | null) => (n === null ? ui.notGiven : nar.nature[n]),
    status: (s: Status | null) => (s === null ? ui.notGiven : nar.status[s]),
    yesNo: (b: boolean | null) => (b === null ? ui.notGiven : b ? ui.yes : ui.no),
    text: (s: string | null) => (s === null || s.trim() === "" ? ui.notGiven : s),
  };
}

export type Display = ReturnType<typeof display>;
