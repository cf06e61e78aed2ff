import { mkdirSync, renameSync, rmSync, utimesSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { sha256, stableJson } from "../common/hash.ts";
import { editionNav } from "../site/editionList.ts";
import { projectPage } from "../site/projectPage.ts";
import type { SiteBuild } from "../site/siteBuild.ts";
import type { ProjectState } from "../data/model.ts";
import type { ProjectView } from "../site/siteModel.ts";
import { pageAt } from "../site/sitePages.ts";
import { ROUTES } from "../site/urls.ts";
import { ogImagePath } from "../site/mediaPaths.ts";
import { placeFiles } from "../io/placeFiles.ts";
import { pruneUnused, type KeyInputs } from "./editionCache.ts";

/**
 * The build cache of projects' pages. A project's page (pages/projects/[slug].astro) is a function
 * of the project's own history and of its row in the root edition, and of the frame every page
 * shares; it never names the newest month (EditionBar shows the project's own month), so a
 * project that was not on the new month's table keeps its key, and its page is copied from the
 * cache instead of rendered again, with its preview card. The key hashes exactly what the page
 * (and the card, which is part of it) reads.
 */

/**
 * What a project's page shows, as plain data (the page's key hashes it): its model and its preview
 * card. Each state's source file is keyed as readers would be shown it (from the data folder's name
 * down, SiteModel.sourcePath), not as the loader named it: the same data built from another folder,
 * or named by an absolute `--data`, keeps its keys.
 */
export function projectPageInputs(b: SiteBuild, p: ProjectView): unknown {
  const shown = <S extends { source: ProjectState["source"] }>(s: S): S => ({ ...s, source: { file: b.site.sourcePath(s.source.file), line: s.source.line } });
  const page = projectPage(b, p);
  const project = { ...p, history: p.history.map(shown), last: shown(p.last) };
  const state = "source" in page.state ? shown(page.state) : page.state;
  return { page: { ...page, project, state }, card: pageAt(b, "", ROUTES.project(p.slug)).card };
}

/** What every project page's frame shows from the root edition: the navigation's pages and the root's notices. */
export function projectFrame(b: SiteBuild): unknown {
  const root = b.edition("");
  const nav = editionNav(b.list, root.edition);
  const self = nav.self;
  // EditionNotices shows a correction or an earlier revision (keyed by all they come from) or a
  // draft (its words name no month); a current published edition without a note shows none.
  const notices = !self.published ? "draft" : self.current && !self.note ? null : { self, revisions: nav.revisions };
  return { title: root.title, publisher: root.publisher, license: root.license, problems: root.problems !== null, departments: root.departments.length > 0, notices };
}

/** Each project page's key, by slug. */
export function projectPageKeys(b: SiteBuild, inputs: KeyInputs): Map<string, string> {
  const shared = sha256(
    stableJson({
      format: 2,
      frame: projectFrame(b),
      presentation: b.presentation,
      templates: inputs.templates,
      baseUrl: inputs.baseUrl,
      locale: inputs.locale,
    }),
  );
  // Plain JSON, as an edition's key (editionCache.ts): 3.5 s for 14,000 projects against 7.8 s sorted.
  return new Map(b.site.projects.map((p) => [p.slug, sha256(JSON.stringify({ shared, page: projectPageInputs(b, p) }))]));
}

/** A project page's files in the output: its HTML and its preview card (the page's key covers the card's content). */
export function projectPageFiles(outDir: string, slug: string): { html: string; card: string } {
  return { html: path.join(outDir, ROUTES.project(slug), "index.html"), card: path.join(outDir, ogImagePath("", ROUTES.project(slug))) };
}

type CachedPage = { key: string; html: string; card: string };

/** A directory of rendered pages, one HTML file and one card per key. */
export class PageCache {
  constructor(readonly dir: string) {}

  private entry(key: string, ext: "html" | "png"): string {
    return path.join(this.dir, `${key}.${ext}`);
  }

  /** The keys the cache holds (the page and its card), of those asked. */
  async holding(keys: Iterable<string>): Promise<Set<string>> {
    const names = new Set(await readdir(this.dir).catch(() => [] as string[]));
    return new Set([...keys].filter((k) => names.has(`${k}.html`) && names.has(`${k}.png`)));
  }

  /** Put cached pages and their cards into the output (hard links), and mark them used. */
  restore(pages: readonly CachedPage[]): void {
    placeFiles(pages.flatMap((p) => [{ from: this.entry(p.key, "html"), to: p.html }, { from: this.entry(p.key, "png"), to: p.card }]));
    const now = new Date();
    for (const p of pages)
      for (const ext of ["html", "png"] as const) {
        try {
          utimesSync(this.entry(p.key, ext), now, now);
        } catch {
          // Marking it used is for pruning only.
        }
      }
  }

  /** Keep freshly rendered pages and their cards from the output, by hard links. */
  store(pages: readonly CachedPage[]): void {
    mkdirSync(this.dir, { recursive: true });
    for (const p of pages) {
      // The card first: a page counts as held only with its card.
      for (const [ext, file] of [["png", p.card], ["html", p.html]] as const) {
        const tmp = `${this.entry(p.key, ext)}.tmp-${process.pid}`;
        placeFiles([{ from: file, to: tmp }]);
        try {
          renameSync(tmp, this.entry(p.key, ext));
        } catch {
          // Another build may have stored the same key meanwhile: its copy is as good as ours.
          rmSync(tmp, { force: true });
        }
      }
    }
  }

  /** Remove pages no build has used for `days` days. */
  prune(days = 30): Promise<number> {
    return pruneUnused(this.dir, days);
  }
}
