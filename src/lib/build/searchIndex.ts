import { rm } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "../common/hash.ts";
import { workerAnswer } from "../common/workerAnswer.ts";
import { FolderCache } from "./editionCache.ts";
import { n } from "./progress.ts";
import { SEARCH_INDEXES, searchRecords, type SearchIndexName, type SearchRecord } from "../site/searchRecords.ts";
import type { SiteBuild } from "../site/siteBuild.ts";

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

/** What became of one index: its folder in the output, its pages, and whether it was linked from the cache. */
export interface IndexMade {
  dir: string;
  pages: number;
  fromCache: boolean;
}

/**
 * Write the search indexes of a build to `<outDir>/pagefind/` and `<outDir>/pagefind-site/`
 * (site/searchRecords.ts SEARCH_INDEXES) with Pagefind's Node API, from the records of the root's
 * pages (site/searchRecords.ts). No page is read back: an index takes the same time whether the
 * pages were rendered or copied from the build cache. Pagefind is spoken to from a worker thread
 * (searchWorker.mjs): its thousands of messages go through the event loop, and on a loop kept busy
 * by Astro's rendering the index of 2,000 projects took 21–29 s instead of 6.
 */
export async function indexSearch(b: SiteBuild, outDir: string, cache: SearchCache | null = null): Promise<IndexMade[]> {
  const all = searchRecords(b);
  const indexes = (Object.keys(SEARCH_INDEXES) as SearchIndexName[]).map((name) => {
    const records = all.filter((r) => r.index === name).map((r) => ({ url: r.url, content: recordHtml(r) }));
    const dir = SEARCH_INDEXES[name];
    // An index is a function of its records and of Pagefind (whose version is in the templates'
    // fingerprint, with package-lock.json): one whose records did not change is linked from the
    // cache instead of being made again.
    const key = cache === null ? null : sha256(JSON.stringify({ format: 2, index: name, templates: cache.templates, records }));
    return { dir, records, key, outputPath: path.join(outDir, dir) };
  });
  const linked = new Set<string>();
  for (const x of indexes) {
    await rm(x.outputPath, { recursive: true, force: true });
    if (cache !== null && x.key !== null && (await cache.folders.has(x.key))) {
      await cache.folders.restore(x.key, x.outputPath);
      linked.add(x.dir);
    }
  }
  const toMake = indexes.filter((x) => !linked.has(x.dir));
  if (toMake.length > 0) {
    await workerAnswer(new URL("./searchWorker.mjs", import.meta.url), { indexes: toMake.map((x) => ({ records: x.records, outputPath: x.outputPath })) }, "the search index's worker");
    if (cache !== null) {
      for (const x of toMake) await cache.folders.store(x.key!, x.outputPath);
      await cache.folders.prune();
    }
  }
  return indexes.map((x) => ({ dir: x.dir, pages: x.records.length, fromCache: linked.has(x.dir) }));
}

/** The search stage's line: "14,178 pages in 2 indexes (pagefind/: 14,174 linked from the cache, as no record changed; pagefind-site/: 4 indexed by Pagefind)". */
export function searchLine(indexes: readonly IndexMade[]): string {
  const total = indexes.reduce((sum, x) => sum + x.pages, 0);
  const each = indexes.map((x) => `${x.dir}/: ${n(x.pages)} ${x.fromCache ? "linked from the cache, as no record changed" : "indexed by Pagefind"}`);
  return `${n(total)} pages in ${indexes.length === 1 ? "1 index" : `${indexes.length} indexes`} (${each.join("; ")})`;
}
