import { renderChart } from "../charts/index.ts";
import { toCsv } from "../opendata/csvSafe.ts";
import type { EditionModel } from "./editionModel.ts";
import { boardChart, categoryChart, chartOrigin, countsChart, curveChart, type ChartView } from "./charts.ts";
import { ROUTES } from "./urls.ts";

/**
 * The charts that get an embed page and downloads (SVG, PNG, CSV of the data drawn), per edition:
 * the home page's completion curve and start/completion counts, the district board (home,
 * districts index, boards), the category chart (home, categories index) and each district's
 * completion curve. Ids are unique within an edition.
 */
export interface EmbedChart {
  id: string;
  /** The page the chart belongs to, below the edition's prefix. */
  page: string;
  chart: ChartView;
}

/** The embed id of a chart (by its key in charts.ts), or null when it has no embed. */
export function embedId(key: string): string | null {
  if (key === "curve:") return "home-curve";
  if (key === "counts:") return "home-counts";
  if (key === "board") return "district-board";
  if (key === "categories:") return "categories";
  const m = /^curve:(.+)$/.exec(key);
  return m ? `districts-${m[1]}-curve` : null;
}

export function embedCharts(site: EditionModel): EmbedChart[] {
  const out: EmbedChart[] = [
    { id: "home-curve", page: ROUTES.home, chart: curveChart(site, null) },
    { id: "home-counts", page: ROUTES.home, chart: countsChart(site) },
    { id: "district-board", page: ROUTES.boards, chart: boardChart(site) },
    { id: "categories", page: ROUTES.categories, chart: categoryChart(site) },
    ...site.districts.map((x) => ({ id: `districts-${x.slug}-curve`, page: ROUTES.district(x.slug), chart: curveChart(site, x) })),
  ];
  return out.filter((e) => !e.chart.spec.empty);
}

/** The embed of a chart view on a page, when it has one. */
export function embedOf(view: ChartView): { site: EditionModel; embed: EmbedChart } | null {
  const origin = chartOrigin(view);
  if (origin === null || view.spec.empty) return null;
  const id = embedId(origin.key);
  const embed = id === null ? undefined : embedCharts(origin.site).find((e) => e.id === id);
  return embed === undefined ? null : { site: origin.site, embed };
}

const standalone = new WeakMap<ChartView, string>();
/** The standalone SVG download (with xmlns), drawn once per chart view. */
export function chartSvg(view: ChartView): string {
  let svg = standalone.get(view);
  if (svg === undefined) standalone.set(view, (svg = renderChart(view.spec)));
  return svg;
}

/** Exactly the chart's table, as CSV with a BOM (formula-safe). */
export function chartCsv(view: ChartView): string {
  const { columns, rows } = view.spec.table;
  return toCsv(
    columns.map((c) => ({ header: c.label, value: (r: (typeof rows)[number]) => r[c.key] ?? null })),
    rows,
  );
}

/** The drawing's size, from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const w = /<svg[^>]*\swidth="([\d.]+)"/.exec(svg);
  const h = /<svg[^>]*\sheight="([\d.]+)"/.exec(svg);
  return { width: Math.round(Number(w?.[1] ?? 640)), height: Math.round(Number(h?.[1] ?? 400)) };
}
