import { embedCharts } from "./embeds.ts";
import type { EditionModel } from "./editionModel.ts";
import { paginate, PROJECTS_PER_PAGE, WARNINGS_PER_PAGE } from "./paginate.ts";
import { editionPaths, type SiteBuild } from "./siteBuild.ts";

/**
 * The pages each edition has, one entry per route under pages/[...edition]/: the parameters of
 * each of its pages in one edition. The routes' getStaticPaths read them from here, and
 * pagesToRender counts them, so the build knows how many pages Astro will write before it starts
 * (for its progress line).
 */
type Params = (model: EditionModel) => Array<Record<string, string>>;
const once: Params = () => [{}];
const ifAny = (list: (m: EditionModel) => readonly unknown[] | null): Params => (m) => ((list(m)?.length ?? 0) === 0 ? [] : [{}]);
const pagesAfterFirst = (items: (m: EditionModel) => readonly unknown[], per: number): Params => (m) =>
  paginate(items(m), per)
    .slice(1)
    .map((p) => ({ n: String(p.number) }));
const embeds: Params = (m) => embedCharts(m).map((e) => ({ chart: e.id }));

export const EDITION_ROUTES = {
  home: once,
  boards: once,
  bulletin: once,
  categories: once,
  category: (m) => m.categories.map((c) => ({ category: c.slug })),
  changes: once,
  departments: ifAny((m) => m.departments),
  department: (m) => m.departments.map((v) => ({ department: v.slug })),
  districts: once,
  district: (m) => m.districts.map((x) => ({ district: x.slug })),
  downloads: once,
  embed: embeds,
  embedSvg: embeds,
  embedCsv: embeds,
  leaders: ifAny((m) => m.leaders),
  leader: (m) => m.leaders.map((v) => ({ leader: v.slug })),
  problems: (m) => (m.problems === null ? [] : [{}]),
  projects: once,
  projectsPage: pagesAfterFirst((m) => m.projects, PROJECTS_PER_PAGE),
  warnings: once,
  warningsPage: pagesAfterFirst((m) => m.latest.warnings, WARNINGS_PER_PAGE),
} satisfies Record<string, Params>;

/** The routes outside the editions: 404, about, data quality, editions, methodology, search, feed, robots.txt, sitemap. */
const ROOT_FILES = 9;

/** Every file Astro writes for this build: each rendered edition's pages, the projects' pages, the root's own. */
export function pagesToRender(b: SiteBuild): number {
  const editions = Object.values(EDITION_ROUTES).reduce((n, route) => n + editionPaths(b, route as Params).length, 0);
  return editions + b.renderedProjects.length + ROOT_FILES;
}
