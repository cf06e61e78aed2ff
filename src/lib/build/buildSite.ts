import os from "node:os";
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { drawCards, pictureKey } from "../cards/drawCards.ts";
import { subsetFonts } from "../cards/subsetFonts.ts";
import { findCardFonts } from "../cards/fonts.ts";
import type { Locale } from "../config/siteConfigSchema.ts";
import type { EditionContent } from "../editions/content.ts";
import type { ValidationReport } from "../data/report.ts";
import { formatReport } from "../i18n/report.ts";
import { headersFile } from "../hosting/headersFile.ts";
import { loadDataDir } from "../io/loadDataDir.ts";
import { placeFiles } from "../io/placeFiles.ts";
import { removeAside } from "../io/removeAside.ts";
import { readNotes } from "../io/readNotes.ts";
import { pictureFiles } from "./pictureFiles.ts";
import { RecordCache } from "./recordCache.ts";
import { writeOpenDataAlongside } from "./openDataWriter.ts";
import { editionKeys, FolderCache, ownPages, templatesFingerprint, type KeyInputs } from "./editionCache.ts";
import { makeSiteBuild, siteInputs, withCachedProjects, type SiteInputs } from "../site/siteBuild.ts";
import { withoutProjectRows } from "../site/editionList.ts";
import { PageCache, projectPageFiles, projectPageKeys } from "./pageCache.ts";
import { journalIntegration } from "./integration.ts";
import { placeSitePhotos } from "./photos.ts";
import { printBulletins } from "./bulletinPdf.ts";
import { indexSearch, searchLine } from "./searchIndex.ts";
import { LiveCounts, n, stageLine } from "./progress.ts";
import { pagesToRender } from "../site/routes.ts";

/**
 * The build as a function, as Observable Framework's build(options, effects): validate every
 * input and stop with the report, writing nothing, when there is any error (an altered published
 * edition is one); then make the site's models once, draw the pictures on worker threads and
 * write the open data and index the root for search while Astro renders the pages (it gets the
 * models through the integration, nothing else), put in the editions kept in the build cache.
 * What it has to say goes through `effects.log`; scripts/build.ts only parses its arguments.
 */
export interface BuildOptions {
  /** The project's folder (pages/, src/, public/, astro.config.mjs). */
  root: string;
  dataDir: string;
  outDir: string;
  /** The build cache (editions and pictures), or null to build without one. */
  cacheDir: string | null;
  /** Where the Noto Sans CJK fonts of the preview cards are (Debian's folder by default). */
  fontDir?: string;
  /** Also print each rendered edition's bulletin to PDF with Debian's Chromium (`--pdf`). */
  pdf?: boolean;
}

export interface BuildEffects {
  /** One line of what the build did (counts, times). */
  log(line: string): void;
  /** The live line of the work under way (build/progress.ts), redrawn a few times a second; "" when none is. Left out, none is drawn. */
  live?(line: string): void;
}

export type BuildResult =
  | { ok: true; outDir: string; seconds: number }
  | { ok: false; report: ValidationReport; locale: Locale };

export async function buildSite(options: BuildOptions, effects: BuildEffects): Promise<BuildResult> {
  const { root, outDir } = options;
  const started = performance.now();
  const since = (t: number) => (performance.now() - t) / 1000;
  const data = path.resolve(options.dataDir);
  // Published records whose bytes an earlier build checked are not hashed again (build/recordCache.ts).
  const templates = await templatesFingerprint(root);
  const recordCache = options.cacheDir === null ? null : new RecordCache(path.join(options.cacheDir, "records"), templates);
  const checked = recordCache === null ? new Set<string>() : await recordCache.known();
  const loaded = await loadDataDir(options.dataDir, { verifiedRecords: checked });
  const { config, report, programme } = loaded;
  if (report.errors > 0 || programme === null) return { ok: false, report, locale: config.locale };
  await recordCache?.keep(loaded.verifiedRecords.digests, checked);
  // The build shows the issues and the counts; `npm run validate` shows what was understood per file.
  effects.log(formatReport(report, config.locale, { files: false }).trim());
  const records = loaded.editions.length;
  const recordsLine = records === 0 ? "" : `, ${n(records)} published editions (${n(loaded.verifiedRecords.known)} checked by an earlier build)`;
  effects.log(stageLine("load", `${n(report.files.length)} tables, ${n(programme.projects.length)} projects${recordsLine}`, since(started)));
  const live = new LiveCounts(effects.live);

  // Pages show source files from the data folder's name down, as the loader named them.
  const computing = performance.now();
  const pdf = options.pdf ?? false;
  const cache = options.cacheDir === null ? null : new FolderCache(path.join(options.cacheDir, "editions"));
  // A published edition's key names its record file's digest instead of hashing its content again.
  const recordDigests = new Map(loaded.editions.map((r, i) => [r.content, loaded.verifiedRecords.digests[i]!]));
  const { inputs, keyInputs, keys, fromCache } = await editionsAndKeys(
    siteInputs({ programme, config, report, editions: loaded.editions, geo: loaded.geo, dataDir: options.dataDir }, await readNotes(data)),
    { templates, pdf, baseUrl: config.baseUrl, locale: config.locale },
    cache,
    recordDigests,
  );
  const { list } = inputs;
  const allPages = makeSiteBuild(inputs, fromCache, { bulletinPdf: pdf });
  // Search: Pagefind's index of the root edition's pages (every one, rendered or copied from the cache, so it
  // starts before the project pages' keys are looked up), made from their records (site/searchRecords.ts),
  // not by reading the pages back (build/searchIndex.ts), so it is made by Pagefind's own process
  // alongside the pictures and pages, into a folder beside the output (Astro empties the output).
  const indexing = performance.now();
  const searchStaging = `${outDir}.search`;
  const searchCache = options.cacheDir === null ? null : { folders: new FolderCache(path.join(options.cacheDir, "search")), templates };
  const searching = indexSearch(allPages, searchStaging, searchCache).then((indexes) => ({ indexes, seconds: since(indexing) }));
  // Awaited after the copy; until then a failure must not count as unhandled.
  searching.catch(() => undefined);

  // Projects' pages whose key is in the cache are not rendered (build/pageCache.ts); without a cache no key is needed.
  const pageCache = options.cacheDir === null ? null : new PageCache(path.join(options.cacheDir, "projects"));
  const pageKeys = pageCache === null ? new Map<string, string>() : projectPageKeys(allPages, keyInputs);
  const keptPages = pageCache === null ? new Set<string>() : await pageCache.holding(pageKeys.values());
  const cachedProjects = withCachedProjects(allPages, new Set([...pageKeys].filter(([, key]) => keptPages.has(key)).map(([slug]) => slug)));
  // Open data is written on a worker thread while the pictures are drawn and the pages rendered
  // (build/openDataWriter.ts); the downloads pages get each file's size from it.
  const staging = `${outDir}.open-data`;
  await rm(staging, { recursive: true, force: true });
  const writingData = writeOpenDataAlongside(cachedProjects, config.baseUrl, staging);
  const siteBuild: typeof cachedProjects = { ...cachedProjects, openData: writingData.entries };
  const editionCount = list.editions.length;
  const projectCount = siteBuild.site.projects.length;
  const projectsRendered = siteBuild.renderedProjects.length;
  effects.log(
    stageLine(
      "compute",
      `${n(editionCount)} editions (${n(editionCount - fromCache.size)} to render, ${n(fromCache.size)} from the cache), ` +
        `${n(projectCount)} projects' pages (${n(projectsRendered)} to render, ${n(projectCount - projectsRendered)} from the cache)`,
      since(computing),
    ),
  );

  // Preview cards and chart pictures are drawn once and kept by content (src/lib/cards/drawCards.ts),
  // on worker threads while Astro renders the pages on this one, with fonts cut down to the characters they use.
  const picturesDir = options.cacheDir === null ? path.join(os.tmpdir(), `journal-cards-${process.pid}`) : path.join(options.cacheDir, "cards");
  // The fonts are subset on a worker thread, and only when a picture is to be drawn: Astro starts meanwhile.
  const pictures = pictureFiles(siteBuild);
  const fonts = findCardFonts(options.fontDir);
  let subset = 0;
  live.start("pictures", null);
  const drawing = drawCards(
    pictures.map((p) => p.job),
    picturesDir,
    fonts,
    {
      onDrawn: (drawn, toDraw) => live.set("pictures", drawn, toDraw),
      drawWith: async () => {
        const subsetting = performance.now();
        const cut = await subsetFonts(
          pictures.map((p) => p.job.svg),
          path.join(picturesDir, "fonts"),
          fonts,
        );
        subset = since(subsetting);
        return cut;
      },
    },
  );
  // Awaited after Astro; until then a failure must not count as unhandled.
  drawing.done.catch(() => undefined);
  // The last output is deleted while Astro renders (io/removeAside.ts).
  const clearing = await removeAside(outDir);
  const { build } = await import("astro");
  const rendering = performance.now();
  let written = 0;
  live.start("pages", pagesToRender(siteBuild));
  await build({
    root,
    logLevel: "warn",
    outDir,
    site: config.baseUrl,
    base: config.basePath,
    integrations: [
      journalIntegration(siteBuild, root, () => {
        written++;
        live.add("pages");
      }),
    ],
  });
  const rendered = (performance.now() - rendering) / 1000;
  live.finish("pages");
  effects.log(stageLine("pages", `${n(written)} written by Astro`, rendered));
  const openData = await writingData.done();
  const dataFiles = openData.files;
  effects.log(
    stageLine(
      "open data",
      `${n(dataFiles.length)} files of ${n(openData.onWorker + openData.onMain)} editions (${n(openData.onWorker)} written on a worker thread, ${n(openData.onMain)} on this one), alongside the pages` +
        (openData.workerFailure === null ? "" : `; the worker thread stopped (${openData.workerFailure}), so this thread wrote its editions`),
      openData.seconds,
    ),
  );
  // Astro leaves two empty content-collection modules in the output; no page uses them.
  for (const stray of ["content-assets.mjs", "content-modules.mjs"]) await rm(path.join(outDir, stray), { force: true });
  // Astro empties the output first, so the pictures and data files go in after it.
  const drawn = await drawing.done;
  live.finish("pictures");
  effects.log(
    stageLine(
      "pictures",
      `${n(drawn.cards)} preview cards and chart PNGs (${n(drawn.distinct)} distinct: ${n(drawn.drawn)} drawn on ${drawn.workers} worker threads, ` +
        `${n(drawn.fromCache)} from cache; fonts subset in ${subset.toFixed(1)} s)`,
      drawn.ms / 1000,
    ),
  );
  const placing = performance.now();
  placeFiles(pictures.map((p) => ({ from: drawing.files.get(pictureKey(p.job))!, to: path.join(outDir, p.file) })));
  placeFiles(dataFiles.map((f) => ({ from: path.join(staging, f), to: path.join(outDir, f) })));
  await rm(staging, { recursive: true, force: true });
  // Without a build cache the pictures were drawn into a temporary folder; the output keeps its links.
  if (options.cacheDir === null) await rm(picturesDir, { recursive: true, force: true });
  const placed = since(placing);
  await placeSitePhotos(siteBuild, { outDir, cacheDir: options.cacheDir, log: effects.log }); // site photos (build/photos.ts)
  // The bulletins as A4 PDFs, before the editions go into the cache (which keeps them).
  if (pdf) {
    const day = (ref: (typeof siteBuild.rendered)[number]) => ref.publishedOn ?? `${ref.month}-28`;
    const editions = siteBuild.rendered.map((ref) => ({ prefix: ref.prefix, day: day(ref) }));
    const printed = await printBulletins({ siteDir: outDir, base: config.basePath, origin: new URL(config.baseUrl).origin, editions });
    effects.log(stageLine("bulletins", `${n(printed.printed)} printed to PDF`, printed.ms / 1000));
  }
  // Security and cache headers for hosts that read a _headers file (hosting/README.md).
  await writeFile(path.join(outDir, "_headers"), headersFile(config.basePath));

  const caching = performance.now();
  if (cache !== null) {
    // Cached editions go in after Astro (which empties the output first); editions nest
    // (editions/2026-09/r1/ inside editions/2026-09/), so each copy carries only its own pages.
    for (const [prefix, key] of keys) {
      if (fromCache.has(prefix)) await cache.restore(key, path.join(outDir, prefix));
      else await cache.store(key, path.join(outDir, prefix), ownPages(list, prefix));
    }
    await cache.prune();
  }
  if (pageCache !== null) {
    const rendering = new Set(siteBuild.renderedProjects.map((p) => p.slug));
    const pages = [...pageKeys].map(([slug, key]) => ({ slug, key, ...projectPageFiles(outDir, slug) }));
    pageCache.restore(pages.filter((p) => !rendering.has(p.slug)));
    pageCache.store(pages.filter((p) => rendering.has(p.slug)));
    await pageCache.prune();
  }
  const cached =
    cache === null
      ? "no build cache"
      : `${n(fromCache.size)} editions and ${n(projectCount - projectsRendered)} projects' pages restored from the cache, ${n(keys.size - fromCache.size)} editions and ${n(projectsRendered)} pages stored`;
  effects.log(stageLine("copy", `${n(pictures.length)} pictures and ${n(dataFiles.length)} open-data files placed in ${placed.toFixed(1)} s; ${cached}`, placed + since(caching)));
  await clearing.removed;
  const indexed = await searching;
  for (const x of indexed.indexes) await rename(path.join(searchStaging, x.dir), path.join(outDir, x.dir));
  await rm(searchStaging, { recursive: true, force: true });
  effects.log(stageLine("search", searchLine(indexed.indexes), indexed.seconds));

  const seconds = since(started);
  effects.log(`built ${outDir} in ${seconds.toFixed(1)} s (Astro ${rendered.toFixed(1)} s)`);
  return { ok: true, outDir, seconds };
}

/**
 * Each edition's cache key (by prefix) and which are in the cache; then the inputs the build goes on
 * with, in which the cached editions keep no per-project parts (site/editionList.ts withoutProjectRows):
 * at 10,000 projects about 650 MB that no page of this build reads, and that the collector would
 * otherwise go through again and again while Astro renders. Only the slim list leaves this function.
 */
async function editionsAndKeys(
  full: SiteInputs,
  build: { templates: string; pdf: boolean; baseUrl: string; locale: string },
  cache: FolderCache | null,
  records: ReadonlyMap<EditionContent, string>,
): Promise<{ inputs: SiteInputs; keyInputs: KeyInputs; keys: Map<string, string>; fromCache: Set<string> }> {
  const keyInputs: KeyInputs = {
    templates: build.templates,
    presentation: full.presentation,
    // An edition rendered with its bulletin's PDF is kept apart from one without.
    bulletinPdf: build.pdf,
    baseUrl: build.baseUrl,
    locale: build.locale,
  };
  // Without a cache no key is needed (hashing 24 editions of 10,000 projects takes seconds).
  const keys = cache === null ? new Map<string, string>() : new Map([...editionKeys(full.list, keyInputs, records)].map(([ref, key]) => [ref.prefix, key]));
  const fromCache = new Set<string>();
  if (cache !== null) for (const [prefix, key] of keys) if (await cache.has(key)) fromCache.add(prefix);
  return { inputs: { ...full, list: withoutProjectRows(full.list, fromCache) }, keyInputs, keys, fromCache };
}
