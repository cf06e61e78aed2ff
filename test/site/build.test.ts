import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { INDICATORS } from "../../src/lib/indicators/index.ts";
import { formatFor, formatPercent, pointsDirection } from "../../src/lib/i18n/format/index.ts";
import { t } from "../../src/lib/i18n/ui.ts";
import type { EditionModel } from "../../src/lib/site/editionModel.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { shownPath, type SiteModel } from "../../src/lib/site/siteModel.ts";
import { PROJECTS_PER_PAGE } from "../../src/lib/site/paginate.ts";
import { pagesToRender } from "../../src/lib/site/routes.ts";
import { ROUTES } from "../../src/lib/site/urls.ts";
import { buildSite, listFiles, ROOT, type BuiltSite } from "./buildSite.ts";
import { checkLinks, parsePage } from "./links.ts";
import { expectedPages, modelsOf } from "./models.ts";

/**
 * The built site, from the outside: build the sample and three fixtures with the real command,
 * then read the HTML. Each folder is built once (see buildSite.ts).
 */
const exec = promisify(execFile);
const SAMPLE = "data";
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("the sample site (data/)", () => {
  let built: BuiltSite;
  let b: SiteBuild;
  let site: SiteModel;
  let model: EditionModel;
  let html: string[];
  const file = (rel: string) => path.join(built.out, rel);
  const doc = (rel: string) => parsePage(file(rel));

  beforeAll(async () => {
    built = await buildSite("site", SAMPLE);
    b = await modelsOf(SAMPLE, "/");
    site = b.site;
    model = b.edition("");
    html = listFiles(built.out).filter((f) => f.endsWith(".html"));
    const pages = html.length;
    console.log(`sample: ${pages} pages in ${built.seconds.toFixed(1)} s (${(pages / built.seconds).toFixed(1)} pages/s)${built.fresh ? "" : " (reused build)"}`);
  });

  it("has every kind of page for the root and every month's edition, the project pages and the site-wide pages", () => {
    const expected = expectedPages(b);
    // Every month, and June 2026's first revision, kept at /editions/2026-06/r1/ after its correction.
    expect(b.list.editions.length).toBe(site.programme.months.length + 1);
    expect(b.list.editions.map((e) => e.prefix)).toContain("editions/2026-06/r1/");
    expect(model.districts.length).toBeGreaterThanOrEqual(8);
    expect(site.projects.length).toBeGreaterThanOrEqual(100);
    const missing = expected.filter((p) => !existsSync(file(p)));
    expect(missing).toEqual([]);
    // Nothing else: no project pages per edition, no stray edition, no module Astro left behind.
    expect(html.filter((f) => !expected.includes(f))).toEqual([]);
    expect(listFiles(built.out).filter((f) => f.endsWith(".mjs"))).toEqual([]);
    // Districts with a configured code use it as their address.
    for (const entry of site.config.districts) {
      if (typeof entry !== "string" && entry.code) expect(existsSync(file(`districts/${entry.code.toLowerCase()}/index.html`))).toBe(true);
    }
  });

  it("pagesToRender(b) counts every file Astro writes (every HTML page, each embed's SVG and CSV, the feed, robots.txt and the sitemap), and the build's log says what each stage did", () => {
    const all = listFiles(built.out);
    const fromAstro = all.filter((f) => f.endsWith(".html") || /(^|\/)embed\/[^/]+\/(chart\.svg|data\.csv)$/.test(f) || ["feed.xml", "robots.txt", "sitemap.xml"].includes(f));
    expect(pagesToRender(b)).toBe(fromAstro.length);
    // One plain line per stage, in order; no control characters (no live line outside a terminal).
    const stages = built.log.split("\n").flatMap((l) => /^([a-z ]+): .* in [\d.]+ s$/.exec(l)?.[1] ?? []);
    expect(stages).toEqual(["load", "compute", "pages", "open data", "pictures", "photos", "copy", "search"]);
    expect(built.log).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    // Built with every edition rendered, the middleware counted each of the files.
    const compute = /^compute: [\d,]+ editions \([\d,]+ to render, ([\d,]+) from the cache\), [\d,]+ projects' pages \([\d,]+ to render, ([\d,]+) from the cache\)/m.exec(built.log);
    expect(compute).not.toBeNull();
    const written = Number(/^pages: ([\d,]+) written by Astro/m.exec(built.log)![1]!.replace(/,/g, ""));
    if (compute![1] === "0" && compute![2] === "0") expect(written).toBe(fromAstro.length);
    else expect(written).toBeLessThan(fromAstro.length);
    // Open data is written alongside the pages, each rendered edition's once (the root's too), on the worker thread or this one.
    const toRender = Number(/^compute: [\d,]+ editions \(([\d,]+) to render/m.exec(built.log)![1]!.replace(/,/g, ""));
    const data = /^open data: ([\d,]+) files of ([\d,]+) editions \(([\d,]+) written on a worker thread, ([\d,]+) on this one\), alongside the pages in/m.exec(built.log);
    expect(data).not.toBeNull();
    const [files, editions, onWorker, onMain] = data!.slice(1).map((x) => Number(x!.replace(/,/g, "")));
    expect(editions).toBe(toRender + 1);
    expect(onWorker! + onMain!).toBe(editions);
    const dataFiles = all.filter((f) => /^(editions\/.+\/)?data\/[^/]+$/.test(f)).length;
    if (compute![1] === "0") expect(files).toBe(dataFiles);
    else expect(files).toBeLessThan(dataFiles);
  });

  it("shows on the home page the completion rate, gap, flags and narrative of `npm run indicators -- --json`", async () => {
    const latest = model.latest.month;
    const { stdout } = await exec("npx", ["tsx", "scripts/indicators.ts", "--data", SAMPLE, "--month", latest, "--json"], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const json = JSON.parse(stdout) as {
      month: string;
      programme: { completionRate: number | null; gap: number | null; timeProgress: number };
      board: Array<{ name: string; flag: "red" | "yellow" | null; rank: number }>;
      narrative: { programme: string };
    };
    expect(json.month).toBe(latest);
    const home = doc("index.html");
    const ui = t(model.locale);

    const rate = text(home.querySelector('[data-figure="completion-rate"] .value'));
    expect(rate).toBe(formatPercent(json.programme.completionRate));

    const gap = json.programme.gap;
    expect(gap).not.toBeNull();
    const words = pointsDirection(gap!) > 0 ? ui.fig.ahead(formatFor(model.locale).points(gap!)) : pointsDirection(gap!) < 0 ? ui.fig.behind(formatFor(model.locale).points(gap!)) : ui.fig.level;
    expect(text(home.querySelector('[data-figure="gap"]'))).toContain(words);
    expect(text(home.querySelector('[data-figure="gap"]'))).toContain(formatPercent(json.programme.timeProgress));

    const rows = [...home.querySelectorAll("#home-board tbody tr")];
    expect(rows.map((r) => r.getAttribute("data-district"))).toEqual(json.board.map((e) => e.name));
    for (const [i, e] of json.board.entries()) {
      const row = rows[i]!;
      expect(row.getAttribute("data-flag")).toBe(e.flag ?? "");
      const cells = text(row);
      if (e.flag === "red") expect(cells).toContain(ui.flag.red);
      if (e.flag === "yellow") expect(cells).toContain(ui.flag.yellow);
      if (e.flag === null) expect(cells).not.toMatch(/红旗|黄旗/);
    }
    expect(json.board.filter((e) => e.flag === "red").length).toBe(site.config.ranking.redFlags);

    const narrative = [...home.querySelectorAll(".narrative")].map((p) => text(p));
    expect(narrative.length).toBeGreaterThan(0);
    expect(narrative.join(model.locale === "en" ? " " : "")).toBe(json.narrative.programme);
  });

  it("resolves every internal link and asset to a file in the output, fragments included", () => {
    const { checked, problems } = checkLinks(built.out, "/", html);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(html.length * 10);
  });

  it("links every project on an edition's table from its projects index, every project page from some edition, and every district page from the districts index", () => {
    const linked = new Set<string>();
    for (const prefix of ["", ...b.list.editions.map((e) => e.prefix)]) {
      // The index is paginated (src/lib/site/paginate.ts): gather the links of every page.
      const pages = html.filter((f) => f === `${prefix}projects/index.html` || new RegExp(`^${prefix}projects/page/\\d+/index\\.html$`).test(f));
      expect(pages.length, prefix).toBe(Math.max(1, Math.ceil(b.edition(prefix).projects.length / PROJECTS_PER_PAGE)));
      const links = new Set(pages.flatMap((f) => [...doc(f).querySelectorAll("main a")].map((a) => a.getAttribute("href") ?? "")));
      for (const p of b.edition(prefix).projects) expect(links.has(`/${ROUTES.project(p.slug)}`), `${prefix} ${p.slug}`).toBe(true);
      for (const l of links) linked.add(l);
    }
    for (const p of site.projects) expect(linked.has(`/${ROUTES.project(p.slug)}`), p.slug).toBe(true);
    const districts = new Set([...doc("districts/index.html").querySelectorAll("main a")].map((a) => a.getAttribute("href")));
    for (const d of model.districts) expect(districts.has(`/${ROUTES.district(d.slug)}`)).toBe(true);
  });

  it("labels every page with its edition (a project's page with the month of its figures): the sample's months published up to September 2026 (June corrected as revision 2), October a draft", () => {
    const published = new Map(b.list.editions.filter((e) => e.published).map((e) => [e.month, e]));
    for (const rel of html) {
      // Embed pages are a chart alone, to be framed by other sites: no edition bar.
      if (rel === "404.html" || /(^|\/)embed\//.test(rel)) continue;
      // A project's page names the month of its figures, not an edition (so it keeps its bytes when a month is added).
      const project = site.projectBySlug.get(/^projects\/([^/]+)\/index\.html$/.exec(rel)?.[1] ?? "");
      if (project) {
        expect(doc(rel).querySelector(".edition-bar [data-as-of]")?.getAttribute("data-as-of"), rel).toBe(project.last.month);
        continue;
      }
      const label = doc(rel).querySelector(".edition-bar [data-edition]");
      expect(label, rel).not.toBeNull();
      const prefix = /^editions\/(\d{4}-\d{2})\/(?:r(\d+)\/)?/.exec(rel);
      const month = prefix ? prefix[1]! : model.content.month;
      expect(label!.getAttribute("data-edition"), rel).toBe(month);
      expect(label!.getAttribute("data-status"), rel).toBe(month === "2026-10" ? "draft" : "published");
      if (month === "2026-06") expect(label!.getAttribute("data-revision"), rel).toBe(prefix?.[2] ?? "2");
    }
    // The root is the newest published edition, not the newest month.
    expect(model.content.month).toBe("2026-09");
    expect(published.has("2026-10")).toBe(false);
    const months = [...doc("editions/index.html").querySelectorAll("#editions-table tbody tr")];
    expect(months.map((r) => r.getAttribute("data-month"))).toEqual([...site.programme.months].reverse());
    for (const r of months) expect(r.getAttribute("data-status"), r.getAttribute("data-month") ?? "").toBe(r.getAttribute("data-month") === "2026-10" ? "draft" : "published");
    expect(months.find((r) => r.getAttribute("data-month") === "2026-06")?.getAttribute("data-revisions")).toBe("2");
    expect(text(doc("editions/2026-10/index.html").querySelector("[data-draft]"))).toContain(t(model.locale).editionBar.draftNotice);
    expect(doc("editions/2025-02/index.html").querySelector("[data-draft]")).toBeNull();
    // The correction's note is on every page of June's second revision, and its first revision stays.
    const note = JSON.parse(readFileSync(path.join(ROOT, SAMPLE, "editions/2026-06/r2.json"), "utf8")).note as string;
    for (const rel of html.filter((f) => f.startsWith("editions/2026-06/") && !f.startsWith("editions/2026-06/r1/") && !f.includes("/embed/")))
      expect(text(doc(rel).querySelector("main")), rel).toContain(note);
    expect(existsSync(file("editions/2026-06/r1/index.html"))).toBe(true);
  });

  it("renders charts as inline SVG in a figure with title, subtitle, source, description and a data table", () => {
    for (const rel of ["index.html", `districts/${model.districts[0]!.slug}/index.html`, `projects/${site.projects[0]!.slug}/index.html`, "editions/2025-06/index.html"]) {
      const figures = [...doc(rel).querySelectorAll("figure.chart")];
      expect(figures.length, rel).toBeGreaterThan(0);
      for (const f of figures) {
        expect(text(f.querySelector(".chart-title")), rel).not.toBe("");
        expect(text(f.querySelector(".chart-subtitle")), rel).not.toBe("");
        expect(text(f.querySelector(".chart-source")), rel).not.toBe("");
        const svg = f.querySelector(".svg-wide svg, .svg-one svg");
        expect(svg?.getAttribute("role")).toBe("img");
        expect(text(svg?.querySelector("desc"))).toBe(text(f.querySelector(".chart-desc")));
        expect(f.querySelectorAll("details table tbody tr").length, rel).toBeGreaterThan(0);
      }
    }
  });

  it("prints every indicator definition, the ranking weights and the warning thresholds on the methodology page", () => {
    const page = doc("methodology/index.html");
    const body = text(page.querySelector("main"));
    for (const d of INDICATORS) {
      expect(body).toContain(d.name[model.locale]);
      expect(body).toContain(d.formula[model.locale]);
    }
    for (const c of ["gap", "startRate", "finishRate"] as const) {
      expect(text(page.querySelector(`#weights-table [data-component="${c}"] td`))).toBe(String(site.config.ranking.weights[c]));
    }
    for (const k of ["yellowBehindPoints", "redBehindPoints", "lateStartMonths", "stalledMonths"] as const) {
      expect(text(page.querySelector(`#thresholds-table [data-threshold="${k}"] td`))).toBe(String(site.config.warnings[k]));
    }
  });

  it("lists the loader's warnings with file:line and the skipped rows of every file on the data-quality page", () => {
    const page = doc("data-quality/index.html");
    const body = text(page.querySelector("main"));
    const warnings = site.report.issues.filter((i) => i.severity === "warning");
    for (const w of warnings.slice(0, 200)) {
      if (w.file !== null) expect(body).toContain(`${shownPath(w.file, path.join(ROOT, SAMPLE))}${w.line !== null ? `:${w.line}` : ""}`);
    }
    expect(body).not.toContain(ROOT); // no build-machine paths
    const rows = [...page.querySelectorAll("#skipped-table tbody tr")];
    expect(rows.length).toBe(site.report.files.length);
    for (const f of site.report.files) {
      const row = rows.find((r) => r.getAttribute("data-file") === shownPath(f.file, path.join(ROOT, SAMPLE)));
      expect(row, f.file).toBeDefined();
      expect(row!.querySelector("[data-skipped]")?.getAttribute("data-skipped")).toBe(String(f.skipped.length));
    }
  });

  it("shows each edition's office note when data/notes has one for its month", () => {
    for (const prefix of ["", ...b.list.editions.map((e) => e.prefix)]) {
      const note = path.join(ROOT, SAMPLE, "notes", `${b.edition(prefix).content.month}.md`);
      const box = doc(`${prefix}index.html`).querySelector(".note-box");
      expect(box !== null, prefix).toBe(existsSync(note));
    }
  });

  it("sends no request off the site: no absolute URLs in styles or scripts", () => {
    for (const f of listFiles(built.out).filter((f) => /\.(css|js)$/.test(f))) {
      const body = readFileSync(file(f), "utf8");
      expect(body, f).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
      expect(body, f).not.toMatch(/@import\s+["']?(https?:)?\/\//);
    }
    for (const rel of html) {
      const page = readFileSync(file(rel), "utf8");
      expect(page, rel).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>[^<]+<\/script>/); // no inline scripts (strict CSP)
    }
  });
});

describe("hostile text (test/fixtures/site-hostile)", () => {
  let built: BuiltSite;
  let model: SiteModel;
  beforeAll(async () => {
    built = await buildSite("site-hostile", "test/fixtures/site-hostile");
    model = (await modelsOf("test/fixtures/site-hostile", "/")).site;
  });

  it("escapes HTML from the CSV, site.yaml and the note everywhere in the output", () => {
    const files = listFiles(built.out).filter((f) => /\.(html|svg|xml|js|css|json)$/.test(f));
    for (const f of files) {
      const body = readFileSync(path.join(built.out, f), "utf8");
      expect(body, f).not.toMatch(/<script>alert/i);
      expect(body, f).not.toMatch(/<img src=x/i);
      expect(body, f).not.toContain("<b>粗体</b>");
      expect(body, f).not.toContain("<b>交通</b>");
      expect(body, f).not.toContain("<b>原始HTML</b>");
      expect(body, f).not.toMatch(/href=["']?javascript:/i);
      if (f.endsWith(".html")) {
        const doc = parsePage(path.join(built.out, f));
        const handlers = [...doc.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)));
        expect(handlers.map((el) => el.outerHTML.slice(0, 80)), f).toEqual([]);
      }
    }
  });

  it("shows the hostile text as text", () => {
    const bridge = model.projects.find((p) => p.project.id === "H-001")!;
    const raw = readFileSync(path.join(built.out, `projects/${bridge.slug}/index.html`), "utf8");
    expect(raw).toContain("&lt;script&gt;alert(1)&lt;/script&gt;大桥工程");
    const page = parsePage(path.join(built.out, `projects/${bridge.slug}/index.html`));
    expect(text(page.querySelector("h1"))).toBe("<script>alert(1)</script>大桥工程");
    expect(text(page.querySelector("main"))).toContain("桥墩<img src=x onerror=alert(2)>施工");
    const bold = model.projects.find((p) => p.project.id === "H-002")!;
    expect(text(parsePage(path.join(built.out, `projects/${bold.slug}/index.html`)).querySelector("h1"))).toBe("<b>粗体</b>产业园");
    const injected = model.projects.find((p) => p.project.id === "H-004")!;
    expect(text(parsePage(path.join(built.out, `projects/${injected.slug}/index.html`)).querySelector("main"))).toContain("</td></tr><tr><td>注入");
    const home = parsePage(path.join(built.out, "index.html"));
    expect(text(home.querySelector("title"))).toContain("<script>alert('title')</script>测试市");
    // The note: Markdown rendered, raw HTML shown as text, the javascript: link left as text.
    const note = home.querySelector(".note-box")!;
    expect(note.querySelector("strong")?.textContent).toBe("加粗");
    expect(text(note)).toContain("<b>原始HTML</b>");
    expect(text(note)).toContain("[恶意链接](javascript:alert(4))");
    expect(note.querySelector('a[href="/methodology/"]')).not.toBeNull();
    // The about page does not turn a javascript: contact into a link.
    expect(parsePage(path.join(built.out, "about/index.html")).querySelector('[data-field="contact"] a')).toBeNull();
  });

  it("lists the totals warning and the skipped rows, hostile text escaped", () => {
    const page = parsePage(path.join(built.out, "data-quality/index.html"));
    expect(text(page.querySelector("main"))).toContain("site-hostile/snapshots/2026-04.csv:3");
    const row = page.querySelector('#skipped-table tr[data-file="site-hostile/snapshots/2026-04.csv"] [data-skipped]');
    expect(row?.getAttribute("data-skipped")).toBe("5");
  });

  it("keeps every link inside the output", () => {
    const html = listFiles(built.out).filter((f) => f.endsWith(".html"));
    expect(checkLinks(built.out, "/", html).problems).toEqual([]);
  });
});

describe("a folder with only CSVs (test/fixtures/site-csv-only)", () => {
  let built: BuiltSite;
  let b: SiteBuild;
  beforeAll(async () => {
    built = await buildSite("site-csv-only", "test/fixtures/site-csv-only");
    b = await modelsOf("test/fixtures/site-csv-only", "/");
  });

  it("builds every month's edition with the defaults: Chinese, base /, hash slugs for districts", () => {
    expect(existsSync(path.join(ROOT, "test/fixtures/site-csv-only/site.yaml"))).toBe(false);
    expect(b.list.editions.map((e) => e.prefix)).toEqual(["editions/2026-05/", "editions/2026-06/"]);
    const model = b.edition("");
    const missing = expectedPages(b).filter((p) => !existsSync(path.join(built.out, p)));
    expect(missing).toEqual([]);
    const home = parsePage(path.join(built.out, "index.html"));
    expect(home.documentElement.getAttribute("lang")).toBe("zh-CN");
    for (const d of model.districts) expect(d.slug).toMatch(/^d-[0-9a-f]{8}$/);
    expect(text(parsePage(path.join(built.out, "about/index.html")).querySelector('[data-field="publisher"]'))).toBe(t("zh-CN").about.notSet);
    const html = listFiles(built.out).filter((f) => f.endsWith(".html"));
    expect(checkLinks(built.out, "/", html).problems).toEqual([]);
  });
});

describe("a sub-path build in English (test/fixtures/site-subpath)", () => {
  let built: BuiltSite;
  let model: EditionModel;
  beforeAll(async () => {
    built = await buildSite("site-subpath", "test/fixtures/site-subpath");
    model = (await modelsOf("test/fixtures/site-subpath", "/journal/")).edition("");
  });

  it("has no link or asset that escapes /journal/", () => {
    const html = listFiles(built.out).filter((f) => f.endsWith(".html"));
    const { checked, problems } = checkLinks(built.out, "/journal/", html);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
    const home = parsePage(path.join(built.out, "index.html"));
    const hrefs = [...home.querySelectorAll("a[href], link[href], script[src]")].map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? "");
    expect(hrefs.filter((h) => h.startsWith("/") && !h.startsWith("/journal/"))).toEqual([]);
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe("https://example.org/journal/");
    const previous = parsePage(path.join(built.out, "editions/2026-09/index.html")).querySelector('a[data-nav="previous"]');
    expect(previous?.getAttribute("href")).toBe("/journal/editions/2026-08/");
  });

  it("switches the whole site to English, numbers and dates included", () => {
    const home = parsePage(path.join(built.out, "index.html"));
    expect(home.documentElement.getAttribute("lang")).toBe("en");
    const ui = t("en");
    expect(text(home.querySelector(".site-nav"))).toContain(ui.nav.districts);
    expect(text(home.querySelector(".kicker"))).toBe(ui.edition("September 2026"));
    expect(text(home.querySelector('[data-figure="ytd"] .value'))).toMatch(/^RMB [\d,.]+ million$/);
    expect(text(home.querySelector("main"))).not.toMatch(/[年月](?:底|进展)/);
    expect(existsSync(path.join(built.out, "districts/lingang/index.html"))).toBe(true);
    const other = model.districts.find((d) => d.name === "山湖县")!;
    expect(other.slug).toMatch(/^d-[0-9a-f]{8}$/);
    expect(existsSync(path.join(built.out, `districts/${other.slug}/index.html`))).toBe(true);
  });
});

describe("a folder of workbooks (test/fixtures/loader/xlsx-months)", () => {
  let built: BuiltSite;
  beforeAll(async () => {
    built = await buildSite("site-xlsx", "test/fixtures/loader/xlsx-months");
  });

  it("builds from .xlsx files alone, and the data-quality page says which workbook and sheet each month came from and how it was read", () => {
    const page = parsePage(path.join(built.out, "data-quality/index.html"));
    const files = [...page.querySelectorAll(".file-list > li")];
    expect(files.length).toBe(3);
    for (const li of files) {
      expect(text(li)).toContain("Excel 工作簿，工作表“调度表”");
      expect(text(li)).not.toContain("编码");
      // The loader's notices: the sheet read, the summary sheet skipped, districts from group rows, merged cells filled.
      const notices = [...li.querySelectorAll(".file-notices li")].map((n) => text(n));
      expect(notices.some((n) => n.includes("跳过工作表“汇总”"))).toBe(true);
      expect(notices.some((n) => n.includes("取自分组行"))).toBe(true);
    }
    // Every warning group has a title in words, never its code.
    for (const s of page.querySelectorAll(".issue-group summary strong")) expect(text(s)).not.toMatch(/^[a-z-]+$/);
    const html = listFiles(built.out).filter((f) => f.endsWith(".html"));
    expect(checkLinks(built.out, "/", html).problems).toEqual([]);
  });
});
