import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FolderCache } from "../../src/lib/build/editionCache.ts";
import { indexSearch, recordHtml, searchLine } from "../../src/lib/build/searchIndex.ts";
import { startStaticServer, type StaticServer } from "../../src/lib/io/staticServer.ts";
import { SEARCH_INDEXES } from "../../src/lib/site/searchRecords.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { ROUTES } from "../../src/lib/site/urls.ts";
import { buildSite, listFiles, ROOT } from "../site/buildSite.ts";
import { modelsOf } from "../site/models.ts";

/**
 * The index made from records finds what the index Pagefind's CLI made from the pages finds. The
 * sample is built once (the build writes the records' indexes to pagefind/ and pagefind-site/);
 * the CLI then indexes the built pages as the build did before (the root's pages, by the same
 * glob) into a folder of its own, and the same queries go to both in Debian's Chromium, through
 * pagefind.js, as the search page sends them (the records' two indexes merged into one search).
 */
const CHROMIUM = "/usr/bin/chromium";
const NONSENSE = "zzqqxxnomatch";

interface Found {
  url: string;
  /** The page's text as the index holds it, without Pagefind's word breaks and spaces. */
  text: string;
}

/** Each page of the fragments of one or more indexes: its URL, title and text. */
function fragments(...dirs: string[]): Map<string, { title: string; text: string }> {
  const pages = new Map<string, { title: string; text: string }>();
  for (const dir of dirs) {
    for (const file of readdirSync(path.join(dir, "fragment"))) {
      // A gzipped "pagefind_dcd" signature, then the fragment's JSON.
      const json = gunzipSync(readFileSync(path.join(dir, "fragment", file))).subarray(12).toString("utf8");
      const f = JSON.parse(json) as { url: string; content: string; meta: { title: string } };
      pages.set(f.url, { title: f.meta.title, text: f.content.replace(/[\u200b\s]/g, "") });
    }
  }
  return pages;
}

/** The CLI over the built pages, exactly as the build ran it before it indexed records. */
function indexPagesWithCli(site: string, outputPath: string): void {
  const notRoot = new Set(["editions", "embed", "pagefind", "_astro", "og", "data"]);
  const rootDirs = readdirSync(site, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !notRoot.has(e.name))
    .map((e) => `${e.name}/**/*.html`);
  const glob = `{${["*.html", "editions/index.html", ...rootDirs.sort()].join(",")}}`;
  execFileSync(path.join(ROOT, "node_modules/.bin/pagefind"), ["--site", site, "--output-path", outputPath, "--glob", glob, "--silent"]);
}

/** Evenly spaced picks of a list, in its order. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

/** Clauses of 4 to 8 characters of texts (cut at punctuation and figures), the most frequent first. */
function phrases(texts: ReadonlyArray<string | null>, n: number): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) for (const part of (t ?? "").split(/[\s\d.%，。；、：,;:（）()“”"]+/)) if (part.length >= 4 && part.length <= 8) counts.set(part, (counts.get(part) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([p]) => p);
}

/** A query, and for the name of a project, district or category its page. */
interface Query {
  kind: string;
  q: string;
  page?: string;
}

/** The queries: every district and category, 30 projects, 20 owners, 10 lead departments, 10 phrases of progress and problems. */
function queriesOf(b: SiteBuild): Query[] {
  const m = b.edition("");
  // Each project's page shows the root edition's state of it, or its last.
  const projects = b.site.projects.filter((p) => b.list.projectPages.has(p.slug)).map((p) => ({ page: `/projects/${p.slug}/`, state: m.projectByKey.get(p.project.key)?.state ?? p.last }));
  const states = projects.map((p) => p.state);
  const owners = [...new Set(states.flatMap((s) => (s.owner ? [s.owner] : [])))].sort();
  return [
    ...m.districts.map((x) => ({ kind: "district", q: x.name, page: `/${ROUTES.district(x.slug)}` })),
    ...m.categories.map((c) => ({ kind: "category", q: c.label, page: `/${ROUTES.category(c.slug)}` })),
    ...spread(projects, 30).map((p) => ({ kind: "project", q: p.state.name, page: p.page })),
    ...spread(owners, 20).map((q) => ({ kind: "owner", q })),
    ...spread(m.departments, 10).map((v) => ({ kind: "department", q: v.name })),
    ...phrases(states.map((s) => s.progressText), 5).map((q) => ({ kind: "progress", q })),
    ...phrases(states.map((s) => s.problems), 5).map((q) => ({ kind: "problem", q })),
  ];
}

/**
 * In the page: load the first index's pagefind.js, merge the others into it and search each
 * query, as public/search.js does, and read every result (the search page reads twenty at a
 * time). Source text, so that Vitest leaves its import() alone.
 */
const SEARCH_IN_PAGE = `async (bundles, queries) => {
  const pf = await import("/" + bundles[0] + "/pagefind.js");
  // Results' addresses as on the site (its base is "/"), not under this test's folders.
  await pf.options({ baseUrl: "/" });
  await pf.init();
  for (const other of bundles.slice(1)) await pf.mergeIndex("/" + other + "/", { baseUrl: "/" });
  const out = [];
  for (const q of queries) {
    const found = await pf.search(q);
    const data = await Promise.all(found.results.map((r) => r.data()));
    out.push(data.map((d) => ({ url: d.url, text: d.content.replace(/[\\u200b\\s]/g, "") })));
  }
  return out;
}`;

let b: SiteBuild;
let dir: string;
let server: StaticServer;
let browser: Browser;
let built: string;
const results = new Map<string, { records: Found[]; pages: Found[] }>();
let queries: Query[];
let made: Awaited<ReturnType<typeof indexSearch>>;
/** The records' indexes made here, by folder. */
const recordDirs = () => made.map((x) => path.join(dir, "records", x.dir));

beforeAll(async () => {
  built = (await buildSite("site", "data")).out;
  b = await modelsOf("data", "/");
  // One origin serves records/ (the indexes made here by indexSearch) and pages/ (made by the CLI).
  dir = mkdtempSync(path.join(os.tmpdir(), "search-index-"));
  made = await indexSearch(b, path.join(dir, "records"));
  mkdirSync(path.join(dir, "pages"));
  indexPagesWithCli(built, path.join(dir, "pages"));
  // The search page's language: Pagefind cuts the query into words by it.
  writeFileSync(path.join(dir, "index.html"), `<!doctype html><html lang="${b.edition("").ui.htmlLang}"><head><meta charset="utf-8"><title>search</title></head><body></body></html>`);
  server = await startStaticServer(dir);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
  queries = [...queriesOf(b), { kind: "nonsense", q: NONSENSE }];
  const page = await browser.newPage();
  await page.goto(server.url);
  const ask = (bundles: string[]) => page.evaluate(`(${SEARCH_IN_PAGE})(${JSON.stringify(bundles)}, ${JSON.stringify(queries.map((x) => x.q))})`) as Promise<Found[][]>;
  const [records, pages] = [await ask(made.map((x) => `records/${x.dir}`)), await ask(["pages"])];
  queries.forEach((x, i) => results.set(x.q, { records: records[i]!, pages: pages[i]! }));
  await page.close();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("recordHtml(record)", () => {
  it("recordHtml(record) heads a record with its title and its charts' headings, one paragraph a line, escaped, in its language and with its characters as meta", () => {
    const html = recordHtml({ index: "pages", url: "/x/", language: "zh-CN", title: "A&B <项目>", headings: ["图一"], content: "第一行\n“二” & 3", characters: "项 目 图 一" });
    expect(html).toBe(
      '<!doctype html><html lang="zh-CN"><body data-pagefind-meta="characters:项 目 图 一"><h1>A&#38;B &#60;项目&#62;</h1><h2>图一</h2><p>第一行</p><p>“二” &#38; 3</p></body></html>',
    );
    expect(recordHtml({ index: "pages", url: "/", language: "en", title: "Home", headings: [], content: "", characters: "" })).toBe('<!doctype html><html lang="en"><body><h1>Home</h1></body></html>');
  });
});

describe("indexSearch(build, outDir)", () => {
  it("indexSearch(build, outDir) makes the pages' index and the site-wide pages' own, and the build writes the same", () => {
    expect(made.map((x) => x.dir)).toEqual([SEARCH_INDEXES.pages, SEARCH_INDEXES.site]);
    expect(made.find((x) => x.dir === SEARCH_INDEXES.site)?.pages).toBe(4);
    expect(made.reduce((sum, x) => sum + x.pages, 0)).toBe(fragments(...recordDirs()).size);
    for (const x of made) {
      const ours = readdirSync(path.join(dir, "records", x.dir, "fragment")).sort();
      expect(ours.length, x.dir).toBe(x.pages);
      expect(readdirSync(path.join(built, x.dir, "fragment")).sort(), x.dir).toEqual(ours);
      expect(readFileSync(path.join(built, x.dir, "pagefind-entry.json"), "utf8"), x.dir).toBe(readFileSync(path.join(dir, "records", x.dir, "pagefind-entry.json"), "utf8"));
    }
    expect([...fragments(path.join(dir, "records", SEARCH_INDEXES.site)).keys()].sort()).toEqual([ROUTES.about, ROUTES.editions, ROUTES.methodology, ROUTES.quality].map((rest) => `/${rest}`).sort());
  });

  it("indexSearch(build, outDir, cache) makes each index once and links it from the cache while its records and templates are the same, byte for byte", async () => {
    const cache = { folders: new FolderCache(path.join(dir, "cache")), templates: "a" };
    const fromCache = (xs: Awaited<ReturnType<typeof indexSearch>>) => xs.map((x) => x.fromCache);
    const first = await indexSearch(b, path.join(dir, "cached-1"), cache);
    const linked = await indexSearch(b, path.join(dir, "cached-2"), cache);
    const otherTemplates = await indexSearch(b, path.join(dir, "cached-3"), { ...cache, templates: "b" });
    expect([fromCache(first), fromCache(linked), fromCache(otherTemplates)]).toEqual([[false, false], [true, true], [false, false]]);
    expect(linked.map((x) => x.pages)).toEqual(first.map((x) => x.pages));
    expect(readdirSync(cache.folders.dir)).toHaveLength(4);
    const files = listFiles(path.join(dir, "records"));
    expect(files.length).toBeGreaterThan(made.reduce((sum, x) => sum + x.pages, 0));
    for (const copy of ["cached-1", "cached-2", "cached-3"]) {
      const folder = path.join(dir, copy);
      expect(listFiles(folder), copy).toEqual(files);
      expect(files.filter((f) => !readFileSync(path.join(folder, f)).equals(readFileSync(path.join(dir, "records", f)))), copy).toEqual([]);
    }
    // A change only a site-wide page shows (the publisher, on the about page), as a month added as a
    // draft changes the editions page, makes the site-wide index again and links the other.
    const publisher: SiteBuild = { ...b, site: { ...b.site, publisher: `${b.site.publisher}（新）` } };
    const changed = await indexSearch(publisher, path.join(dir, "cached-4"), cache);
    expect(fromCache(changed)).toEqual([true, false]);
    expect(listFiles(path.join(dir, "cached-4", SEARCH_INDEXES.pages))).toEqual(listFiles(path.join(dir, "records", SEARCH_INDEXES.pages)));
    expect(fragments(path.join(dir, "cached-4", SEARCH_INDEXES.site)).get(`/${ROUTES.about}`)?.text).toContain(`${b.site.publisher}（新）`);
  });

  it("searchLine(indexes) counts the pages and says of each index whether it was made or linked", () => {
    expect(searchLine([{ dir: "pagefind", pages: 14174, fromCache: true }, { dir: "pagefind-site", pages: 4, fromCache: false }])).toBe(
      "14,178 pages in 2 indexes (pagefind/: 14,174 linked from the cache, as no record changed; pagefind-site/: 4 indexed by Pagefind)",
    );
    expect(searchLine([{ dir: "pagefind", pages: 3, fromCache: false }])).toBe("3 pages in 1 index (pagefind/: 3 indexed by Pagefind)");
  });

  it("indexSearch(build, outDir) holds each page today's index holds, in its language and with its title, but the 404 page", () => {
    const records = fragments(...recordDirs());
    const pages = fragments(path.join(dir, "pages"));
    // The not-found page went in by the CLI's glob (*.html); a search has no reason to offer it.
    expect([...pages.keys()]).toContain("/404.html");
    pages.delete("/404.html");
    expect([...records.keys()].sort()).toEqual([...pages.keys()].sort());
    const titles = (f: Map<string, { title: string }>) => Object.fromEntries([...f].map(([url, p]) => [url, p.title]));
    expect(titles(records)).toEqual(titles(pages));
    const languages = (folder: string) => Object.keys((JSON.parse(readFileSync(path.join(folder, "pagefind-entry.json"), "utf8")) as { languages: object }).languages);
    for (const x of recordDirs()) expect(languages(x), x).toEqual(languages(path.join(dir, "pages")));
  });

  it("search(q) over the records finds every page today's index finds that shows q, for names, owners, departments and phrases of progress and problems", () => {
    // Pagefind's search API cuts a Chinese query with the browser's dictionary (星湾高新区 →
    // 星|湾|高|新|区) and a term finds the words that begin with it, so today's index also returns
    // pages that only hold a word beginning with each piece somewhere in their boilerplate: 新 of
    // "新开工" in a table heading, 基 of "基本情况", 星 of the publisher in a chart's source line.
    // A record keeps what its page says about the programme, not every label of the page, so such
    // pages can not all come back; every page that shows what was searched must.
    const missing: string[] = [];
    const shownByKind = new Map<string, number>();
    const unanswered: string[] = [];
    const prefixOnly: string[] = [];
    for (const { kind, q } of queries) {
      if (kind === "nonsense") continue;
      const { records, pages } = results.get(q)!;
      const shows = (p: Found) => p.text.includes(q.replace(/\s/g, ""));
      const shown = pages.filter(shows);
      shownByKind.set(kind, (shownByKind.get(kind) ?? 0) + shown.length);
      const found = new Set(records.map((r) => r.url));
      const lost = shown.filter((p) => !found.has(p.url)).map((p) => p.url);
      if (lost.length > 0) missing.push(`${kind} “${q}”: ${lost.join(" ")}`);
      if (shown.length === 0) unanswered.push(`${q} (${records.filter(shows).length} from records)`);
      const other = pages.filter((p) => !shows(p) && !found.has(p.url)).length;
      if (other > 0) prefixOnly.push(`${q} (${other})`);
    }
    console.log(
      `${queries.length} queries. Found by today's index through pieces of the query only, not from records: ${prefixOnly.join(", ") || "none"}. ` +
        `Today's index finds no page showing: ${unanswered.join(", ") || "none"}.`,
    );
    // The comparison is not empty: for each kind of query today's index finds pages that show it.
    for (const kind of ["district", "category", "project", "owner", "department", "progress", "problem"]) expect(shownByKind.get(kind), kind).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it("search(nonsense) finds nothing in either index", () => {
    expect(results.get(NONSENSE)).toEqual({ records: [], pages: [] });
  });

  it("search(the name of a project, district or category) has its page among the first five results", () => {
    // Not every project's name finds its page: where the browser's dictionary makes one word of
    // what the pages' dictionary cuts elsewhere (扩建工程, where the page has 改扩建|工程), no word of
    // the page begins with it. Today's index misses 50 of the sample's 180 project names that way,
    // the records 3 (…公路改扩建工程); none of them is among these 30.
    const late: string[] = [];
    for (const { q, page } of queries.filter((x) => x.page !== undefined)) {
      const at = results.get(q)!.records.findIndex((r) => r.url === page);
      if (at < 0 || at >= 5) late.push(`${q}: ${at < 0 ? "not found" : `result ${at + 1}`}`);
    }
    expect(late).toEqual([]);
  });
});
