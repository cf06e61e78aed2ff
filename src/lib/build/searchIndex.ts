import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
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

/**
 * Write the search index of a build to `<outDir>/pagefind/` with Pagefind's Node API, from the
 * records of the root's pages (site/searchRecords.ts). No page is read back: the index takes the
 * same time whether the pages were rendered or copied from the build cache.
 */
export async function indexSearch(b: SiteBuild, outDir: string): Promise<{ pages: number }> {
  const records = searchRecords(b);
  const outputPath = path.join(outDir, SEARCH_DIR);
  await rm(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (index === undefined) throw new Error(`Pagefind: ${errors.join("; ")}`);
    // Sent together, without a round trip each: the index does not depend on the order they arrive in.
    const added = await Promise.all(records.map((r) => index.addHTMLFile({ url: r.url, content: recordHtml(r) })));
    const failed = added.flatMap((a, i) => a.errors.map((e) => `${records[i]!.url}: ${e}`));
    if (failed.length > 0) throw new Error(`Pagefind: ${failed.join("; ")}`);
    // The files come back in memory and are written here, every one awaited: writeFiles answered
    // before its last file was whole, and close() then cut it (a 175 KB script left at 128 KB).
    const built = await index.getFiles();
    if (built.errors.length > 0) throw new Error(`Pagefind: ${built.errors.join("; ")}`);
    for (const file of built.files) {
      const target = path.join(outputPath, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  } finally {
    await pagefind.close();
  }
  return { pages: records.length };
}
