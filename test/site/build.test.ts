import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { INDICATORS } from "../../src/lib/indicators/index.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { formatPercent, formatPoints, pointsDirection } from "../../src/lib/narrative/format.ts";
import { t } from "../../src/lib/i18n/ui.ts";
import { buildSiteModel, shownPath, type SiteModel } from "../../src/lib/site/siteModel.ts";
import { ROUTES } from "../../src/lib/site/urls.ts";
import { buildSite, listFiles, ROOT, type BuiltSite } from "./buildSite.ts";
import { checkLinks, parsePage } from "./links.ts";

/**
 * The built site, from the outside: build the sample and three fixtures with the real command,
 * then read the HTML. Each folder is built once (see buildSite.ts).
 */
const exec = promisify(execFile);
const SAMPLE = "data";
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

async function modelOf(dataDir: string, base: string): Promise<SiteModel> {
  const loaded = await loadDataDir(path.join(ROOT, dataDir));
  if (loaded.programme === null) throw new Error(`${dataDir} has errors`);
  return buildSiteModel({ programme: loaded.programme, config: loaded.config, report: loaded.report, dataDir: path.join(ROOT, dataDir) }, base);
}

function expectedPages(m: SiteModel): string[] {
  const page = (route: string) => `${route}index.html`;
  return [
    page(ROUTES.home),
    page(ROUTES.districts),
    ...m.districts.map((d) => page(ROUTES.district(d.slug))),
    page(ROUTES.projects),
    ...m.projects.map((p) => page(ROUTES.project(p.slug))),
    page(ROUTES.categories),
    ...m.categories.map((c) => page(ROUTES.category(c.slug))),
    page(ROUTES.boards),
    page(ROUTES.warnings),
    page(ROUTES.quality),
    page(ROUTES.methodology),
    page(ROUTES.about),
    "404.html",
  ];
}

describe("the sample site (data/)", () => {
  let built: BuiltSite;
  let model: SiteModel;
  let html: string[];
  const file = (rel: string) => path.join(built.out, rel);
  const doc = (rel: string) => parsePage(file(rel));

  beforeAll(async () => {
    built = await buildSite("site", SAMPLE);
    model = await modelOf(SAMPLE, "/");
    html = listFiles(built.out).filter((f) => f.endsWith(".html"));
    const pages = html.length;
    console.log(`sample: ${pages} pages in ${built.seconds.toFixed(1)} s (${(pages / built.seconds).toFixed(1)} pages/s)${built.fresh ? "" : " (reused build)"}`);
  });

  it("has every kind of page: home, districts, projects, categories, boards, warnings, data quality, methodology, about", () => {
    const expected = expectedPages(model);
    expect(model.districts.length).toBeGreaterThanOrEqual(8);
    expect(model.projects.length).toBeGreaterThanOrEqual(100);
    const missing = expected.filter((p) => !existsSync(file(p)));
    expect(missing).toEqual([]);
    // Districts with a configured code use it as their address.
    for (const entry of model.config.districts) {
      if (typeof entry !== "string" && entry.code) expect(existsSync(file(`districts/${entry.code.toLowerCase()}/index.html`))).toBe(true);
    }
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
    const words = pointsDirection(gap!) > 0 ? ui.fig.ahead(formatPoints(gap!, model.locale)) : pointsDirection(gap!) < 0 ? ui.fig.behind(formatPoints(gap!, model.locale)) : ui.fig.level;
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
    expect(json.board.filter((e) => e.flag === "red").length).toBe(model.config.ranking.redFlags);

    const narrative = [...home.querySelectorAll(".narrative")].map((p) => text(p));
    expect(narrative.length).toBeGreaterThan(0);
    expect(narrative.join(model.locale === "en" ? " " : "")).toBe(json.narrative.programme);
  });

  it("resolves every internal link and asset to a file in the output, fragments included", () => {
    const { checked, problems } = checkLinks(built.out, "/", html);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(html.length * 10);
  });

  it("links every project page from the projects index and every district page from the districts index", () => {
    const projects = new Set([...doc("projects/index.html").querySelectorAll("main a")].map((a) => a.getAttribute("href")));
    for (const p of model.projects) expect(projects.has(`/${ROUTES.project(p.slug)}`)).toBe(true);
    const districts = new Set([...doc("districts/index.html").querySelectorAll("main a")].map((a) => a.getAttribute("href")));
    for (const d of model.districts) expect(districts.has(`/${ROUTES.district(d.slug)}`)).toBe(true);
  });

  it("renders charts as inline SVG in a figure with title, subtitle, source, description and a data table", () => {
    for (const rel of ["index.html", `districts/${model.districts[0]!.slug}/index.html`, `projects/${model.projects[0]!.slug}/index.html`]) {
      const figures = [...doc(rel).querySelectorAll("figure.chart")];
      expect(figures.length, rel).toBeGreaterThan(0);
      for (const f of figures) {
        expect(text(f.querySelector(".chart-title")), rel).not.toBe("");
        expect(text(f.querySelector(".chart-subtitle")), rel).not.toBe("");
        expect(text(f.querySelector(".chart-source")), rel).not.toBe("");
        const svg = f.querySelector(".svg-wide svg");
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
      expect(text(page.querySelector(`#weights-table [data-component="${c}"] td`))).toBe(String(model.config.ranking.weights[c]));
    }
    for (const k of ["yellowBehindPoints", "redBehindPoints", "lateStartMonths", "stalledMonths"] as const) {
      expect(text(page.querySelector(`#thresholds-table [data-threshold="${k}"] td`))).toBe(String(model.config.warnings[k]));
    }
  });

  it("lists the loader's warnings with file:line and the skipped rows of every file on the data-quality page", () => {
    const page = doc("data-quality/index.html");
    const body = text(page.querySelector("main"));
    const warnings = model.report.issues.filter((i) => i.severity === "warning");
    for (const w of warnings.slice(0, 200)) {
      if (w.file !== null) expect(body).toContain(`${shownPath(w.file, path.join(ROOT, SAMPLE))}${w.line !== null ? `:${w.line}` : ""}`);
    }
    expect(body).not.toContain(ROOT); // no build-machine paths
    const rows = [...page.querySelectorAll("#skipped-table tbody tr")];
    expect(rows.length).toBe(model.report.files.length);
    for (const f of model.report.files) {
      const row = rows.find((r) => r.getAttribute("data-file") === shownPath(f.file, path.join(ROOT, SAMPLE)));
      expect(row, f.file).toBeDefined();
      expect(row!.querySelector("[data-skipped]")?.getAttribute("data-skipped")).toBe(String(f.skipped.length));
    }
  });

  it("shows the office's note for the latest month when data/notes has one", () => {
    const note = path.join(ROOT, SAMPLE, "notes", `${model.latest.month}.md`);
    const box = doc("index.html").querySelector(".note-box");
    expect(box !== null).toBe(existsSync(note));
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
    model = await modelOf("test/fixtures/site-hostile", "/");
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
  let model: SiteModel;
  beforeAll(async () => {
    built = await buildSite("site-csv-only", "test/fixtures/site-csv-only");
    model = await modelOf("test/fixtures/site-csv-only", "/");
  });

  it("builds with the defaults: Chinese, base /, hash slugs for districts", () => {
    expect(existsSync(path.join(ROOT, "test/fixtures/site-csv-only/site.yaml"))).toBe(false);
    const missing = expectedPages(model).filter((p) => !existsSync(path.join(built.out, p)));
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
  let model: SiteModel;
  beforeAll(async () => {
    built = await buildSite("site-subpath", "test/fixtures/site-subpath");
    model = await modelOf("test/fixtures/site-subpath", "/journal/");
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
