import type { Problem } from "../rank/problemTypes.ts";
import { formatFor, type Format } from "../i18n/format/index.ts";
import type { Locale, SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month, Notice, Programme, Project, ProjectState } from "../data/model.ts";
import type { ValidationReport } from "../data/report.ts";
import { t, type UiStrings } from "../i18n/ui.ts";
import { timeProgress } from "../indicators/index.ts";
import { dataQuality, type IssueGroup } from "../rank/index.ts";
import { ROUTES, withBase } from "./urls.ts";
import { projectOf } from "../data/buildProgramme.ts";
import { newestFirst, photoView, type PhotoView } from "./photoViews.ts";

/**
 * What the site-wide pages need from the live data, assembled once per build: the data-quality
 * report, the sources, the rules for the methodology page, and the project pages. A project's page
 * exists once, at the root: it shows the project's whole monthly history from the data up to the
 * root edition's month (its figures for that month come from the root edition, see the page).
 * Edition pages never read this model; they are rendered from their content (editionModel.ts).
 */

export interface LoadedSite {
  programme: Programme;
  config: SiteConfig;
  report: ValidationReport;
  /** The data folder as the build saw it (often absolute); pages show paths from its name down. */
  dataDir?: string;
}

export interface ProjectView {
  project: Project;
  slug: string;
  /** Every state up to the root edition's month, ascending. */
  history: ProjectState[];
  /** The most recent of them. */
  last: ProjectState;
  /** Time progress of the month of `last` (m / 12). */
  lastTimeProgress: number;
  /** Its problems (问题清单) up to the root edition's month, in the order first reported. */
  problems: Problem[];
  /** Its site photos up to the root edition's month, newest month first. */
  photos: PhotoView[];
}

export interface FileQuality {
  file: string;
  month: Month;
  projects: number;
  encoding: string;
  /** What the file is (CSV, a workbook) and, for a workbook, the sheet read. */
  format: "csv" | "xlsx" | "xls" | "et" | "html";
  sheet: string | null;
  unit: string;
  matchedBy: "id" | "name-and-district";
  skipped: Record<string, number>;
  skippedTotal: number;
  /** What the loader did besides reading rows: sheets read and skipped, cells filled, packages joined. */
  notices: Notice[];
}

export interface SiteModel {
  locale: Locale;
  ui: UiStrings;
  fmt: Format;
  /** The base path the site is built with ("/" or "/journal/"). */
  base: string;
  /** A site path ("methodology/") with the base in front. */
  href(path: string): string;
  title: string;
  region: string | null;
  publisher: string | null;
  config: SiteConfig;
  programme: Programme;
  report: ValidationReport;
  /** Project pages, by slug order of the programme. */
  projects: ProjectView[];
  projectBySlug: Map<string, ProjectView>;
  quality: { groups: IssueGroup[]; files: FileQuality[] };
  /** A source file's path as shown to readers: from the data folder's name down ("data/snapshots/2026-10.csv"), never the build machine's absolute path. */
  sourcePath(file: string | null): string;
}

/** "/abs/path/data/snapshots/x.csv" with dataDir "/abs/path/data" → "data/snapshots/x.csv". */
export function shownPath(file: string | null, dataDir: string | null): string {
  if (file === null) return "";
  const f = file.replace(/\\/g, "/");
  if (dataDir === null) return f;
  const dir = dataDir.replace(/\\/g, "/").replace(/\/+$/, "");
  const name = dir.split("/").at(-1) ?? "";
  return f.startsWith(`${dir}/`) ? `${name}/${f.slice(dir.length + 1)}` : f;
}

/**
 * Assemble the site-wide model. `rootMonth`: the root edition's month (project pages show the
 * data up to it); by default the newest month.
 */
export function buildSiteModel(site: LoadedSite, base: string, rootMonth: Month | null = null, problems: ReadonlyMap<string, Problem[]> = new Map()): SiteModel {
  const { programme, config, report } = site;
  const locale = config.locale;
  const until = rootMonth ?? programme.months.at(-1) ?? "";

  const statesByKey = new Map<string, ProjectState[]>();
  for (const snap of [...programme.snapshots].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    if (snap.month > until) continue;
    for (const s of snap.states) {
      const list = statesByKey.get(s.key);
      if (list === undefined) statesByKey.set(s.key, [s]);
      else list.push(s);
    }
  }
  const ui = t(locale);
  const fmt = formatFor(locale);
  const href = (path: string) => withBase(base, path);
  const photosByKey = new Map<string, PhotoView[]>();
  // Each project as of the root's month (data/buildProgramme.ts projectOf): a later table, not yet
  // published, adds nothing to the root's pages and leaves their cache keys as they were.
  const projectByKey = new Map(programme.projects.flatMap(({ key, slug }) => {
    const history = statesByKey.get(key);
    return history === undefined ? [] : [[key, projectOf(key, slug, history)] as const];
  }));
  for (const p of newestFirst((programme.photos ?? []).filter((x) => x.month <= until))) {
    const project = projectByKey.get(p.key);
    const view = photoView(p, { name: project?.name ?? p.key, href: null }, { href, ui, fmt });
    photosByKey.set(p.key, [...(photosByKey.get(p.key) ?? []), view]);
  }
  const projects: ProjectView[] = programme.projects.flatMap(({ key }) => {
    const project = projectByKey.get(key);
    const history = statesByKey.get(key);
    if (project === undefined || history === undefined) return [];
    const last = history.at(-1)!;
    return [{ project, slug: project.slug, history, last, lastTimeProgress: timeProgress(last.month), problems: problems.get(key) ?? [], photos: photosByKey.get(key) ?? [] }];
  });

  const files: FileQuality[] = report.files.map((f) => {
    const skipped: Record<string, number> = {};
    for (const s of f.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
    return {
      file: f.file,
      month: f.month,
      projects: f.projects,
      encoding: f.encoding,
      format: f.format,
      sheet: f.sheet,
      unit: f.unit,
      matchedBy: f.matchedBy,
      skipped,
      skippedTotal: f.skipped.length,
      notices: f.notices,
    };
  });

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
    projects,
    projectBySlug: new Map(projects.map((p) => [p.slug, p])),
    quality: { groups: dataQuality(report.issues), files },
    sourcePath: (file) => shownPath(file, site.dataDir ?? null),
  };
}

export { ROUTES };
