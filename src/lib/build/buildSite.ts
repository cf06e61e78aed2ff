import { execFile } from "node:child_process";
import os from "node:os";
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { drawCards, pictureKey } from "../cards/drawCards.ts";
import { subsetFonts } from "../cards/subsetFonts.ts";
import { findCardFonts } from "../cards/fonts.ts";
import type { Locale } from "../config/siteConfigSchema.ts";
import type { ValidationReport } from "../data/report.ts";
import { formatReport } from "../i18n/report.ts";
import { headersFile } from "../hosting/headersFile.ts";
import { loadDataDir } from "../io/loadDataDir.ts";
import { placeFiles } from "../io/placeFiles.ts";
import { readNotes } from "../io/readNotes.ts";
import { pictureFiles } from "./pictureFiles.ts";
import { writeOpenData } from "./writeOpenData.ts";
import { EditionCache, editionKeys, templatesFingerprint } from "./editionCache.ts";
import { makeSiteBuild, siteInputs } from "../site/siteBuild.ts";
import { journalIntegration } from "./integration.ts";
import { placeSitePhotos } from "./photos.ts";
import { printBulletins } from "./bulletinPdf.ts";

/**
 * The build as a function, as Observable Framework's build(options, effects): validate every
 * input and stop with the report, writing nothing, when there is any error (an altered published
 * edition is one); then make the site's models once, draw the pictures on worker threads and
 * write the open data while Astro renders the pages (it gets the models through the integration,
 * nothing else), put in the editions kept in the build cache, index the root for search.
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
}

export type BuildResult =
  | { ok: true; outDir: string; seconds: number }
  | { ok: false; report: ValidationReport; locale: Locale };

const exec = promisify(execFile);

export async function buildSite(options: BuildOptions, effects: BuildEffects): Promise<BuildResult> {
  const { root, outDir } = options;
  const started = performance.now();
  const data = path.resolve(options.dataDir);
  const loaded = await loadDataDir(options.dataDir);
  const { config, report, programme } = loaded;
  if (report.errors > 0 || programme === null) return { ok: false, report, locale: config.locale };
  // The build shows the issues and the counts; `npm run validate` shows what was understood per file.
  effects.log(formatReport(report, config.locale, { files: false }).trim());

  // Pages show source files from the data folder's name down, as the loader named them.
  const inputs = siteInputs({ programme, config, report, editions: loaded.editions, geo: loaded.geo, dataDir: options.dataDir }, await readNotes(data));
  const { list } = inputs;
  const pdf = options.pdf ?? false;
  const keys = editionKeys(list, {
    templates: await templatesFingerprint(root),
    presentation: inputs.presentation,
    // An edition rendered with its bulletin's PDF is kept apart from one without.
    bulletinPdf: pdf,
    baseUrl: config.baseUrl,
    locale: config.locale,
  });
  const cache = options.cacheDir === null ? null : new EditionCache(path.join(options.cacheDir, "editions"));
  const fromCache = new Set<string>();
  if (cache !== null) for (const [ref, key] of keys) if (await cache.has(key)) fromCache.add(ref.prefix);
  const siteBuild = makeSiteBuild(inputs, fromCache, { bulletinPdf: pdf });

  // Preview cards and chart pictures are drawn once and kept by content (src/lib/cards/drawCards.ts),
  // on worker threads while Astro renders the pages on this one, with fonts cut down to the characters they use.
  const picturesDir = options.cacheDir === null ? path.join(os.tmpdir(), `journal-cards-${process.pid}`) : path.join(options.cacheDir, "cards");
  const subsetting = performance.now();
  const pictures = pictureFiles(siteBuild);
  const fonts = await subsetFonts(
    pictures.map((p) => p.job.svg),
    path.join(picturesDir, "fonts"),
    findCardFonts(options.fontDir),
  );
  const subset = (performance.now() - subsetting) / 1000;
  const drawing = drawCards(
    pictures.map((p) => p.job),
    picturesDir,
    fonts,
  );
  // Open data is written one edition at a time while the pictures are drawn (an edition's files
  // are tens of MB for 10,000 projects: Astro endpoints would keep them all).
  const staging = `${outDir}.open-data`;
  await rm(staging, { recursive: true, force: true });
  const dataFiles = await writeOpenData(siteBuild, config.baseUrl, staging);
  await rm(outDir, { recursive: true, force: true });
  const { build } = await import("astro");
  const rendering = performance.now();
  await build({
    root,
    logLevel: "warn",
    outDir,
    site: config.baseUrl,
    base: config.basePath,
    integrations: [journalIntegration(siteBuild, root)],
  });
  const rendered = (performance.now() - rendering) / 1000;
  // Astro leaves two empty content-collection modules in the output; no page uses them.
  for (const stray of ["content-assets.mjs", "content-modules.mjs"]) await rm(path.join(outDir, stray), { force: true });
  // Astro empties the output first, so the pictures and data files go in after it.
  const drawn = await drawing.done;
  const placing = performance.now();
  await placeFiles(pictures.map((p) => ({ from: drawing.files.get(pictureKey(p.job))!, to: path.join(outDir, p.file) })));
  await placeFiles(dataFiles.map((f) => ({ from: path.join(staging, f), to: path.join(outDir, f) })));
  await rm(staging, { recursive: true, force: true });
  // Without a build cache the pictures were drawn into a temporary folder; the output keeps its links.
  if (options.cacheDir === null) await rm(picturesDir, { recursive: true, force: true });
  await placeSitePhotos(siteBuild, { outDir, cacheDir: options.cacheDir, log: effects.log }); // site photos (build/photos.ts)
  const placed = (performance.now() - placing) / 1000;
  // The bulletins as A4 PDFs, before the editions go into the cache (which keeps them).
  if (pdf) {
    const day = (ref: (typeof siteBuild.rendered)[number]) => ref.publishedOn ?? `${ref.month}-28`;
    const editions = siteBuild.rendered.map((ref) => ({ prefix: ref.prefix, day: day(ref) }));
    const printed = await printBulletins({ siteDir: outDir, base: config.basePath, origin: new URL(config.baseUrl).origin, editions });
    effects.log(`bulletins: ${printed.printed} printed to PDF in ${(printed.ms / 1000).toFixed(1)} s`);
  }
  // Security and cache headers for hosts that read a _headers file (hosting/README.md).
  await writeFile(path.join(outDir, "_headers"), headersFile(config.basePath));

  if (cache !== null) {
    // Cached editions go in after Astro (which empties the output first); editions nest
    // (editions/2026-09/r1/ inside editions/2026-09/), so each copy carries only its own pages.
    for (const [ref, key] of keys) {
      if (fromCache.has(ref.prefix)) await cache.restore(key, outDir, ref.prefix);
      else await cache.store(key, outDir, ref.prefix, list);
    }
    await cache.prune();
  }
  // Search: Pagefind indexes the root edition's pages only (BaseLayout marks their <main> with
  // data-pagefind-body; other editions, embeds and the search page itself are left out). The glob
  // keeps Pagefind from reading the editions' pages at all (a quarter of a large site's pages).
  const indexing = performance.now();
  const pagefind = path.join(root, "node_modules", ".bin", "pagefind");
  const notRoot = new Set(["editions", "embed", "pagefind", "_astro", "og", "data"]);
  const rootDirs = (await readdir(outDir, { withFileTypes: true })).filter((e) => e.isDirectory() && !notRoot.has(e.name)).map((e) => `${e.name}/**/*.html`);
  const glob = `{${["*.html", "editions/index.html", ...rootDirs.sort()].join(",")}}`;
  const { stdout: pf } = await exec(pagefind, ["--site", outDir, "--output-subdir", "pagefind", "--glob", glob], { maxBuffer: 64 * 1024 * 1024 });
  const indexedPages = /Indexed (\d+) page/.exec(pf)?.[1] ?? "?";
  effects.log(`search: ${indexedPages} pages indexed by Pagefind in ${((performance.now() - indexing) / 1000).toFixed(1)} s`);

  effects.log(
    `pictures (preview cards and chart PNGs): ${drawn.cards} (${drawn.distinct} distinct: ${drawn.drawn} drawn on ${drawn.workers} worker threads in ${(drawn.ms / 1000).toFixed(1)} s, ` +
      `${drawn.fromCache} from cache; placed in ${placed.toFixed(1)} s; fonts subset in ${subset.toFixed(1)} s)`,
  );
  const n = list.editions.length;
  effects.log(`editions: ${n} (${n - fromCache.size} rendered, ${fromCache.size} from cache)`);
  const seconds = (performance.now() - started) / 1000;
  effects.log(`built ${outDir} in ${seconds.toFixed(1)} s (Astro ${rendered.toFixed(1)} s)`);
  return { ok: true, outDir, seconds };
}
