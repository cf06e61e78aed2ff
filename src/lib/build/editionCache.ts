import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from "node:fs/promises";
import { linkTree } from "../io/placeFiles.ts";
import path from "node:path";
import { sha256, stableJson } from "../common/hash.ts";
import type { EditionContent } from "../editions/content.ts";
import type { Presentation } from "../site/editionModel.ts";
import { editionNav, type EditionList, type EditionRef } from "../site/editionList.ts";

/**
 * The build cache of rendered editions. An edition's pages are a function of its content, its
 * navigation (neighbours, root, its month's revisions), the presentation settings and the
 * templates, so a key over exactly these names a directory of finished pages that a later build
 * can copy instead of rendering. The root is always rendered; so are the site-wide pages.
 */

/** Everything outside the data that shapes the pages: the templates, the code, the assets and the locked dependencies. */
export const TEMPLATE_INPUTS = ["pages", "src", "public", "astro.config.mjs", "package-lock.json"];

/** SHA-256 over the path and bytes of every file in `inputs` (relative to `root`), in path order. */
export async function templatesFingerprint(root: string, inputs: readonly string[] = TEMPLATE_INPUTS): Promise<string> {
  const files: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const s = await stat(path.join(root, rel)).catch(() => null);
    if (s === null) return;
    if (s.isDirectory()) {
      for (const name of (await readdir(path.join(root, rel))).sort()) if (name !== "node_modules" && !name.startsWith(".")) await walk(`${rel}/${name}`);
    } else files.push(rel);
  };
  for (const i of inputs) await walk(i);
  const hash = createHash("sha256");
  for (const f of files.sort()) {
    const bytes = await readFile(path.join(root, f));
    hash.update(`${f}\u0000${bytes.length}\u0000`).update(bytes);
  }
  return hash.digest("hex");
}

export interface KeyInputs {
  templates: string;
  presentation: Presentation;
  /** The site's address (canonical links). */
  baseUrl: string;
  locale: string;
  /** The edition's pages come with their bulletin's PDF (`--pdf`). */
  bulletinPdf?: boolean;
}

/** Project slugs an edition links to that have no page (their links are left out, so they shape the page). */
export function missingProjectPages(list: EditionList, ref: EditionRef): string[] {
  const slugs = new Set(ref.content.projects.map((p) => p.slug));
  const c = ref.content.changes;
  if (c) for (const p of [...c.added, ...c.removed, ...c.started, ...c.finished, ...c.warningsRaised, ...c.warningsCleared, ...c.warningsLevel]) slugs.add(p.slug);
  return [...slugs].filter((s) => !list.projectPages.has(s)).sort();
}

/**
 * The cache key of an edition's pages. A draft's content goes in as plain JSON, not as the published
 * checksum's sorted JSON (a third of the time: 6 s against 13 s for 24 editions of 10,000 projects):
 * the same code builds it in the same order from the same data, and content that came out in
 * another order would only miss the cache, never hit a wrong entry. A published edition's content
 * is named by its record file's digest (`records`: by content, from the loader), which the loader
 * has already computed: the same bytes parse to the same content in the same order.
 */
export function editionKey(
  list: EditionList,
  ref: EditionRef,
  inputs: KeyInputs,
  presentationSha = sha256(stableJson(inputs.presentation)),
  records: ReadonlyMap<EditionContent, string> = new Map(),
): string {
  const record = records.get(ref.content);
  return sha256(
    stableJson({
      format: 1,
      content: record === undefined ? sha256(JSON.stringify(ref.content)) : `record:${record}`,
      nav: editionNav(list, ref),
      missingProjectPages: missingProjectPages(list, ref),
      presentation: presentationSha,
      templates: inputs.templates,
      baseUrl: inputs.baseUrl,
      locale: inputs.locale,
      // Only when set, so the keys of builds without PDFs stay what they were.
      ...(inputs.bulletinPdf ? { bulletinPdf: true } : {}),
    }),
  );
}

/** Each edition's key (the root is never cached); `records`: published contents' record digests. */
export function editionKeys(list: EditionList, inputs: KeyInputs, records: ReadonlyMap<EditionContent, string> = new Map()): Map<EditionRef, string> {
  const presentationSha = sha256(stableJson(inputs.presentation));
  return new Map(list.editions.map((e) => [e, editionKey(list, e, inputs, presentationSha, records)]));
}

/**
 * What an edition's folder holds of its own: not the sub-directories that belong to other editions
 * (editions/2026-09/ holds r1/), as `keep` for FolderCache.store.
 */
export function ownPages(list: EditionList, prefix: string): (relative: string) => boolean {
  const nested = new Set(list.editions.filter((e) => e.prefix !== prefix && e.prefix.startsWith(prefix)).map((e) => e.prefix.slice(prefix.length).replace(/\/$/, "")));
  return (relative) => !nested.has(relative);
}

/** A directory of folders, one sub-directory per key: rendered editions, search indexes. */
export class FolderCache {
  constructor(readonly dir: string) {}

  private entry(key: string): string {
    return path.join(this.dir, key);
  }

  async has(key: string): Promise<boolean> {
    return stat(this.entry(key)).then((s) => s.isDirectory(), () => false);
  }

  /** Put a cached folder into the output at `target` (hard links), and mark the entry used. */
  async restore(key: string, target: string): Promise<void> {
    const entry = this.entry(key);
    linkTree(entry, target);
    const now = new Date();
    await utimes(entry, now, now).catch(() => undefined);
  }

  /** Keep a freshly made folder of the output in the cache, by hard links (what `keep` keeps of it). */
  async store(key: string, source: string, keep?: (relative: string) => boolean): Promise<void> {
    if (await this.has(key)) return;
    const tmp = `${this.entry(key)}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(this.dir, { recursive: true });
    linkTree(source, tmp, keep);
    // Another build may have stored the same key meanwhile: its copy is as good as ours.
    await rename(tmp, this.entry(key)).catch(() => rm(tmp, { recursive: true, force: true }));
  }

  /** Remove entries no build has used for `days` days. */
  prune(days = 30): Promise<number> {
    return pruneUnused(this.dir, days);
  }

}

/** Remove the entries (files or folders) of a cache directory that no build has used for `days` days (restoring one touches it). */
export async function pruneUnused(dir: string, days: number): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const cutoff = Date.now() - days * 86_400_000;
  let removed = 0;
  for (const name of names) {
    const p = path.join(dir, name);
    const s = await stat(p).catch(() => null);
    if (s !== null && s.mtimeMs < cutoff) {
      await rm(p, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
