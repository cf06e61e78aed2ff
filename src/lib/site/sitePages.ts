import type { Card } from "../cards/index.ts";
import { formatFor, formatPercent, pointsDirection } from "../i18n/format/index.ts";
import type { EditionModel } from "./editionModel.ts";
import type { SiteBuild } from "./siteBuild.ts";
import { pagePath, paginate, PROJECTS_PER_PAGE, WARNINGS_PER_PAGE } from "./paginate.ts";
import { ROUTES } from "./urls.ts";
import { MEDIA_ROUTES } from "./mediaPaths.ts";

/**
 * Every HTML page of a build (but embeds and the 404 page), with the preview card it shares on
 * social platforms: its title and key figure, as the page shows them. `rest` is the page's path
 * below its edition's prefix; project pages and the site-wide pages belong to the root ("").
 */
export interface SitePage {
  prefix: string;
  rest: string;
  card: Card;
}

function gapText(site: EditionModel, gap: number | null): string {
  if (gap === null) return "";
  const d = pointsDirection(gap);
  const words = d > 0 ? site.ui.fig.ahead(formatFor(site.locale).points(gap)) : d < 0 ? site.ui.fig.behind(formatFor(site.locale).points(gap)) : site.ui.fig.level;
  return ` · ${site.ui.fig.gap} ${words}`;
}

/** The pages of one edition (with the site-wide ones when it is the root). */
export function editionPages(b: SiteBuild, prefix: string): SitePage[] {
  const site = b.edition(prefix);
  const { ui, latest } = site;
  const month = site.fmt.month(latest.month);
  const base = { siteName: site.title, edition: ui.edition(month), flag: null, figure: null, figureLabel: null } as const;
  const programme = latest.programme.indicators;
  const rate = (title: string, r: { completionRate: number | null; gap: number | null }, extra: Partial<Card> = {}): Card => ({
    ...base,
    title,
    figure: r.completionRate === null ? null : formatPercent(r.completionRate),
    figureLabel: r.completionRate === null ? null : `${ui.fig.completionRate}${gapText(site, r.gap)}`,
    ...extra,
  });
  const plain = (title: string): Card => ({ ...base, title });
  const count = (title: string, n: number, label: string): Card => ({ ...base, title, figure: site.fmt.integer(n), figureLabel: label });
  const pages: SitePage[] = [];
  const add = (rest: string, card: Card) => pages.push({ prefix, rest, card });

  add(ROUTES.home, rate(prefix === "" ? site.title : ui.editionBar.name(month), programme));
  add(ROUTES.districts, rate(ui.districts.title, programme));
  for (const x of site.districts) {
    const r = x.latest?.indicators ?? { completionRate: null, gap: null };
    const flag = x.entry?.flag ?? null;
    add(
      ROUTES.district(x.slug),
      rate(x.name, r, {
        flag,
        ...(flag === null ? {} : { flagLabel: ui.flag[flag] }),
        ...(x.entry ? { footer: ui.media.rank(site.fmt.integer(x.entry.rank), site.fmt.integer(latest.board.entries.length)) } : {}),
      }),
    );
  }
  for (const pg of paginate(site.projects, PROJECTS_PER_PAGE)) add(pagePath(ROUTES.projects, pg.number), count(ui.projects.title, site.projects.length, ui.media.projectsCount));
  add(ROUTES.categories, rate(ui.categories.title, programme));
  for (const c of site.categories) add(ROUTES.category(c.slug), rate(c.label, c.latest.indicators));
  add(ROUTES.boards, rate(ui.boards.title, programme));
  const warned = new Set(latest.warnings.map((w) => w.key)).size;
  for (const pg of paginate(latest.warnings, WARNINGS_PER_PAGE)) add(pagePath(ROUTES.warnings, pg.number), count(ui.warnings.title, warned, ui.media.warningsCount));
  if (site.problems !== null) add(ROUTES.problems, count(ui.problems.title, site.problems.counts.open, ui.problems.figureLabel));
  if (site.departments.length > 0) {
    add(ROUTES.departments, count(ui.departments.title, site.departments.length, ui.departments.title));
    for (const v of site.departments) {
      const flag = v.entry?.flag ?? null;
      add(ROUTES.department(v.slug), rate(v.name, v.scope.indicators, { flag, ...(flag === null ? {} : { flagLabel: ui.flag[flag] }) }));
    }
  }
  if (site.leaders.length > 0) {
    add(ROUTES.leaders, count(ui.leaders.title, site.leaders.length, ui.leaders.title));
    for (const v of site.leaders) add(ROUTES.leader(v.slug), rate(v.name, v.scope.indicators));
  }
  add(ROUTES.changes, plain(ui.changes.title));
  add(ROUTES.bulletin, rate(ui.bulletin.heading(site.region ?? site.title, month), programme));
  add(MEDIA_ROUTES.downloads, plain(ui.media.downloadsTitle));
  if (prefix !== "") return pages;

  for (const p of b.site.projects) {
    if (!b.list.projectPages.has(p.slug)) continue;
    const s = p.last;
    const r = s.annualPlan ? (s.ytdCompleted ?? 0) / s.annualPlan : null;
    add(ROUTES.project(p.slug), {
      ...base,
      // The project's own month, as its page names it (not the newest month: see EditionBar).
      edition: ui.asOfMonth(site.fmt.month(s.month)),
      title: `${s.name}（${s.district}）`,
      figure: r === null ? null : formatPercent(r),
      figureLabel: r === null ? null : ui.fig.completionRate,
    });
  }
  add(ROUTES.editions, count(ui.editions.title, b.list.editions.filter((e) => e.current).length, ui.nav.editions));
  add(ROUTES.quality, plain(ui.quality.title));
  add(ROUTES.methodology, plain(ui.methodology.title));
  add(ROUTES.about, plain(ui.about.title));
  add(MEDIA_ROUTES.search, plain(ui.media.searchTitle));
  return pages;
}

const memo = new WeakMap<SiteBuild, Map<string, SitePage[]>>();
/** editionPages, once per build and edition. */
export function pagesOf(b: SiteBuild, prefix: string): SitePage[] {
  let m = memo.get(b);
  if (m === undefined) memo.set(b, (m = new Map()));
  let pages = m.get(prefix);
  if (pages === undefined) m.set(prefix, (pages = editionPages(b, prefix)));
  return pages;
}

const lookups = new WeakMap<SitePage[], Map<string, SitePage>>();

/** The page at a path below an edition, or the edition's home when the build has no card for it (the 404 page). */
export function pageAt(b: SiteBuild, prefix: string, rest: string): SitePage {
  const pages = pagesOf(b, prefix);
  // By address: each of 10,000 project pages looks itself up among the root's pages.
  let byRest = lookups.get(pages);
  if (byRest === undefined) lookups.set(pages, (byRest = new Map(pages.map((p) => [p.rest, p]))));
  return byRest.get(rest) ?? pages[0]!;
}
