import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { loadSite } from "./loadSite.ts";
import { buildSiteModel, type SiteModel } from "./siteModel.ts";

/**
 * The site model for this build, computed once and shared by every page. The cache lives on
 * globalThis because Astro may bundle this module into more than one chunk; keyed by data folder
 * and base so a test that builds two sites in one process gets two models.
 */
const CACHE = Symbol.for("key-project-journal.site-model");
type Cache = Map<string, Promise<SiteModel>>;

function cache(): Cache {
  const g = globalThis as unknown as Record<symbol, Cache | undefined>;
  g[CACHE] ??= new Map();
  return g[CACHE];
}

export function getSiteModel(base: string): Promise<SiteModel> {
  const dataDir = process.env.DATA_DIR ?? "data";
  const key = `${path.resolve(dataDir)}|${base}`;
  const hit = cache().get(key);
  if (hit) return hit;
  const made = (async () => {
    const site = await loadSite();
    // Astro's base and site.yaml's basePath are the same setting (astro.config.mjs reads it from
    // site.yaml). They differ only when something overrides import.meta.env.BASE_URL, such as a
    // BASE_URL variable in the environment: stop rather than publish links that miss the base.
    if (base !== site.config.basePath) {
      throw new Error(
        `import.meta.env.BASE_URL is “${base}” but site.yaml's basePath is “${site.config.basePath}”. ` +
          "Is BASE_URL set in the environment? Unset it and build again.",
      );
    }
    const month = site.programme.months.at(-1);
    const noteMarkdown = month ? await readFile(path.join(dataDir, "notes", `${month}.md`), "utf8").catch(() => null) : null;
    return buildSiteModel({ ...site, noteMarkdown, dataDir, geo: await readGeo(dataDir) }, base);
  })();
  cache().set(key, made);
  return made;
}

/** The first data/geo/*.geojson FeatureCollection (by name), or null. A broken file is ignored. */
async function readGeo(dataDir: string): Promise<unknown> {
  const dir = path.join(dataDir, "geo");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.geojson$/i.test(n)).sort();
  for (const name of names) {
    try {
      const json: unknown = JSON.parse(await readFile(path.join(dir, name), "utf8"));
      if (json !== null && typeof json === "object" && (json as { type?: unknown }).type === "FeatureCollection") return json;
    } catch {
      // not JSON: skip it (the validator owns reporting on inputs)
    }
  }
  return null;
}
