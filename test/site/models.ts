import path from "node:path";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import type { EditionModel } from "../../src/lib/site/editionModel.ts";
import { paginate, PROJECTS_PER_PAGE } from "../../src/lib/site/paginate.ts";
import { ROUTES } from "../../src/lib/site/urls.ts";
import { embedCharts } from "../../src/lib/site/embeds.ts";
import { MEDIA_ROUTES } from "../../src/lib/site/mediaPaths.ts";
import { makeSiteBuild, siteInputs, type SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { readNotes } from "../../src/lib/io/readNotes.ts";
import { ROOT } from "./buildSite.ts";

/**
 * The models a build of `dataDir` renders from, made the way scripts/build.ts makes them: the
 * site-wide model, the edition list and each edition's model. For tests that compare pages
 * with what they should show.
 */
export async function modelsOf(dataDir: string, base: string): Promise<SiteBuild> {
  const abs = path.resolve(ROOT, dataDir);
  const loaded = await loadDataDir(abs);
  if (loaded.programme === null) throw new Error(`${dataDir} has errors`);
  if (base !== loaded.config.basePath) throw new Error(`${dataDir} is built under ${loaded.config.basePath}, not ${base}`);
  return makeSiteBuild(siteInputs({ ...loaded, programme: loaded.programme, dataDir: abs }, await readNotes(abs)));
}

/** Every page an edition should have, relative to the output folder. */
export function editionPages(m: EditionModel): string[] {
  const page = (route: string) => `${m.edition.prefix}${route}index.html`;
  return [
    page(ROUTES.home),
    page(ROUTES.districts),
    ...m.districts.map((d) => page(ROUTES.district(d.slug))),
    ...paginate(m.projects, PROJECTS_PER_PAGE).map((p) => page(`${ROUTES.projects}${p.number > 1 ? `page/${p.number}/` : ""}`)),
    page(ROUTES.categories),
    ...m.categories.map((c) => page(ROUTES.category(c.slug))),
    page(ROUTES.boards),
    page(ROUTES.warnings),
    page(ROUTES.changes),
    page(ROUTES.bulletin),
    ...(m.problems === null ? [] : [page(ROUTES.problems)]),
    ...(m.departments.length === 0 ? [] : [page(ROUTES.departments), ...m.departments.map((v) => page(ROUTES.department(v.slug)))]),
    ...(m.leaders.length === 0 ? [] : [page(ROUTES.leaders), ...m.leaders.map((v) => page(ROUTES.leader(v.slug)))]),
    page(MEDIA_ROUTES.downloads),
    ...embedCharts(m).map((e) => page(MEDIA_ROUTES.embed(e.id))),
  ];
}

/** Every page of a build: each edition's, the root's, the project pages and the site-wide ones. */
export function expectedPages(b: SiteBuild): string[] {
  const page = (route: string) => `${route}index.html`;
  return [
    ...editionPages(b.edition("")),
    ...b.list.editions.flatMap((e) => editionPages(b.edition(e.prefix))),
    ...b.site.projects.map((p) => page(ROUTES.project(p.slug))),
    page(ROUTES.editions),
    page(ROUTES.quality),
    page(ROUTES.methodology),
    page(ROUTES.about),
    page(MEDIA_ROUTES.search),
    "404.html",
  ];
}
