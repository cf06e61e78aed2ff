import type { DistrictGeo } from "../data/readGeo.ts";
import { editionsOf, problemHistory, type EditionRecord } from "../editions/index.ts";
import type { Problem } from "../rank/problemTypes.ts";
import { buildEditionModel, presentationOf, type EditionModel, type Presentation } from "./editionModel.ts";
import { editionAt, listEditions, type EditionList, type EditionRef } from "./editionList.ts";
import type { DataFileEntry } from "./openData.ts";
import { buildSiteModel, type LoadedSite, type ProjectView, type SiteModel } from "./siteModel.ts";

/**
 * Everything the pages of one build share, made once by the build (src/lib/build/buildSite.ts)
 * and handed to the pages: the site-wide model, the list of editions and each edition's model
 * (made on first use).
 */
export interface SiteBuild {
  site: SiteModel;
  list: EditionList;
  presentation: Presentation;
  /** The model of the edition at a prefix ("" for the root). */
  edition(prefix: string): EditionModel;
  /** What this run renders: the root, then every edition not copied from the build cache. */
  rendered: EditionRef[];
  /** The projects whose pages this run renders (the others' are copied from the build cache). */
  renderedProjects: ProjectView[];
  /** Each bulletin is also printed to PDF (the downloads page links it). */
  bulletinPdf: boolean;
  /** The open-data files of a rendered edition as the build writes them (build/openDataWriter.ts), or null outside a build. */
  openData: ((prefix: string) => Promise<readonly DataFileEntry[]>) | null;
}

/** The Astro route parameter of an edition: undefined for the root, "editions/2026-09" otherwise. */
export function editionParam(prefix: string): string | undefined {
  return prefix === "" ? undefined : prefix.replace(/\/$/, "");
}

/** What a build is made from, already loaded and listed. */
export interface SiteInputs {
  loaded: LoadedSite;
  list: EditionList;
  presentation: Presentation;
  /** Each project's problems up to the root's month, for its page. */
  problems: ReadonlyMap<string, Problem[]>;
}

/**
 * List the editions of validated data and settle how they are presented. `notes`: the office's
 * notes by month (notes/YYYY-MM.md).
 */
export function siteInputs(
  loaded: LoadedSite & { editions: readonly EditionRecord[]; geo: DistrictGeo | null },
  notes: Readonly<Record<string, string>>,
): SiteInputs {
  const list = listEditions(editionsOf(loaded.programme, loaded.config, loaded.editions, notes), loaded.programme);
  return {
    loaded,
    list,
    problems: problemHistory(loaded.programme, list.root.month),
    // The loader has read and validated the boundaries (a broken file is an error there).
    presentation: presentationOf(loaded.config, loaded.config.basePath, loaded.geo),
  };
}

/**
 * The build's shared models. `cached`: prefixes of the editions the build copies from its cache
 * instead of rendering (their pages are not made again).
 */
export function makeSiteBuild({ loaded, list, presentation, problems }: SiteInputs, cached: ReadonlySet<string> = new Set(), extras: { bulletinPdf?: boolean } = {}): SiteBuild {
  const site = buildSiteModel(loaded, loaded.config.basePath, list.root.month, problems);
  const models = new Map<string, EditionModel>();
  return {
    site,
    list,
    presentation,
    edition(prefix) {
      let m = models.get(prefix);
      if (m === undefined) {
        const ref = editionAt(list, prefix);
        if (ref === undefined) throw new Error(`no edition at “${prefix}”`);
        m = buildEditionModel(ref, presentation, list.projectPages);
        models.set(prefix, m);
      }
      return m;
    },
    rendered: [list.root, ...list.editions.filter((e) => !cached.has(e.prefix))],
    renderedProjects: site.projects,
    bulletinPdf: extras.bulletinPdf ?? false,
    openData: null,
  };
}

/** The same build, rendering only the projects' pages that are not in `cached` (slugs). */
export function withCachedProjects(b: SiteBuild, cached: ReadonlySet<string>): SiteBuild {
  return { ...b, renderedProjects: b.site.projects.filter((p) => !cached.has(p.slug)) };
}

/** Static paths of an edition route: one per rendered edition, or per rendered edition and item. */
export function editionPaths<T extends Record<string, string>>(
  b: SiteBuild,
  each?: (model: EditionModel) => T[],
): Array<{ params: { edition: string | undefined } & T; props: { prefix: string } & T }> {
  return b.rendered.flatMap((ref) => {
    const edition = editionParam(ref.prefix);
    const items = each ? each(b.edition(ref.prefix)) : [{} as T];
    return items.map((item) => ({ params: { edition, ...item }, props: { prefix: ref.prefix, ...item } }));
  });
}
