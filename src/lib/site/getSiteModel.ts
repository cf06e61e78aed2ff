import path from "node:path";
import { readNotes } from "./dataFiles.ts";
import type { DistrictGeo } from "../data/readGeo.ts";
import { buildEditionModel, presentationOf, type EditionModel, type Presentation } from "./editionModel.ts";
import { editionAt, listEditions, type EditionList, type EditionRef } from "./editions.ts";
import type { EditionRecord } from "../editions/record.ts";
import { loadSite } from "./loadSite.ts";
import { buildSiteModel, type LoadedSite, type SiteModel } from "./siteModel.ts";

/**
 * Everything the pages of one build share, computed once: the site-wide model, the list of
 * editions and each edition's model (made on first use). The cache lives on globalThis because
 * Astro may bundle this module into more than one chunk; keyed by data folder and base so a test
 * that builds two sites in one process gets two.
 */
export interface SiteBuild {
  site: SiteModel;
  list: EditionList;
  presentation: Presentation;
  /** The model of the edition at a prefix ("" for the root). */
  edition(prefix: string): EditionModel;
  /** What this run renders: the root, then every edition not copied from the build cache. */
  rendered: EditionRef[];
}

/** Prefixes of editions scripts/build.ts copies from its cache instead of rendering (comma-separated). */
export const CACHED_EDITIONS_ENV = "JOURNAL_CACHED_EDITIONS";

const CACHE = Symbol.for("key-project-journal.site-build");
type Cache = Map<string, Promise<SiteBuild>>;

function cache(): Cache {
  const g = globalThis as unknown as Record<symbol, Cache | undefined>;
  g[CACHE] ??= new Map();
  return g[CACHE];
}

/** The Astro route parameter of an edition: undefined for the root, "editions/2026-09" otherwise. */
export function editionParam(prefix: string): string | undefined {
  return prefix === "" ? undefined : prefix.replace(/\/$/, "");
}

function cacheKey(dataDir: string, base: string, skip: ReadonlySet<string>): string {
  return `${path.resolve(dataDir)}|${base}|${[...skip].sort().join(",")}`;
}

function cachedPrefixes(): Set<string> {
  return new Set((process.env[CACHED_EDITIONS_ENV] ?? "").split(",").filter((s) => s !== ""));
}

/** What a build is made from, already loaded and listed. */
export interface SiteInputs {
  loaded: LoadedSite;
  list: EditionList;
  presentation: Presentation;
}

/**
 * Load and list everything a build needs from a data folder (scripts/build.ts does this once,
 * before Astro, passing the data it has validated as `loaded`).
 */
export async function readSiteInputs(
  dataDir: string,
  base: string,
  loaded?: LoadedSite & { editions: EditionRecord[]; geo: DistrictGeo | null },
): Promise<SiteInputs> {
  loaded ??= await loadSite();
  // Astro's base and site.yaml's basePath are the same setting (astro.config.mjs reads it from
  // site.yaml). They differ only when something overrides import.meta.env.BASE_URL, such as a
  // BASE_URL variable in the environment: stop rather than publish links that miss the base.
  if (base !== loaded.config.basePath) {
    throw new Error(
      `import.meta.env.BASE_URL is “${base}” but site.yaml's basePath is “${loaded.config.basePath}”. ` +
        "Is BASE_URL set in the environment? Unset it and build again.",
    );
  }
  return {
    loaded: { dataDir, ...loaded },
    list: listEditions(loaded, await readNotes(dataDir)),
    // The loader has read and validated the boundaries (a broken file is an error there).
    presentation: presentationOf(loaded.config, base, loaded.geo),
  };
}

function makeSiteBuild({ loaded, list, presentation }: SiteInputs, base: string, skip: ReadonlySet<string>): SiteBuild {
  const site = buildSiteModel(loaded, base, list.root.month);
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
    rendered: [list.root, ...list.editions.filter((e) => !skip.has(e.prefix))],
  };
}

/**
 * Hand the pages inputs already read (by scripts/build.ts, which needs the edition list for the
 * cache keys) so that Astro's pages do not load and compute them a second time.
 */
export function primeSiteBuild(inputs: SiteInputs, dataDir: string, base: string): SiteBuild {
  const skip = cachedPrefixes();
  const made = makeSiteBuild(inputs, base, skip);
  cache().set(cacheKey(dataDir, base, skip), Promise.resolve(made));
  return made;
}

export function getSiteBuild(base: string): Promise<SiteBuild> {
  const dataDir = process.env.DATA_DIR ?? "data";
  const skip = cachedPrefixes();
  const key = cacheKey(dataDir, base, skip);
  const hit = cache().get(key);
  if (hit) return hit;
  const made = readSiteInputs(dataDir, base).then((inputs) => makeSiteBuild(inputs, base, skip));
  cache().set(key, made);
  return made;
}

/** The site-wide model (data quality, sources, project pages). */
export async function getSiteModel(base: string): Promise<SiteModel> {
  return (await getSiteBuild(base)).site;
}

/** Static paths of an edition route: one per rendered edition, or per rendered edition and item. */
export async function editionPaths<T extends Record<string, string>>(
  base: string,
  each?: (model: EditionModel) => T[],
): Promise<Array<{ params: { edition: string | undefined } & T; props: { prefix: string } & T }>> {
  const b = await getSiteBuild(base);
  return b.rendered.flatMap((ref) => {
    const edition = editionParam(ref.prefix);
    const items = each ? each(b.edition(ref.prefix)) : [{} as T];
    return items.map((item) => ({ params: { edition, ...item }, props: { prefix: ref.prefix, ...item } }));
  });
}
