import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadDataDir } from "../src/lib/io/loadDataDir.ts";
import { formatReport } from "../src/lib/data/report.ts";
import { EditionCache, editionKeys, templatesFingerprint } from "../src/lib/site/editionCache.ts";
import { CACHED_EDITIONS_ENV, primeSiteBuild, readSiteInputs } from "../src/lib/site/getSiteModel.ts";
import { tempCardsDir } from "../src/lib/media/images.ts";
import { pictureFiles } from "../src/lib/media/pictureFiles.ts";
import { writeOpenData } from "../src/lib/media/writeOpenData.ts";
import { drawCards, pictureKey } from "../src/lib/cards/drawCards.ts";
import { subsetFonts } from "../src/lib/cards/subsetFonts.ts";
import { placeFiles } from "../src/lib/io/placeFiles.ts";
import { headersFile } from "../src/lib/hosting/headersFile.ts";
import { cliArgs } from "./cli.ts";
import { execFile } from "node:child_process";
import { promisify } from "node:util";

/**
 * Build the site: validate every input first and stop with the report, writing nothing, when
 * there is any error (an altered published edition is one); then let Astro render the pages into
 * --out (default dist/). Editions whose pages are already in the build cache (--cache DIR,
 * JOURNAL_CACHE_DIR, default .cache/) under the same key are copied from it instead of rendered.
 */
const usage = "usage: npm run build -- [--data DIR] [--out DIR] [--cache DIR | --no-cache]";
const { values, dataDir } = cliArgs(usage, { out: { type: "string" }, cache: { type: "string" }, "no-cache": { type: "boolean" } });
const root = path.resolve(import.meta.dirname, "..");
const outDir = path.resolve((values.out as string | undefined) ?? process.env.OUT_DIR ?? "dist");
const cacheRoot = values["no-cache"] ? null : path.resolve((values.cache as string | undefined) ?? process.env.JOURNAL_CACHE_DIR ?? path.join(root, ".cache"));

const started = performance.now();
const loaded = await loadDataDir(dataDir);
const { config, report, programme } = loaded;
if (report.errors > 0 || programme === null) {
  console.error(formatReport(report, config.locale));
  process.exit(1);
}
// The build shows the issues and the counts; `npm run validate` shows what was understood per file.
console.log(formatReport(report, config.locale, { files: false }).trim());

const data = path.resolve(dataDir);
// Pages show source files from the data folder's name down, as the loader named them (relative to where the build ran).
const inputs = await readSiteInputs(data, config.basePath, { programme, config, report, editions: loaded.editions, geo: loaded.geo, dataDir });
const { list } = inputs;
const keys = editionKeys(list, {
  templates: await templatesFingerprint(root),
  presentation: inputs.presentation,
  baseUrl: config.baseUrl,
  locale: config.locale,
});
const cache = cacheRoot === null ? null : new EditionCache(path.join(cacheRoot, "editions"));
const fromCache = new Set<string>();
if (cache !== null) for (const [ref, key] of keys) if (await cache.has(key)) fromCache.add(ref.prefix);

process.env.DATA_DIR = data;
process.env.OUT_DIR = outDir;
process.env.ASTRO_TELEMETRY_DISABLED = "1";
process.env[CACHED_EDITIONS_ENV] = [...fromCache].join(",");
// Preview cards and chart pictures are drawn once and kept by content (src/lib/cards/drawCards.ts).
const picturesDir = cacheRoot === null ? tempCardsDir() : path.join(cacheRoot, "cards");
const siteBuild = primeSiteBuild(inputs, data, config.basePath);
// Every page's preview card and every chart PNG is drawn on worker threads while Astro renders
// the pages on this one, with fonts cut down to the characters they use.
const subsetting = performance.now();
const pictures = pictureFiles(siteBuild);
const fonts = await subsetFonts(
  pictures.map((p) => p.job.svg),
  path.join(picturesDir, "fonts"),
);
const subset = (performance.now() - subsetting) / 1000;
const drawing = drawCards(
  pictures.map((p) => p.job),
  picturesDir,
  fonts,
);
// Open data is written by this script, one edition at a time, while the pictures are drawn (an
// edition's files are tens of MB for 10,000 projects: Astro endpoints would keep them all).
const staging = `${outDir}.open-data`;
await rm(staging, { recursive: true, force: true });
const dataFiles = await writeOpenData(siteBuild, config.baseUrl, staging);
await rm(outDir, { recursive: true, force: true });
const { build } = await import("astro");
const rendering = performance.now();
await build({ root, logLevel: "warn" });
const rendered = (performance.now() - rendering) / 1000;
// Astro leaves two empty content-collection modules in the output; no page uses them.
for (const stray of ["content-assets.mjs", "content-modules.mjs"]) await rm(path.join(outDir, stray), { force: true });
// Astro empties the output first, so the cards go in after it.
const drawn = await drawing.done;
const placing = performance.now();
await placeFiles(pictures.map((p) => ({ from: drawing.files.get(pictureKey(p.job))!, to: path.join(outDir, p.file) })));
await placeFiles(dataFiles.map((f) => ({ from: path.join(staging, f), to: path.join(outDir, f) })));
await rm(staging, { recursive: true, force: true });
// Without a build cache the pictures were drawn into a temporary folder; the output keeps its links.
if (cacheRoot === null) await rm(picturesDir, { recursive: true, force: true });
const placed = (performance.now() - placing) / 1000;
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
const { stdout: pf } = await promisify(execFile)(pagefind, ["--site", outDir, "--output-subdir", "pagefind", "--glob", glob], { maxBuffer: 64 * 1024 * 1024 });
const indexedPages = /Indexed (\d+) page/.exec(pf)?.[1] ?? "?";
console.log(`search: ${indexedPages} pages indexed by Pagefind in ${((performance.now() - indexing) / 1000).toFixed(1)} s`);

console.log(
  `pictures (preview cards and chart PNGs): ${drawn.cards} (${drawn.distinct} distinct: ${drawn.drawn} drawn on ${drawn.workers} worker threads in ${(drawn.ms / 1000).toFixed(1)} s, ` +
    `${drawn.fromCache} from cache; placed in ${placed.toFixed(1)} s; fonts subset in ${subset.toFixed(1)} s)`,
);
const n = list.editions.length;
console.log(`editions: ${n} (${n - fromCache.size} rendered, ${fromCache.size} from cache)`);
console.log(`built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s (Astro ${rendered.toFixed(1)} s)`);
