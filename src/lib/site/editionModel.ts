import { formatFor, type Format } from "../i18n/format/index.ts";
import type { Locale, SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month } from "../data/model.ts";
import { photoMonths, type EditionChanges, type EditionContent, type EditionMonth, type EditionProject, type HistoryMonth } from "../editions/index.ts";
import { t, type UiStrings } from "../i18n/ui.ts";
import { compareNames, timeProgress, yearOf, type ScopeResult } from "../indicators/index.ts";
import type { BoardEntry, EditionCalendar, LedgerMonth, OpenEntry, ProjectBoardEntry, Riser, ScopeBoard } from "../rank/index.ts";
import type { NamedScopeResult } from "../indicators/namedScopesByMonth.ts";
import { splitNames } from "../rank/splitNames.ts";
import type { ReasonedWarning } from "../narrative/index.ts";
import { pageSet, type EditionRef } from "./editionList.ts";
import { renderMarkdown } from "./markdown.ts";
import { pageSlugs, UNCATEGORISED_SLUG } from "./samePage.ts";
import { ROUTES, withBase } from "./urls.ts";
import { photoView, type PhotoView } from "./photoViews.ts";

/**
 * What an edition's pages show, as a pure function of its content (EditionContent) and of
 * presentation only: the base path, the publisher and licence, district codes for addresses, the
 * district boundaries, and which project pages exist. Nothing here computes an indicator, rank or
 * sentence: a published edition's numbers and words are its record's.
 */

/** Settings that change how pages look, never what they say about the programme. */
export interface Presentation {
  /** The base path the site is built with ("/" or "/journal/"). */
  base: string;
  publisher: string | null;
  license: string;
  /** Configured district codes by name (their pages' addresses). */
  districtCodes: Record<string, string>;
  /** District boundaries (a GeoJSON FeatureCollection) when data/geo has one. */
  geo: unknown;
}

export function presentationOf(config: SiteConfig, base: string, geo: unknown): Presentation {
  const districtCodes: Record<string, string> = {};
  for (const e of config.districts) if (typeof e !== "string" && e.code !== undefined) districtCodes[e.name] = e.code;
  return { base, publisher: config.publisher ?? null, license: config.license, districtCodes, geo };
}

/** A project on the edition's table. */
export interface ProjectRow {
  key: string;
  slug: string;
  id: string | null;
  state: EditionProject;
  warnings: ReasonedWarning[];
  boardEntry: ProjectBoardEntry | null;
  /** Time progress of the edition's month (m / 12). */
  timeProgress: number;
  /** The project's page (at the root), or null when it has none. */
  href: string | null;
}

export interface DistrictView {
  name: string;
  slug: string;
  code: string | null;
  /** Indicators in the edition's month (null when the district has none that month). */
  latest: ScopeResult | null;
  /** The district's place on the board, or null when not ranked. */
  entry: BoardEntry | null;
  /** Each month of the year up to the edition's, ascending. */
  history: Array<{ month: Month; result: ScopeResult | null; entry: BoardEntry | null }>;
  projects: ProjectRow[];
  warnings: ReasonedWarning[];
  /** The site photos of its projects the edition shows (the month's, or at a quarter's end the quarter's), newest month first. */
  photos: PhotoView[];
}

export interface CategoryView {
  /** Null for projects without a category. */
  name: string | null;
  label: string;
  slug: string;
  latest: ScopeResult;
  projects: ProjectRow[];
}

/** A lead department or a responsible leader (五个一) and what is theirs in the edition. */
export interface NamedView {
  kind: "department" | "leader";
  name: string;
  slug: string;
  scope: NamedScopeResult;
  /** The department's place on the department board (null for a leader, or when not ranked). */
  entry: BoardEntry | null;
  projects: ProjectRow[];
  /** Keys of the projects that also count for another department (leader). */
  shared: ReadonlySet<string>;
  warnings: ReasonedWarning[];
  /** Its open problems, oldest first. */
  problems: OpenEntry[];
}

export interface EditionModel {
  edition: EditionRef;
  content: EditionContent;
  locale: Locale;
  ui: UiStrings;
  fmt: Format;
  base: string;
  /** A page of this edition ("districts/x/") with the base and the edition's prefix. */
  href(path: string): string;
  /** A site-wide page (methodology, editions/, a project) with the base only. */
  siteHref(path: string): string;
  title: string;
  region: string | null;
  publisher: string | null;
  license: string;
  latest: EditionMonth;
  year: number;
  /** The year's months up to the edition's, ascending (from the content's history). */
  yearMonths: HistoryMonth[];
  /** The ranking and warning rules the edition was computed with, when it records them. */
  rules: EditionContent["rules"] | null;
  districts: DistrictView[];
  districtByName: Map<string, DistrictView>;
  categories: CategoryView[];
  categoryByName: Map<string | null, CategoryView>;
  /** The month's projects, in district order, then by name. */
  projects: ProjectRow[];
  projectByKey: Map<string, ProjectRow>;
  /** The root page of a project on this edition's table, by key, or null. */
  projectHref(key: string): string | null;
  /** The page of any project by slug (a removed project's, say), or null when the site has none. */
  projectPageHref(slug: string): string | null;
  narrative: string;
  districtNarrative(name: string): string | null;
  /** The office's note, rendered safely, or null. */
  noteHtml: string | null;
  changes: (EditionChanges & { againstRevision: number | null }) | null;
  geo: unknown;
  /** The lead departments (empty for an edition published before they were kept), in board order, then by name. */
  departments: NamedView[];
  departmentByName: Map<string, NamedView>;
  /** The department board, 一马当先 and 奋起直追, or null. */
  departmentBoard: { board: ScopeBoard; leaders: BoardEntry[]; risers: Riser[] } | null;
  leaders: NamedView[];
  leaderByName: Map<string, NamedView>;
  /** The page of a district or a lead department of this edition, by name, or null. */
  districtHref(name: string): string | null;
  departmentHref(name: string): string | null;
  /** Projects naming no department / no leader. */
  unnamed: { departments: number; leaders: number };
  /** The problem ledger at the month's end, or null. */
  problems: LedgerMonth | null;
  /** The half-year summary (June) and the year's board so far, for districts and departments, or null. */
  calendar: { districts: EditionCalendar; departments: EditionCalendar } | null;
  /** The quarter (1–4) whose photos the district pages show at a quarter's end, or null when they show the month's. */
  photoQuarter: number | null;
}

/** Assemble an edition's model. `projectPages`: slugs of the project pages the site has. */
export function buildEditionModel(edition: EditionRef, presentation: Presentation, projectPages: ReadonlySet<string>): EditionModel {
  const content = edition.content;
  const latest = content.computed;
  const locale = content.locale;
  const ui = t(locale);
  const fmt = formatFor(locale);
  const { base } = presentation;
  const href = (path: string) => withBase(base, `${edition.prefix}${path}`);
  const siteHref = (path: string) => withBase(base, path);
  const slugs = pageSlugs(pageSet(content), presentation.districtCodes);
  const tp = timeProgress(content.month);

  const warningsByKey = new Map<string, ReasonedWarning[]>();
  for (const w of latest.warnings) {
    const list = warningsByKey.get(w.key);
    if (list === undefined) warningsByKey.set(w.key, [w]);
    else list.push(w);
  }
  const boardByKey = new Map(latest.projectBoard.map((e) => [e.key, e]));
  const districtOrder = new Map(content.districts.map((d, i) => [d, i]));
  const projects: ProjectRow[] = content.projects
    .map((state) => ({
      key: state.key,
      slug: state.slug,
      id: state.id,
      state,
      warnings: warningsByKey.get(state.key) ?? [],
      boardEntry: boardByKey.get(state.key) ?? null,
      timeProgress: tp,
      href: projectPages.has(state.slug) ? siteHref(ROUTES.project(state.slug)) : null,
    }))
    .sort(
      (a, b) =>
        (districtOrder.get(a.state.district) ?? 1e9) - (districtOrder.get(b.state.district) ?? 1e9) ||
        compareNames(a.state.name, b.state.name) ||
        compareNames(a.key, b.key),
    );
  const projectByKey = new Map(projects.map((p) => [p.key, p]));

  const entryOf = (board: { entries: BoardEntry[] }, name: string) => board.entries.find((e) => e.name === name) ?? null;
  const photoCtx = { href: siteHref, ui, fmt };
  const photosOf = (district: string) =>
    (content.photos ?? [])
      .filter((p) => p.district === district)
      .map((p) => photoView(p, { name: p.name, href: projectPages.has(p.slug) ? siteHref(ROUTES.project(p.slug)) : null }, photoCtx));
  const districts: DistrictView[] = content.districts.map((name) => ({
    name,
    slug: slugs.district.get(name) ?? name,
    code: presentation.districtCodes[name] ?? null,
    latest: latest.districts.find((d) => d.name === name) ?? null,
    entry: entryOf(latest.board, name),
    history: content.history.months.map((m) => ({ month: m.month, result: m.districts.find((d) => d.name === name) ?? null, entry: entryOf(m.board, name) })),
    projects: projects.filter((p) => p.state.district === name),
    warnings: latest.warnings.filter((w) => w.district === name),
    photos: photosOf(name),
  }));

  const categories: CategoryView[] = latest.categories
    .filter((c) => c.indicators.projects > 0)
    .map((c) => ({
      name: c.name,
      label: c.name ?? ui.categories.uncategorised,
      slug: slugs.category.get(c.name ?? "") ?? UNCATEGORISED_SLUG,
      latest: c,
      projects: projects.filter((p) => p.state.category === c.name),
    }));

  const ledger = content.problems ?? null;
  const named = (kind: "department" | "leader", scopes: readonly NamedScopeResult[], board: ScopeBoard | null): NamedView[] => {
    const slugOf = kind === "department" ? slugs.department : slugs.leader;
    const views = scopes
      .filter((s): s is NamedScopeResult & { name: string } => s.name !== null && s.name !== "")
      .map((scope) => {
        const keys = new Set(scope.keys);
        const mine = (names: string | null) => splitNames(names).includes(scope.name);
        return {
          kind,
          name: scope.name,
          slug: slugOf.get(scope.name) ?? scope.name,
          scope,
          entry: board === null ? null : (board.entries.find((e) => e.name === scope.name) ?? null),
          projects: projects.filter((p) => keys.has(p.key)),
          shared: new Set(scope.shared),
          warnings: latest.warnings.filter((w) => keys.has(w.key)),
          problems: (ledger?.open ?? []).filter((o) => mine(kind === "department" ? o.leadDepartment : o.leader)),
        };
      });
    // Board order for departments (ranked first), then by name; leaders by name.
    const rank = (v: NamedView) => v.entry?.rank ?? Number.POSITIVE_INFINITY;
    return views.sort((a, b) => rank(a) - rank(b) || compareNames(a.name, b.name));
  };
  const departments = content.departments === undefined ? [] : named("department", content.departments.scopes, content.departments.board);
  const leaders = content.leaders === undefined ? [] : named("leader", content.leaders.scopes, null);

  return {
    edition,
    content,
    locale,
    ui,
    fmt,
    base,
    href,
    siteHref,
    title: content.title,
    region: content.region,
    publisher: presentation.publisher,
    license: presentation.license,
    latest,
    year: yearOf(content.month),
    yearMonths: content.history.months,
    rules: content.rules ?? null,
    districts,
    districtByName: new Map(districts.map((d) => [d.name, d])),
    categories,
    categoryByName: new Map(categories.map((c) => [c.name, c])),
    projects,
    projectByKey,
    projectHref: (key) => projectByKey.get(key)?.href ?? null,
    projectPageHref: (slug) => (projectPages.has(slug) ? siteHref(ROUTES.project(slug)) : null),
    narrative: content.narrative.programme,
    districtNarrative: (name) => content.narrative.districts[name] || null,
    noteHtml: content.officeNote ? renderMarkdown(content.officeNote, base) : null,
    changes: content.changes ?? null,
    geo: presentation.geo,
    departments,
    departmentByName: new Map(departments.map((d) => [d.name, d])),
    districtHref: (name) => {
      const slug = slugs.district.get(name);
      return slug === undefined || !content.districts.includes(name) ? null : href(ROUTES.district(slug));
    },
    departmentHref: (name) => {
      const v = departments.find((d) => d.name === name);
      return v === undefined ? null : href(ROUTES.department(v.slug));
    },
    departmentBoard: content.departments === undefined ? null : { board: content.departments.board, leaders: content.departments.leaders, risers: content.departments.risers },
    leaders,
    leaderByName: new Map(leaders.map((d) => [d.name, d])),
    unnamed: { departments: content.departments?.unnamed ?? 0, leaders: content.leaders?.unnamed ?? 0 },
    problems: ledger,
    calendar: content.calendar ?? null,
    photoQuarter: photoMonths(content.month).length === 3 ? Math.ceil(Number(content.month.slice(5)) / 3) : null,
  };
}
