import type { FeatureCollection } from "geojson";
import {
  amountUnit,
  categoryBars,
  completionCurve,
  districtBoard,
  districtMap,
  projectHistory,
  renderChart,
  startCompletionCounts,
  type ChartSpec,
} from "../charts/index.ts";
import type { ScopeResult } from "../indicators/index.ts";
import { formatFor, formatPercent, pointsDirection } from "../i18n/format/index.ts";
import type { DistrictView, EditionModel } from "./editionModel.ts";
import type { ProjectView } from "./siteModel.ts";

/**
 * The charts of each page, built from an edition's model (its content: the month, the year's
 * history, the board) with the page's words and rendered to SVG once per build. Each chart is drawn twice from the same data: 640 px wide for screens from
 * about 40rem, and 340 px for phones (a 640 px chart scaled onto a phone shrinks its text to
 * about 6 px). CSS shows one of the two; the hidden one is display:none and so out of the
 * accessibility tree. The data table is the wide spec's.
 */
export interface ChartView {
  spec: ChartSpec;
  svg: string;
  /**
   * The same chart drawn for narrow screens ("" when the chart is empty); null when `svg` is one
   * drawing for every width (a project's small history chart: 10,000 projects would otherwise
   * cost 10,000 more drawings a build).
   */
  svgNarrow: string | null;
  formats: Record<string, (v: number) => string>;
}

export const WIDE = 640;
export const NARROW = 340;

interface Variant {
  width: number;
  narrow: boolean;
  /** The chart id for this drawing (ids inside the two SVGs must differ). */
  id(base: string): string;
}
type Make = (v: Variant) => ChartSpec;

function view(make: Make, formats: ChartView["formats"], one = false): ChartView {
  if (one) {
    // Drawn at the phone width with the phone's labels; the stylesheet grows it to 480 px on wide screens.
    const spec = make({ width: NARROW, narrow: true, id: (id) => id });
    return { spec, svg: spec.empty ? "" : inlineSvg(renderChart(spec)), svgNarrow: null, formats };
  }
  const spec = make({ width: WIDE, narrow: false, id: (id) => id });
  if (spec.empty) return { spec, svg: "", svgNarrow: "", formats };
  const narrow = make({ width: NARROW, narrow: true, id: (id) => `${id}-narrow` });
  return { spec, svg: inlineSvg(renderChart(spec)), svgNarrow: inlineSvg(renderChart(narrow)), formats };
}

/**
 * Plot labels its mark groups with aria-label ("bar", "rule"). Inside an <svg role="img"> those
 * children are presentational, and axe reports aria-label on a <g> without a role as a serious
 * violation (aria-prohibited-attr); the chart's name and description come from its <title> and
 * <desc>. So the inner labels are dropped here (the root has aria-labelledby, not aria-label).
 */
export function inlineSvg(svg: string): string {
  return svg.replace(/\s(aria-label|aria-description|aria-roledescription)="[^"]*"/g, "");
}

const memo = new WeakMap<EditionModel, Map<string, ChartView>>();
function cached(site: EditionModel, key: string, make: () => ChartView): ChartView {
  let m = memo.get(site);
  if (m === undefined) memo.set(site, (m = new Map()));
  const hit = m.get(key);
  if (hit) return hit;
  const made = make();
  m.set(key, made);
  origins.set(made, { site, key });
  return made;
}

const origins = new WeakMap<ChartView, { site: EditionModel; key: string }>();
/** Which edition and chart ("curve:", "curve:<district slug>", "board"…) a chart view was made for. */
export function chartOrigin(view: ChartView): { site: EditionModel; key: string } | null {
  return origins.get(view) ?? null;
}

/** The source line; a project's chart names its own last month, so it does not change when a later month is added. */
function source(site: EditionModel, month = site.latest.month): string {
  return site.ui.chart.sourceDefault(site.publisher ?? site.title, site.fmt.month(month));
}

/** The source line of a page's charts, for the words the search index keeps of the page (searchTexts.ts). */
export { source as chartSource };

function gapWords(site: EditionModel, gap: number | null): string {
  if (gap === null) return site.ui.notApplicable;
  const pts = formatFor(site.locale).points(gap);
  const d = pointsDirection(gap);
  return d > 0 ? site.ui.fig.ahead(pts) : d < 0 ? site.ui.fig.behind(pts) : site.ui.fig.level;
}

const count = (site: EditionModel) => (v: number) => site.fmt.integer(v);
const amount = (site: EditionModel) => (v: number) => site.fmt.decimal(v, 2);

/** The completion curve of the latest year, for the programme (district null) or a district. */
export function curveChart(site: EditionModel, district: DistrictView | null): ChartView {
  return cached(site, `curve:${district?.slug ?? ""}`, () => {
    const { ui } = site;
    const scopeOf = (m: EditionModel["yearMonths"][number]): ScopeResult | null =>
      district === null ? m.programme : (m.districts.find((d) => d.name === district.name) ?? null);
    const points = site.yearMonths.map((m) => ({ month: m.month, completionRate: scopeOf(m)?.indicators.completionRate ?? null }));
    const last = scopeOf(site.latest)?.indicators ?? null;
    const month = site.fmt.month(site.latest.month);
    return view(
      ({ width, narrow, id }) =>
        completionCurve({
          id: id("completion-curve"),
          points,
          year: site.year,
          width,
          labels: {
            title: district === null ? ui.chart.curve.title : ui.chart.curve.titleFor(district.name),
            subtitle: ui.chart.curve.subtitle(String(site.year), month),
            source: source(site),
            description: ui.chart.curve.description(
              formatPercent(last?.completionRate ?? null),
              formatPercent(last?.timeProgress ?? null),
              gapWords(site, last?.gap ?? null),
              month,
            ),
            empty: ui.chart.empty,
            x: ui.chart.month,
            y: ui.chart.completion,
            completion: ui.chart.completion,
            timeProgress: ui.chart.timeProgress,
            formatMonth: (m) => (narrow ? String(Number(m.slice(5, 7))) : site.fmt.monthShort(m)),
            formatPercent: (v) => formatPercent(v),
          },
        }),
      { completionRate: formatPercent, timeProgress: formatPercent },
    );
  });
}

/** The district board as bars of completion rate, in board order, flags written beside. */
export function boardChart(site: EditionModel): ChartView {
  return cached(site, "board", () => {
    const { ui, latest } = site;
    const rate = new Map(latest.districts.map((d) => [d.name, d.indicators.completionRate]));
    const entries = latest.board.entries;
    const rows = entries.map((e) => ({ district: e.name, rank: e.rank, completionRate: rate.get(e.name) ?? null, score: e.score, flag: e.flag }));
    return view(
      ({ width, narrow, id }) =>
        districtBoard({
          id: id("district-board"),
          rows,
          width,
          timeProgress: latest.programme.indicators.timeProgress,
          measure: "completionRate",
          labels: {
            title: ui.chart.board.title,
            subtitle: ui.chart.board.subtitle(site.fmt.month(latest.month)),
            source: source(site),
            description: ui.chart.board.description(entries[0]?.name ?? "", entries.at(-1)?.name ?? "", String(entries.length)),
            empty: ui.chart.empty,
            x: ui.col.completionRate,
            rank: ui.col.rank,
            district: ui.col.district,
            flag: ui.col.flag,
            timeProgress: ui.chart.timeProgressAt(formatPercent(latest.programme.indicators.timeProgress)),
            redFlag: ui.flag.red,
            yellowFlag: ui.flag.yellow,
            missing: ui.chart.missing,
            formatPercent: (v) => formatPercent(v),
          },
        }),
      { value: formatPercent, rank: count(site) },
    );
  });
}

/** Annual plan against invested by category, for the programme or a district's projects. */
export function categoryChart(site: EditionModel, district: DistrictView | null = null): ChartView {
  return cached(site, `categories:${district?.slug ?? ""}`, () => {
    const { ui, latest } = site;
    const rows =
      district === null
        ? latest.categories.map((c) => ({ name: c.name ?? ui.categories.uncategorised, annualPlan: c.indicators.annualPlan, ytdCompleted: c.indicators.ytdCompleted }))
        : site.categories
            .map((c) => {
              const ps = district.projects.filter((p) => p.state.category === c.name);
              return {
                name: c.label,
                annualPlan: ps.reduce((a, p) => a + (p.state.annualPlan ?? 0), 0),
                ytdCompleted: ps.reduce((a, p) => a + (p.state.ytdCompleted ?? 0), 0),
                n: ps.length,
              };
            })
            .filter((r) => r.n > 0)
            .map(({ name, annualPlan, ytdCompleted }) => ({ name, annualPlan, ytdCompleted }));
    const top = [...rows].sort((a, b) => b.annualPlan - a.annualPlan)[0]?.name ?? "";
    const unit = ui.chart.yi;
    return view(
      ({ width, narrow, id }) =>
        categoryBars({
          id: id(district === null ? "category-bars" : `category-bars-${district.slug}`),
          rows,
          width,
          labels: {
            title: ui.chart.categories.title,
            subtitle: ui.chart.categories.subtitle(site.fmt.month(latest.month)),
            source: source(site),
            description: ui.chart.categories.description(String(rows.length), top),
            empty: ui.chart.empty,
            x: unit,
            name: ui.col.category,
            annualPlan: ui.chart.withUnit(ui.col.annualPlan, unit),
            ytdCompleted: ui.chart.withUnit(ui.col.ytdCompleted, unit),
            completionRate: ui.col.completionRate,
            formatPercent: (v) => formatPercent(v),
          },
        }),
      { annualPlan: amount(site), ytdCompleted: amount(site), completionRate: formatPercent },
      // A district page's secondary charts are drawn once (as a project's), to keep the page light.
      district !== null,
    );
  });
}

/** Projects due to start and finish, planned against done, month by month in the latest year. */
export function countsChart(site: EditionModel, district: DistrictView | null = null): ChartView {
  return cached(site, `counts:${district?.slug ?? ""}`, () => {
    const { ui } = site;
    const month = site.fmt.month(site.latest.month);
    const points = site.yearMonths.flatMap((m) => {
      const s = district === null ? m.programme : m.districts.find((d) => d.name === district.name);
      if (s === undefined) return [];
      const i = s.indicators;
      return [{ month: m.month, newProjects: i.newProjects, newStarted: i.newStarted, finishPlanned: i.finishPlanned, finished: i.finished }];
    });
    const last = points.at(-1);
    return view(
      ({ width, narrow, id }) =>
        startCompletionCounts({
          id: id(district === null ? "start-completion-counts" : `start-completion-counts-${district.slug}`),
          // On phones, the last six months: twelve pairs of bars and labels do not fit 340 px.
          points: narrow ? points.slice(-6) : points,
          width,
          labels: {
            title: ui.chart.counts.title,
            subtitle: ui.chart.counts.subtitle(month),
            source: source(site),
            description: ui.chart.counts.description(
              site.fmt.integer(last?.newStarted ?? 0),
              site.fmt.integer(last?.newProjects ?? 0),
              site.fmt.integer(last?.finished ?? 0),
              site.fmt.integer(last?.finishPlanned ?? 0),
              month,
            ),
            empty: ui.chart.empty,
            x: ui.chart.month,
            y: ui.col.projects,
            starts: ui.chart.counts.starts,
            finishes: ui.chart.counts.finishes,
            planned: ui.chart.counts.planned,
            actual: ui.chart.counts.actual,
            newProjects: ui.chart.counts.newProjects,
            newStarted: ui.chart.counts.newStarted,
            finishPlanned: ui.chart.counts.finishPlanned,
            finished: ui.chart.counts.finished,
            formatMonth: (m) => (narrow ? String(Number(m.slice(5, 7))) : site.fmt.monthShort(m)),
          },
        }),
      { newProjects: count(site), newStarted: count(site), finishPlanned: count(site), finished: count(site) },
      // A district page's secondary charts are drawn once (as a project's), to keep the page light.
      district !== null,
    );
  });
}

/** The completion rate by district on a map, when data/geo holds district boundaries. */
export function mapChart(site: EditionModel): ChartView | null {
  const geo = site.geo;
  if (geo === null) return null;
  return cached(site, "map", () => {
    const { ui, latest } = site;
    const values = latest.districts.flatMap((d) => (d.name === null ? [] : [{ district: d.name, completionRate: d.indicators.completionRate }]));
    const month = site.fmt.month(latest.month);
    return view(
      ({ width, narrow, id }) =>
        districtMap({
          id: id("district-map"),
          geojson: geo as FeatureCollection,
          values,
          width,
          height: Math.round(width * 0.75),
          labels: {
            title: ui.chart.map.title,
            subtitle: ui.chart.map.subtitle(month),
            source: source(site),
            description: ui.chart.map.description(month),
            empty: ui.chart.empty,
            district: ui.col.district,
            completionRate: ui.col.completionRate,
            missing: ui.chart.missing,
            formatPercent: (v) => formatPercent(v),
          },
        }),
      { completionRate: formatPercent },
    );
  });
}

/** A project's year-to-date investment against its plan, month by month in its last year (words from the root edition). */
export function projectChart(site: EditionModel, p: ProjectView): ChartView {
  // Not kept: each project's chart is drawn for its one page (10,000 of them would hold ~300 MB).
  const { ui } = site;
  const year = p.last.month.slice(0, 4);
  const states = p.history.filter((s) => s.month.startsWith(`${year}-`));
  const unit = amountUnit(states.flatMap((s) => [s.ytdCompleted, s.annualPlan]));
  const unitLabel = unit === "yi" ? ui.chart.yi : ui.chart.wan;
  const month = site.fmt.month(p.last.month);
  const points = states.map((s) => ({ month: s.month, ytdCompleted: s.ytdCompleted, annualPlan: s.annualPlan }));
  return view(
    ({ width, narrow, id }) =>
      projectHistory({
        id: id("project-history"),
        points,
        unit,
        width,
        labels: {
          title: ui.chart.history.title,
          subtitle: ui.chart.history.subtitle(year, month, unitLabel),
          source: source(site, p.last.month),
          description: ui.chart.history.description(formatFor(site.locale).money(p.last.ytdCompleted), formatFor(site.locale).money(p.last.annualPlan), month),
          empty: ui.chart.empty,
          x: ui.chart.month,
          y: unitLabel,
          ytdCompleted: ui.col.ytdCompleted,
          annualPlan: ui.col.annualPlan,
          formatMonth: (m) => (narrow ? String(Number(m.slice(5, 7))) : site.fmt.monthShort(m)),
          formatAmount: (v) => site.fmt.decimal(v, 2),
        },
      }),
    { ytdCompleted: amount(site), annualPlan: amount(site) },
    true,
  );
}
