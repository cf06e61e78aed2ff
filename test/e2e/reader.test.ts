import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookAtSite, launchChromium, siteFiles, type PageLook } from "../../src/lib/audit/lookAtSite.ts";
import { pageKinds, type PageKind } from "../../src/lib/audit/pageKinds.ts";
import { readBuiltSite } from "../../src/lib/audit/readBuiltSite.ts";
import { staticReaderProblems } from "../../src/lib/audit/readerStatic.ts";
import { startStaticServer } from "../../src/lib/io/staticServer.ts";
import { buildSite, TMP } from "../site/buildSite.ts";
import { expectGoldenFile } from "../helpers/golden.ts";

/**
 * The reader's check (src/lib/audit/readerCheck.ts) in Debian's Chromium, over one page of every
 * kind of three builds: the sample (zh-CN, with published editions, a revision and a draft), a
 * small English site under /journal/ (test/fixtures/site-reader) and a folder of CSVs alone, at
 * 390 and 1280 px. Every page of the three is also checked without a browser. Each rule is shown
 * to fail on a defect planted in a copy of a real page. The visible text of one page of each kind
 * of the two small sites is kept as goldens under test/output/text/ (UPDATE_GOLDENS=1 writes them,
 * never in CI), so a change to what a reader reads shows in review.
 */
const WIDTHS = [390, 1280];
const SITES = [
  { name: "the sample (zh-CN)", build: "site", data: "data", base: "/", golden: null },
  { name: "site-reader (en, under /journal/)", build: "site-reader", data: "test/fixtures/site-reader", base: "/journal/", golden: "site-reader" },
  { name: "a folder of CSVs alone (zh-CN)", build: "site-csv-only", data: "test/fixtures/site-csv-only", base: "/", golden: "site-csv-only" },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const report = (looks: PageLook[]) => looks.flatMap((l) => l.problems.map((p) => `${l.kind} ${l.width}px /${l.path}: ${p.rule}: ${p.detail}`));

describe.each(SITES)("the reader's check on $name", (site) => {
  let out: string;
  let kinds: PageKind[];
  let looks: PageLook[];
  beforeAll(async () => {
    out = (await buildSite(site.build, site.data)).out;
    kinds = pageKinds(siteFiles(out));
    looks = await lookAtSite({ dir: out, base: site.base, widths: WIDTHS, browser });
  }, 600_000);

  it("lookAtSite(site) finds one page of every kind the site has", () => {
    const names = kinds.map((k) => k.kind);
    const always = ["home", "districts", "district", "projects", "project", "categories", "category", "boards", "warnings", "changes", "editions"];
    const more = ["downloads", "data-quality", "methodology", "about", "search", "embed", "not-found"];
    expect(names).toEqual(expect.arrayContaining([...always, ...more]));
    if (site.build !== "site-csv-only") expect(names).toEqual(expect.arrayContaining(["older-edition", "revised-edition"]));
    if (site.build === "site") expect(names).toContain("projects-page");
    expect(looks.length).toBe(kinds.length * WIDTHS.length);
  });

  it("lookAtSite(site) shows no code as text, one drawing per chart within the screen, no page wider than a phone, every image loading and every drawn chart with its data", () => {
    expect(report(looks)).toEqual([]);
    for (const l of looks) expect(l.status, `${l.kind} /${l.path}`).toBe(l.kind === "not-found" ? 404 : 200);
    // The check looked at real content: charts were measured on the pages that have them.
    const drawn = looks.filter((l) => l.measure.figures.some((f) => f.drawings.length === 1)).map((l) => l.kind);
    expect(drawn).toEqual(expect.arrayContaining(["home", "district", "project", "categories", "boards", "embed"]));
  });

  it("staticReaderProblems(every page) finds no code as text and no doubled or missing drawing", () => {
    const { pages } = readBuiltSite(out);
    expect(pages.length).toBeGreaterThan(20);
    expect(staticReaderProblems(pages).map((p) => `${p.page}: ${p.rule}: ${p.detail}`)).toEqual([]);
  });

});

/** The visible text of one page of each kind of the two small sites, kept as goldens under test/output/text/. */
describe.each(SITES.filter((s) => s.golden !== null))("the reader's text of $name", (site) => {
  it("keeps the visible text of one page of each kind as a golden", async () => {
    const out = (await buildSite(site.build, site.data)).out;
    const kinds = pageKinds(siteFiles(out));
    const server = await startStaticServer(out, site.base);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      for (const k of kinds) {
        const page = await context.newPage();
        await page.goto(server.url + k.path, { waitUntil: "load" });
        const text = (await page.evaluate(`(() => {
          for (const d of document.querySelectorAll("details")) d.open = true;
          return document.body.innerText;
        })()`)) as string;
        const lines = text.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l !== "");
        expectGoldenFile(`text/${site.golden}/${k.kind}.txt`, `/${k.path}\n\n${lines.join("\n")}\n`, "UPDATE_GOLDENS=1 npx vitest run test/e2e/reader.test.ts");
        await page.close();
      }
    } finally {
      await context.close();
      await server.close();
    }
  }, 600_000);
});

/**
 * Each rule fails on a defect planted in a copy of a real page (the sample's home and a project
 * page), and the unmodified copy passes: the check can fail.
 */
describe("the reader's check on planted defects", () => {
  const PLANTED = path.join(TMP, "reader-planted");
  let cases: Array<{ name: string; path: string; expected: string[] }>;
  let looks: PageLook[];

  beforeAll(async () => {
    const out = (await buildSite("site", "data")).out;
    rmSync(PLANTED, { recursive: true, force: true });
    mkdirSync(PLANTED, { recursive: true });
    // The files the copied pages load: styles and scripts, preview cards, icon, site photos (the first project has some).
    for (const keep of ["_astro", "og", "favicon.svg", "photos"]) cpSync(path.join(out, keep), path.join(PLANTED, keep), { recursive: true });
    const home = readFileSync(path.join(out, "index.html"), "utf8");
    const project = pageKinds(siteFiles(out)).find((k) => k.kind === "project")!;
    const projectHtml = readFileSync(path.join(out, project.path, "index.html"), "utf8");
    // The home page's og:image is og/index.png; a copy elsewhere keeps pointing at it.
    const plant = (name: string, html: string, expected: string[]) => {
      mkdirSync(path.join(PLANTED, name), { recursive: true });
      writeFileSync(path.join(PLANTED, name, "index.html"), html);
      return { name, path: `${name}/`, expected };
    };
    const once = (html: string, from: string, to: string) => {
      expect(html.includes(from), from).toBe(true);
      return html.replace(from, to);
    };
    // The defect of issue 11: a fragment around the expression printed it as text, and both of
    // its branches: the one drawing for every width beside the wide and the narrow one.
    const wideSvg = /<div class="svg-wide">([\s\S]*?<\/svg>)<\/div>/.exec(home)![1]!;
    const fragment = once(home, '<div class="svg-wide">', `svgNarrow === null ? ( <div class="svg-one">${wideSvg}</div> ) : ( <div class="svg-wide">`);
    const firstSvg = (html: string, attrs: string) => html.replace(/(<div class="svg-wide"><svg)/, `$1 ${attrs}`);
    cases = [
      plant("unchanged-home", home, []),
      plant("unchanged-project", projectHtml, []),
      plant("fragment", fragment, ["chart-drawings", "code-text"]),
      plant("undefined", once(home, "</h1>", " undefined</h1>"), ["code-text"]),
      plant("nan", once(home, "</h1>", " NaN%</h1>"), ["code-text"]),
      plant("object", once(home, "</h1>", " [object Object]</h1>"), ["code-text"]),
      plant("escaped-twice", once(home, "</h1>", " R&amp;amp;D</h1>"), ["code-text"]),
      plant("no-drawing", once(home, /<div class="svg-wide">[\s\S]*?<\/svg><\/div>\s*<div class="svg-narrow">[\s\S]*?<\/svg><\/div>/.exec(home)![0], ""), ["chart-drawings"]),
      plant("narrow-drawing", firstSvg(home, 'style="width:150px"').replace(/(<div class="svg-narrow"><svg)/, '$1 style="width:150px"'), ["chart-width"]),
      plant("wide-page", once(home, "</h1>", '</h1><div style="width:700px">…</div>'), ["page-width"]),
      plant("broken-image", once(home, "</h1>", '</h1><img src="/no-such-image.png" width="10" height="10" alt="">'), ["image"]),
      plant("broken-preview", home.replace(/(<meta property="og:image" content=")[^"]+/, "$1https://example.org/og/no-such-card.png"), ["image"]),
      plant("empty-table", home.replace(/(<details class="chart-data">[\s\S]*?<tbody>)[\s\S]*?(<\/tbody>)/, "$1$2"), ["empty-table"]),
    ];
    looks = await lookAtSite({ dir: PLANTED, base: "/", widths: [390], browser, kinds: cases.map((c) => ({ kind: c.name, path: c.path })) });
  }, 600_000);

  afterAll(() => rmSync(PLANTED, { recursive: true, force: true }));

  it("readerProblems(planted page) names exactly the rule each defect breaks, and nothing on the unchanged copies", () => {
    const found = Object.fromEntries(looks.map((l) => [l.kind, [...new Set(l.problems.map((p) => p.rule))].sort()]));
    expect(found).toEqual(Object.fromEntries(cases.map((c) => [c.name, [...c.expected].sort()])));
  });

  it("staticReaderProblems(planted page) finds the fragment's code and doubled drawing without a browser", () => {
    const pages = cases.map((c) => ({ path: c.path, html: readFileSync(path.join(PLANTED, c.path, "index.html"), "utf8") }));
    const rules = (name: string) => [...new Set(staticReaderProblems(pages.filter((p) => p.path === `${name}/`)).map((p) => p.rule))].sort();
    expect(rules("unchanged-home")).toEqual([]);
    expect(rules("fragment")).toEqual(["chart-drawings", "code-text"]);
    expect(rules("no-drawing")).toEqual(["chart-drawings"]);
    expect(rules("undefined")).toEqual(["code-text"]);
  });
});
