import { rm } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "../common/hash.ts";
import { workerAnswer } from "../common/workerAnswer.ts";
import { FolderCache } from "./editionCache.ts";
import { searchRecords, type SearchRecord } from "../site/searchRecords.ts";
import type { SiteBuild } from "../site/siteBuild.ts";

/** The index's folder in the output: the search page loads `pagefind/pagefind.js` from it (pages/search, public/search.js). */
export const SEARCH_DIR = "pagefind";

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A record as Pagefind takes it: a few lines of HTML, never written anywhere. Its title is the
 * <h1> and its charts' headings are <h2>s, which Pagefind weighs as it weighs the page's own (a
 * custom record weighs every word alike, and a search for a district then ranked its page below
 * dozens of project pages); its language is the <html lang>, its characters a meta field, searched
 * but not shown.
 */
export function recordHtml(r: SearchRecord): string {
  const meta = r.characters === "" ? "" : ` data-pagefind-meta="characters:${escape(r.characters)}"`;
  const lines = r.content === "" ? [] : r.content.split("\n");
  const tag = (name: string) => (text: string) => `<${name}>${escape(text)}</${name}>`;
  return `<!doctype html><html lang="${escape(r.language)}"><body${meta}>${[tag("h1")(r.title), ...r.headings.map(tag("h2")), ...lines.map(tag("p"))].join("")}</body></html>`;
}

/** Where indexes are kept (`<cache>/search/<key>/`), and the templates' fingerprint (build/editionCache.ts) their keys include. */
export interface SearchCache {
  folders: FolderCache;
  templates: string;
}

/**
 * Write the search index of a build to `<outDir>/pagefind/` with Pagefind's Node API, from the
 * records of the root's pages (site/searchRecords.ts). No page is read back: the index takes the
 * same time whether the pages were rendered or copied from the build cache. Pagefind is spoken to
 * from a worker thread (searchWorker.mjs): its thousands of messages go through the event loop,
 * and on a loop kept busy by Astro's rendering the index of 2,000 projects took 21–29 s instead of 6.
 */
export async function indexSearch(b: SiteBuild, outDir: string, cache: SearchCache | null = null): Promise<{ pages: number; fromCache: boolean }> {
  const records = searchRecords(b).map((r) => ({ url: r.url, content: recordHtml(r) }));
  const outputPath = path.join(outDir, SEARCH_DIR);
  await rm(outputPath, { recursive: true, force: true });
  const make = async () => (await workerAnswer<{ pages?: number }>(new URL("./searchWorker.mjs", import.meta.url), { records, outputPath }, "the search index's worker")).pages ?? records.length;
  if (cache === null) return { pages: await make(), fromCache: false };
  // The index is a function of its records and of Pagefind (whose version is in the templates'
  // fingerprint, with package-lock.json): a build whose records did not change links the last
  // index instead of making it again, which took 46 s of a 74 s rebuild of 10,000 projects.
  const key = sha256(JSON.stringify({ format: 1, templates: cache.templates, records }));
  if (await cache.folders.has(key)) {
    await cache.folders.restore(key, outputPath);
    return { pages: records.length, fromCache: true };
  }
  const pages = await make();
  await cache.folders.store(key, outputPath);
  await cache.folders.prune();
  return { pages, fromCache: false };
}
