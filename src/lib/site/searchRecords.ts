import { issueMessage } from "../i18n/issues.ts";
import { monthsOnList, openByDepartment, openByDistrict } from "../rank/index.ts";
import { BULLETIN_LIST_LIMIT } from "./bulletin.ts";
import type { EditionModel } from "./editionModel.ts";
import { MEDIA_ROUTES } from "./mediaPaths.ts";
import { capList, LIST_LIMIT, pagePath, paginate, perGroup, PROJECTS_PER_PAGE, SHORT_LIST_LIMIT, WARNINGS_PER_PAGE } from "./paginate.ts";
import { PHOTOS_PER_PAGE } from "./photoViews.ts";
import { cardTexts, charactersOf, contentOf, figureTexts, namedTexts, problemTexts, rowTexts, sourceLine, warningTexts, type Texts } from "./searchTexts.ts";
import type { SiteBuild } from "./siteBuild.ts";
import type { ProjectView } from "./siteModel.ts";
import { pagesOf } from "./sitePages.ts";
import { ROUTES } from "./urls.ts";

/**
 * The search index as records (written by src/lib/build/searchIndex.ts): one for each page of
 * the root edition and each site-wide page, the pages a reader searches (other editions, embeds,
 * the search page and the 404 page are left out). A record holds what its page shows that a
 * reader would look for: the heading and headline figures, the names of the projects, districts,
 * categories, departments and leaders on it, progress, problems, warnings and narrative, from the
 * models the page is rendered from and cut as the page cuts its lists. No page is read back, so a
 * page copied from a cache is indexed all the same.
 */
export interface SearchRecord {
  /** The index it goes in (SEARCH_INDEXES): a site-wide page's own, or the pages' one. */
  index: SearchIndexName;
  /** The page's path from the site's root ("/districts/x/"): Pagefind's search API puts the base path in front, as it does for the pages it reads. */
  url: string;
  /** The pages' language, as their <html lang> gives it ("zh-CN"). */
  language: string;
  /** The page's heading: what a result shows, and the words that weigh most. */
  title: string;
  /** The headings of its charts, which weigh next (a district's charts are headed by its name). */
  headings: string[];
  /** The rest, one text a line. */
  content: string;
  /** Each Chinese character of the title, headings and content once (charactersOf), or "". */
  characters: string;
  // No filters (a project's district, say): Pagefind 1.5.2 writes them in hash-map order, so the
  // index would differ from build to build, and the search page does not offer them.
}

/**
 * The search indexes, by the folder of the output each is written to. The site-wide pages (the
 * editions, data quality, methodology and about pages) have an index of their own, merged into the
 * other by the search page (public/search.js): the editions and data-quality pages change with
 * every table added, while every other page searched, the root edition's and the projects', changes
 * only with the root edition. A month added as a draft then makes the four-page index again and
 * links the other from the build cache (at 10,000 projects, 40-odd seconds of Pagefind). Both
 * folders' names begin with "pagefind", from which Pagefind's search API takes the base path.
 */
export const SEARCH_INDEXES = { pages: "pagefind", site: "pagefind-site" } as const;
export type SearchIndexName = keyof typeof SEARCH_INDEXES;

export function searchRecords(b: SiteBuild): SearchRecord[] {
  const m = b.edition("");
  const { ui, fmt, latest } = m;
  const cards = new Map(pagesOf(b, "").map((p) => [p.rest, p.card]));
  const records: SearchRecord[] = [];
  /** `charts`: the headings of the page's charts (their source line is among `texts`). */
  const add = (rest: string, title: string, texts: Texts, charts: string[] = [], index: SearchIndexName = "pages") => {
    const card = cards.get(rest);
    if (card === undefined) throw new Error(`searchRecords: the build has no page at “${rest}”`);
    const content = contentOf([...cardTexts(card), ...texts]);
    records.push({ index, url: `/${rest}`, language: ui.htmlLang, title, headings: charts, content, characters: charactersOf([title, ...charts, content].join("\n")) });
  };
  const names = m.districts.map((x) => x.name);
  const c = ui.chart;
  const map = m.geo === null ? [] : [c.map.title];

  add(ROUTES.home, m.title, [
    m.narrative,
    ...figureTexts(m, latest.programme),
    sourceLine(m),
    ...latest.board.entries.map((e) => e.name),
    ...names,
    m.content.officeNote,
    ...latest.warnings.slice(0, 8).flatMap((w) => warningTexts(m, w)),
    ...m.categories.map((x) => x.label),
  ], [c.curve.title, c.board.title, ...map, c.counts.title, c.categories.title]);
  add(ROUTES.districts, ui.districts.title, [...names, sourceLine(m)], [c.board.title, ...map]);
  for (const x of m.districts) {
    add(ROUTES.district(x.slug), x.name, [
      m.districtNarrative(x.name),
      ...(x.latest === null ? [] : figureTexts(m, x.latest)),
      sourceLine(m),
      ...capList(x.warnings, SHORT_LIST_LIMIT).shown.flatMap((w) => warningTexts(m, w)),
      ...capList(x.projects, LIST_LIMIT).shown.flatMap((p) => rowTexts(m, p)),
      ...capList(x.photos, PHOTOS_PER_PAGE).shown.flatMap((p) => [p.project, p.caption]),
    ], [c.curve.titleFor(x.name), c.counts.title, c.categories.title]);
  }
  for (const pg of paginate(m.projects, PROJECTS_PER_PAGE)) add(pagePath(ROUTES.projects, pg.number), ui.projects.title, pg.items.flatMap((p) => rowTexts(m, p)));
  add(ROUTES.categories, ui.categories.title, [...m.categories.map((x) => x.label), sourceLine(m)], [c.categories.title]);
  for (const x of m.categories) {
    add(ROUTES.category(x.slug), x.label, [
      ...figureTexts(m, x.latest),
      ...names.filter((name) => x.projects.some((p) => p.state.district === name)),
      ...capList(x.projects, PROJECTS_PER_PAGE).shown.flatMap((p) => rowTexts(m, p)),
    ]);
  }
  add(ROUTES.boards, ui.boards.title, [...boardTexts(m), sourceLine(m)], [c.board.title]);
  for (const pg of paginate(latest.warnings, WARNINGS_PER_PAGE)) {
    const byDistrict = pg.number === 1 ? m.districts.filter((x) => x.warnings.length > 0).map((x) => x.name) : [];
    add(pagePath(ROUTES.warnings, pg.number), ui.warnings.title, [...byDistrict, ...pg.items.flatMap((w) => warningTexts(m, w))]);
  }
  if (m.problems !== null) add(ROUTES.problems, ui.problems.title, problemsTexts(m));
  if (m.departments.length > 0) {
    add(ROUTES.departments, ui.departments.title, m.departments.map((v) => v.name));
    for (const v of m.departments) add(ROUTES.department(v.slug), v.name, namedTexts(m, v));
  }
  if (m.leaders.length > 0) {
    add(ROUTES.leaders, ui.leaders.title, m.leaders.map((v) => v.name));
    for (const v of m.leaders) add(ROUTES.leader(v.slug), v.name, namedTexts(m, v));
  }
  add(ROUTES.changes, ui.changes.title, changesTexts(m));
  add(ROUTES.bulletin, ui.bulletin.heading(m.region ?? m.title, fmt.month(latest.month)), bulletinTexts(m));
  // The downloads page lists the edition's files and the embeddable charts (embeds.ts) by their headings.
  add(MEDIA_ROUTES.downloads, ui.media.downloadsTitle, [
    ...Object.values(ui.media.describe),
    m.problems === null ? null : ui.problems.describe,
    ui.bulletin.title,
    c.curve.title,
    c.counts.title,
    c.board.title,
    c.categories.title,
    ...names.map((n) => c.curve.titleFor(n)),
  ]);

  for (const p of b.site.projects) {
    if (!b.list.projectPages.has(p.slug)) continue;
    const s = m.projectByKey.get(p.project.key)?.state ?? p.last;
    add(ROUTES.project(p.slug), s.name, projectTexts(m, p), [ui.chart.history.title]);
  }
  add(ROUTES.editions, ui.editions.title, [ui.editions.intro, ...b.list.editions.map((e) => e.note)], [], "site");
  add(ROUTES.quality, ui.quality.title, [ui.quality.intro, ...b.site.quality.groups.flatMap((g) => g.issues.map((i) => issueMessage(i, m.locale))), ...b.site.quality.files.map((f) => b.site.sourcePath(f.file))], [], "site");
  add(ROUTES.methodology, ui.methodology.title, [ui.methodology.intro], [], "site");
  add(ROUTES.about, ui.about.title, [m.title, b.site.publisher, b.site.region, b.site.config.contact, b.site.config.license], [], "site");
  return records;
}

/** A project's page (pages/projects/[slug].astro): the root edition's state of it, or its last one. */
function projectTexts(m: EditionModel, p: ProjectView): Texts {
  const { ui, fmt } = m;
  const f = ui.projects.field;
  const row = m.projectByKey.get(p.project.key) ?? null;
  const s = row?.state ?? p.last;
  const labelled = (label: string, value: string | null) => (value === null || value === "" ? null : `${label} ${value}`);
  return [
    `${s.district} · ${fmt.status(s.status)}`,
    row === null ? null : m.content.narrative.projects[row.key],
    labelled(f.leader, s.leader),
    labelled(f.leadDepartment, s.leadDepartment),
    labelled(ui.projects.progressHeading, s.progressText ?? ui.projects.noProgress),
    labelled(ui.projects.problemsHeading, s.problems ?? ui.projects.noProblems),
    ...p.photos.slice(0, PHOTOS_PER_PAGE).map((x) => x.caption),
    ...p.problems.flatMap((x) => [x.wordings.at(-1)?.text, ...x.wordings.slice(1).map((w) => w.text)]),
    ...p.problems.map((x) => (x.closed ? ui.problems.closedBy[x.closed.by] : ui.problems.status.open(fmt.count(monthsOnList(x.spells, p.last.month))))),
    ...(row?.warnings ?? []).flatMap((w) => warningTexts(m, w)),
    sourceLine(m, p.last.month),
    // 基本情况, as the page lists it.
    labelled(f.id, p.project.id),
    labelled(f.district, s.district),
    labelled(f.category, s.category),
    labelled(f.nature, s.nature === null ? null : fmt.nature(s.nature)),
    labelled(f.status, s.status === null ? null : fmt.status(s.status)),
    labelled(f.totalInvestment, s.totalInvestment === null ? null : fmt.money(s.totalInvestment)),
    labelled(f.owner, s.owner),
    labelled(f.content, s.content),
    labelled(ui.projects.namesHeading, p.project.names.filter((n) => n !== s.name).join("；")),
  ];
}

/** The boards page: the district board, 一马当先, 奋起直追, the quarterly and calendar boards, the department board and the project board's ends. */
function boardTexts(m: EditionModel): Texts {
  const { latest, calendar } = m;
  // The page lists the project board's first and last ten.
  const edge = 10;
  const ends = latest.projectBoard.length > edge ? [...latest.projectBoard.slice(0, edge), ...latest.projectBoard.slice(-Math.min(edge, latest.projectBoard.length - edge))] : latest.projectBoard;
  const periods = calendar === null ? [] : [calendar.districts.halfYear, calendar.districts.year, calendar.departments.halfYear, calendar.departments.year];
  return [
    ...latest.board.entries.map((e) => e.name),
    ...latest.leaders.districts.map((e) => e.name),
    ...latest.leaders.projects.flatMap((e) => [e.name, e.district]),
    ...latest.risers.map((r) => r.name),
    ...m.content.quarterly.flatMap((q) => q.board.entries.map((e) => e.name)),
    m.content.narrative.halfYear?.districts,
    m.content.narrative.halfYear?.departments,
    ...periods.flatMap((s) => s?.entries.map((e) => e.name) ?? []),
    ...(m.departmentBoard?.leaders ?? []).map((e) => e.name),
    ...ends.flatMap((e) => [e.name, e.district]),
  ];
}

/** The problem ledger: raised, closed and reworded this month, and the open ones by department and by district. */
function problemsTexts(m: EditionModel): Texts {
  const ledger = m.problems!;
  const groups = (list: ReturnType<typeof openByDepartment>, budget: number) =>
    list.flatMap((g) => [g.name ?? m.ui.problems.noDepartment, ...capList(g.problems, perGroup(budget, list.length)).shown.flatMap(problemTexts)]);
  return [
    ...capList([...ledger.raised, ...ledger.reopened], LIST_LIMIT).shown.flatMap(problemTexts),
    ...capList(ledger.closed, LIST_LIMIT).shown.flatMap(problemTexts),
    ...ledger.reworded.flatMap((o) => [o.name, o.text, o.previousText]),
    // The groups share as many problems as the page lets them (its budgets: 90 and 60).
    ...groups(openByDepartment(ledger.open), 90),
    ...groups(openByDistrict(ledger.open), 60),
  ];
}

/** The changes page: projects added, removed, started and finished, flags and ranks, warnings and problems, each list cut as the page cuts it. */
function changesTexts(m: EditionModel): Texts {
  const c = m.changes;
  if (c === null || c.previous === null) return [m.ui.changes.first];
  const cut = <T>(rows: readonly T[]) => capList(rows, LIST_LIMIT).shown;
  const problems = m.problems === null ? [] : [...cut([...m.problems.raised, ...m.problems.reopened]), ...cut(m.problems.closed)];
  return [
    ...[c.added, c.removed, c.started, c.finished].flatMap((rows) => cut(rows).flatMap((p) => [p.name, p.district])),
    ...c.flags.map((f) => f.district),
    ...c.ranks.map((r) => r.district),
    ...[c.warningsRaised, c.warningsCleared, c.warningsLevel].flatMap((rows) => cut(rows).flatMap((w) => [w.name, w.district])),
    ...problems.flatMap(problemTexts),
  ];
}

/** The bulletin: its summary and figures, the boards, the warnings and open problems it lists, the office's note. */
function bulletinTexts(m: EditionModel): Texts {
  const { latest } = m;
  return [
    m.narrative,
    ...figureTexts(m, latest.programme),
    ...latest.board.entries.map((e) => e.name),
    ...latest.leaders.districts.map((e) => e.name),
    ...latest.leaders.projects.flatMap((e) => [e.name, e.district]),
    ...latest.risers.map((r) => r.name),
    ...(m.departmentBoard?.board.entries ?? []).map((e) => e.name),
    ...latest.warnings.slice(0, BULLETIN_LIST_LIMIT).flatMap((w) => warningTexts(m, w)),
    ...(m.problems?.open.slice(0, BULLETIN_LIST_LIMIT) ?? []).flatMap((o) => [...problemTexts(o), o.leadDepartment]),
    m.content.officeNote,
  ];
}
