import type { Locale, SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month, Programme, Project, ProjectState } from "../data/model.ts";
import type { ValidationReport } from "../data/report.ts";
import { localeFormat, type LocaleFormat } from "../i18n/locale.ts";
import { t, type UiStrings } from "../i18n/ui.ts";
import { compareNames, timeProgress, yearOf, type ScopeResult } from "../indicators/index.ts";
import { districtParagraph, programmeParagraph, projectParagraph } from "../narrative/index.ts";
import {
  computeAll,
  dataQuality,
  type BoardEntry,
  type Computed,
  type IssueGroup,
  type MonthComputed,
  type ProjectBoardEntry,
  type ProjectWarning,
} from "../rank/index.ts";
import { renderMarkdown } from "./markdown.ts";
import { districtCodes, ROUTES, slugsFor, withBase } from "./urls.ts";

/**
 * What the pages need, assembled once per build from the loaded data: indicators, boards,
 * warnings and narrative for every month, plus per-district, per-category and per-project views
 * with their URLs. Pure over its inputs; `getSiteModel` memoises it so that 150 project pages
 * share one computation. Per-project extras (narrative, charts) are computed on first use.
 */

export interface LoadedSite {
  programme: Programme;
  config: SiteConfig;
  report: ValidationReport;
  /** The office's note for the latest month (data/notes/YYYY-MM.md), when there is one. */
  noteMarkdown?: string | null;
  /** District boundaries from data/geo/*.geojson, when present. */
  geo?: unknown;
  /** The data folder as the build saw it (often absolute); pages show paths from its name down. */
  dataDir?: string;
}

export interface DistrictView {
  name: string;
  slug: string;
  code: string | null;
  /** Indicators in the latest month (projects 0 when the district has none that month). */
  latest: ScopeResult | null;
  /** The district's place on the latest board, or null when not ranked. */
  entry: BoardEntry | null;
  /** Indicators for each month of the latest year, ascending. */
  history: Array<{ month: Month; result: ScopeResult | null; entry: BoardEntry | null }>;
  /** Projects on the latest table in this district. */
  projects: ProjectView[];
  warnings: ProjectWarning[];
}

export interface CategoryView {
  /** Null for projects without a category. */
  name: string | null;
  label: string;
  slug: string;
  latest: ScopeResult;
  projects: ProjectView[];
}

export interface ProjectView {
  project: Project;
  slug: string;
  /** The project's state in the latest month, or null when it has left the table. */
  latest: ProjectState | null;
  /** Its most recent state (the latest month's, or the last month it appeared). */
  last: ProjectState;
  /** Every state, ascending by month. */
  history: ProjectState[];
  districtSlug: string | null;
  categorySlug: string | null;
  /** Warnings in the latest month. */
  warnings: ProjectWarning[];
  /** Place on the latest project board. */
  boardEntry: ProjectBoardEntry | null;
  /** Time progress of the month of `last` (m / 12). */
  latestTimeProgress: number;
}

export interface FileQuality {
  file: string;
  month: Month;
  projects: number;
  encoding: string;
  unit: string;
  matchedBy: "id" | "name-and-district";
  skipped: Record<string, number>;
  skippedTotal: number;
}

export interface SiteModel {
  locale: Locale;
  ui: UiStrings;
  fmt: LocaleFormat;
  /** The base path the site is built with ("/" or "/journal/"). */
  base: string;
  /** A site path ("projects/x/") with the base in front. */
  href(path: string): string;
  title: string;
  region: string | null;
  publisher: string | null;
  config: SiteConfig;
  programme: Programme;
  report: ValidationReport;
  computed: Computed;
  latest: MonthComputed;
  /** The previous month with data (any year), for "since last month". */
  previous: MonthComputed | null;
  year: number;
  /** Computed months of the latest year, ascending. */
  yearMonths: MonthComputed[];
  districts: DistrictView[];
  districtByName: Map<string, DistrictView>;
  categories: CategoryView[];
  /** Every project ever on a table, in the latest table's district order, then by name. */
  projects: ProjectView[];
  projectByKey: Map<string, ProjectView>;
  projectBySlug: Map<string, ProjectView>;
  /** The programme's paragraph for the latest month. */
  narrative: string;
  districtNarrative(name: string): string | null;
  projectNarrative(view: ProjectView): string | null;
  quality: { groups: IssueGroup[]; files: FileQuality[] };
  /** The office's note for the latest month, rendered safely, or null. */
  noteHtml: string | null;
  /** District boundaries (a GeoJSON FeatureCollection) when data/geo has one. */
  geo: unknown;
  /** A source file's path as shown to readers: from the data folder's name down ("data/snapshots/2026-10.csv"), never the build machine's absolute path. */
  sourcePath(file: string | null): string;
}

const UNCATEGORISED_SLUG = "c-none";

/** "/abs/path/data/snapshots/x.csv" with dataDir "/abs/path/data" → "data/snapshots/x.csv". */
export function shownPath(file: string | null, dataDir: string | null): string {
  if (file === null) return "";
  const f = file.replace(/\\/g, "/");
  if (dataDir === null) return f;
  const dir = dataDir.replace(/\\/g, "/").replace(/\/+$/, "");
  const name = dir.split("/").at(-1) ?? "";
  return f.startsWith(`${dir}/`) ? `${name}/${f.slice(dir.length + 1)}` : f;
}

/** Assemble the site model from loaded data. `base` is Astro's BASE_URL. */
export function buildSiteModel(site: LoadedSite, base: string): SiteModel {
  const { programme, config, report } = site;
  const locale = config.locale;
  const ui = t(locale);
  const fmt = localeFormat(locale);
  const computed = computeAll(programme, config);
  const latest = computed.months.at(-1);
  if (latest === undefined) throw new Error("buildSiteModel: the programme has no month");
  const previous = computed.months.at(-2) ?? null;
  const year = yearOf(latest.month);
  const yearMonths = computed.months.filter((m) => yearOf(m.month) === year);
  const href = (path: string) => withBase(base, path);

  // States by project, ascending by month.
  const statesByKey = new Map<string, ProjectState[]>();
  for (const snap of [...programme.snapshots].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    for (const s of snap.states) {
      const list = statesByKey.get(s.key);
      if (list === undefined) statesByKey.set(s.key, [s]);
      else list.push(s);
    }
  }

  const districtNames = [...new Set([...programme.districts, ...programme.projects.map((p) => p.district)])];
  const districtSlug = slugsFor(districtNames, "d", districtCodes(config.districts));
  const codes = districtCodes(config.districts);
  const categoryNames = [
    ...new Set([...programme.categories, ...programme.projects.flatMap((p) => (p.category === null ? [] : [p.category]))]),
  ];
  const categorySlug = slugsFor(categoryNames, "c");

  const warningsByKey = new Map<string, ProjectWarning[]>();
  for (const w of latest.warnings) {
    const list = warningsByKey.get(w.key);
    if (list === undefined) warningsByKey.set(w.key, [w]);
    else list.push(w);
  }
  const boardByKey = new Map(latest.projectBoard.map((e) => [e.key, e]));

  const districtOrder = new Map(districtNames.map((d, i) => [d, i]));
  const projects: ProjectView[] = programme.projects
    .map((project) => {
      const history = statesByKey.get(project.key) ?? [];
      const last = history.at(-1);
      if (last === undefined) throw new Error(`buildSiteModel: project ${project.key} has no state`);
      const current = last.month === latest.month ? last : null;
      return {
        project,
        slug: project.slug,
        latest: current,
        last,
        history,
        districtSlug: districtSlug.get(last.district) ?? null,
        categorySlug: last.category === null ? UNCATEGORISED_SLUG : (categorySlug.get(last.category) ?? null),
        warnings: current === null ? [] : (warningsByKey.get(project.key) ?? []),
        boardEntry: current === null ? null : (boardByKey.get(project.key) ?? null),
        latestTimeProgress: timeProgress(last.month),
      };
    })
    .sort(
      (a, b) =>
        Number(a.latest === null) - Number(b.latest === null) ||
        (districtOrder.get(a.last.district) ?? 1e9) - (districtOrder.get(b.last.district) ?? 1e9) ||
        compareNames(a.last.name, b.last.name) ||
        compareNames(a.project.key, b.project.key),
    );
  const projectByKey = new Map(projects.map((p) => [p.project.key, p]));
  const projectBySlug = new Map(projects.map((p) => [p.slug, p]));
  const current = projects.filter((p) => p.latest !== null);

  const entryOf = (m: MonthComputed, name: string) => m.board.entries.find((e) => e.name === name) ?? null;
  const districts: DistrictView[] = districtNames.map((name) => ({
    name,
    slug: districtSlug.get(name) ?? name,
    code: codes.get(name) ?? null,
    latest: latest.districts.find((d) => d.name === name) ?? null,
    entry: entryOf(latest, name),
    history: yearMonths.map((m) => ({ month: m.month, result: m.districts.find((d) => d.name === name) ?? null, entry: entryOf(m, name) })),
    projects: current.filter((p) => p.last.district === name),
    warnings: latest.warnings.filter((w) => w.district === name),
  }));

  const categories: CategoryView[] = latest.categories
    .filter((c) => c.indicators.projects > 0 || c.name !== null)
    .map((c) => ({
      name: c.name,
      label: c.name ?? ui.categories.uncategorised,
      slug: c.name === null ? UNCATEGORISED_SLUG : (categorySlug.get(c.name) ?? UNCATEGORISED_SLUG),
      latest: c,
      projects: current.filter((p) => p.last.category === c.name),
    }));

  const files: FileQuality[] = report.files.map((f) => {
    const skipped: Record<string, number> = {};
    for (const s of f.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
    return {
      file: f.file,
      month: f.month,
      projects: f.projects,
      encoding: f.encoding,
      unit: f.unit,
      matchedBy: f.matchedBy,
      skipped,
      skippedTotal: f.skipped.length,
    };
  });

  const districtNarratives = new Map<string, string | null>();
  const projectNarratives = new Map<string, string | null>();

  return {
    locale,
    ui,
    fmt,
    base,
    href,
    title: config.title ?? programme.title,
    region: config.region ?? programme.region,
    publisher: config.publisher ?? null,
    config,
    programme,
    report,
    computed,
    latest,
    previous,
    year,
    yearMonths,
    districts,
    districtByName: new Map(districts.map((d) => [d.name, d])),
    categories,
    projects,
    projectByKey,
    projectBySlug,
    narrative: programmeParagraph(latest, locale),
    districtNarrative(name) {
      if (!districtNarratives.has(name)) districtNarratives.set(name, districtParagraph(latest, name, locale));
      return districtNarratives.get(name) ?? null;
    },
    projectNarrative(view) {
      if (view.latest === null) return null;
      const key = view.project.key;
      if (!projectNarratives.has(key)) projectNarratives.set(key, projectParagraph(view.latest, latest, locale));
      return projectNarratives.get(key) ?? null;
    },
    quality: { groups: dataQuality(report.issues), files },
    noteHtml: site.noteMarkdown ? renderMarkdown(site.noteMarkdown, base) : null,
    sourcePath: (file) => shownPath(file, site.dataDir ?? null),
    geo: site.geo ?? null,
  };
}

export { ROUTES };
