import { parsePage } from "../site/links.ts";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { embedCharts } from "../../src/lib/site/embeds.ts";
import { numberText } from "../../src/lib/opendata/index.ts";
import { modelsOf } from "../site/models.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { pngSize } from "../../src/lib/cards/index.ts";
import { Oc4idsPackageSchema } from "../../src/lib/opendata/index.ts";
import { buildSite, listFiles, type BuiltSite } from "../site/buildSite.ts";

/** Link previews, embeds, open data, feed and sitemap of the built sample (built once, shared). */
describe("media and open data in the sample site", () => {
  let built: BuiltSite;
  let html: string[];
  const read = (rel: string) => readFileSync(path.join(built.out, rel), "utf8");
  const meta = (page: string, prop: string) => new RegExp(`<meta (?:property|name)="${prop.replace(/[:]/g, "\\:")}" content="([^"]*)"`).exec(page)?.[1] ?? null;
  const local = (url: string) => {
    const p = new URL(url).pathname.replace(/^\//, "");
    return p === "" || p.endsWith("/") ? `${p}index.html` : p;
  };

  beforeAll(async () => {
    built = await buildSite("site", "data");
    html = listFiles(built.out).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
  }, 600_000);

  it("every page has card tags with absolute URLs, a canonical link and the CSP, and its own 1200×630 PNG", () => {
    const images = new Map<string, string>();
    for (const f of html) {
      const page = read(f);
      if (f.includes("/embed/") || f.startsWith("embed/")) {
        expect(page, f).toContain('http-equiv="Content-Security-Policy"');
        continue;
      }
      expect(page, f).toContain('http-equiv="Content-Security-Policy"');
      expect(page, f).toMatch(/<link rel="canonical" href="https:\/\//);
      for (const p of ["og:title", "og:description", "og:url", "og:image", "og:image:alt", "og:locale", "og:site_name", "og:type", "twitter:title", "twitter:description", "twitter:image"]) {
        expect(meta(page, p), `${f} ${p}`).toBeTruthy();
      }
      expect(meta(page, "og:image:width")).toBe("1200");
      expect(meta(page, "og:image:height")).toBe("630");
      expect(meta(page, "twitter:card")).toBe("summary_large_image");
      const img = meta(page, "og:image")!;
      expect(img).toMatch(/^https:\/\/.*\.png$/);
      images.set(f, img);
    }
    for (const img of new Set(images.values())) {
      const file = path.join(built.out, local(img));
      expect(existsSync(file), img).toBe(true);
      expect(pngSize(new Uint8Array(readFileSync(file)))).toEqual({ width: 1200, height: 630 });
    }
    const home = readFileSync(path.join(built.out, local(images.get("index.html")!)));
    const district = readFileSync(path.join(built.out, local(images.get(html.find((f) => /^districts\/[^/]+\/index\.html$/.test(f))!)!)));
    expect(home.equals(district)).toBe(false);
  });

  it("has embed pages and SVG/PNG/CSV downloads for the embedded charts", () => {
    for (const id of ["home-curve", "district-board", "categories"]) {
      expect(existsSync(path.join(built.out, `embed/${id}/index.html`)), id).toBe(true);
      expect(read(`embed/${id}/chart.svg`)).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(pngSize(new Uint8Array(readFileSync(path.join(built.out, `embed/${id}/chart.png`))))).not.toBeNull();
      expect(read(`embed/${id}/data.csv`).startsWith("\uFEFF")).toBe(true);
    }
    // Copied from the root, the snippet still embeds the edition's chart, which never changes.
    // The root is the newest published edition (September 2026 in the sample; October is a draft).
    expect(read("index.html")).toContain("&lt;iframe src=&quot;https://example.org/editions/2026-09/embed/home-curve/&quot;");
  });

  it("gives each embed page a link preview: its chart's PNG with its size, its title and description, and the chart's data table", () => {
    for (const id of ["home-curve", "district-board", "categories"]) {
      const page = parsePage(path.join(built.out, `embed/${id}/index.html`));
      const meta = (key: string) => page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
      expect(meta("og:image"), id).toBe(`https://example.org/embed/${id}/chart.png`);
      const size = pngSize(new Uint8Array(readFileSync(path.join(built.out, `embed/${id}/chart.png`))))!;
      expect([Number(meta("og:image:width")), Number(meta("og:image:height"))], id).toEqual([size.width, size.height]);
      expect(meta("twitter:card")).toBe("summary_large_image");
      expect(meta("og:title")).toContain(page.querySelector("h1")?.textContent?.trim() ?? "?");
      expect(meta("og:description")?.length ?? 0).toBeGreaterThan(10);
      expect(page.querySelectorAll(".chart-data tbody tr").length, id).toBeGreaterThan(0);
    }
  });

  it("offers each embedded chart's CSV with exactly the rows and columns of its table", async () => {
    const model = (await modelsOf("data", "/")).edition("");
    const charts = embedCharts(model);
    expect(charts.length).toBeGreaterThanOrEqual(4 + model.districts.length - 1);
    for (const e of charts) {
      const { columns, rows } = e.chart.spec.table;
      const parsed = Papa.parse<string[]>(read(`embed/${e.id}/data.csv`).replace(/^\uFEFF/, "").trimEnd(), { newline: "\r\n" }).data;
      const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : typeof v === "number" ? numberText(v) : v);
      expect(parsed, e.id).toEqual([columns.map((c) => c.label), ...rows.map((r) => columns.map((c) => cell(r[c.key])))]);
    }
  });

  it("publishes a projects.csv that loads back through our loader to the same numbers", async () => {
    const model = (await modelsOf("data", "/")).edition("");
    const dir = await mkdtemp(path.join(os.tmpdir(), "media-csv-"));
    try {
      await mkdir(path.join(dir, "snapshots"));
      await writeFile(path.join(dir, "snapshots", `${model.content.month}.csv`), readFileSync(path.join(built.out, "data/projects.csv")));
      const back = await loadDataDir(dir);
      expect(back.report.errors).toBe(0);
      const loaded = back.programme!.snapshots[0]!.states;
      expect(loaded.length).toBe(model.content.projects.length);
      const sum = (xs: Array<number | null | undefined>) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
      expect(sum(loaded.map((s) => s.ytdCompleted))).toBeCloseTo(sum(model.content.projects.map((p) => p.ytdCompleted)), 6);
      expect(sum(loaded.map((s) => s.annualPlan))).toBeCloseTo(sum(model.content.projects.map((p) => p.annualPlan)), 6);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("publishes an OC4IDS package that validates and holds every project, and the other data files", () => {
    const pkg = Oc4idsPackageSchema.parse(JSON.parse(read("data/oc4ids.json")));
    const projects = JSON.parse(read("data/projects.json")) as unknown;
    // The root's copy names the edition's permanent address, like the edition's own copy.
    expect(pkg.uri).toBe("https://example.org/editions/2026-09/data/oc4ids.json");
    expect(Array.isArray(projects) ? projects.length : (projects as { projects: unknown[] }).projects.length).toBe(pkg.projects.length);
    for (const f of ["projects.csv", "indicators.json", "README.md"]) expect(existsSync(path.join(built.out, "data", f))).toBe(true);
    expect(read("downloads/index.html")).toContain("oc4ids.json");
  });

  it("has a feed and a sitemap whose every URL is a file of the site, and robots.txt", () => {
    const urls = [...read("feed.xml").matchAll(/href="(https:[^"]+)"/g), ...read("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(20);
    const missing = urls.filter((u) => !existsSync(path.join(built.out, local(u))));
    expect(missing).toEqual([]);
    expect(read("robots.txt")).toContain("Sitemap: https://example.org/sitemap.xml");
  });

  it("feed.xml has an entry per edition, titled with its month and summarised by the first sentence of its narrative", () => {
    const entries = [...read("feed.xml").matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(21);
    const first = entries.find((e) => e.includes("<id>https://example.org/editions/2025-02/</id>"))!;
    expect(first).toContain("<title>2025年2月进展</title>");
    expect(first).toContain(
      '<summary type="text">截至2025年2月底，星湾市150个重点项目完成投资9.97亿元，占年度计划76.07亿元的13.1%，慢于时序进度3.6个百分点。</summary>',
    );
  });

  it("indexes the root edition with Pagefind, the site-wide pages in an index of their own", () => {
    expect(existsSync(path.join(built.out, "pagefind/pagefind.js"))).toBe(true);
    expect(existsSync(path.join(built.out, "pagefind-site/pagefind-entry.json"))).toBe(true);
    // The page names the index folders; search.js loads Pagefind's search API from the first when a
    // search starts and merges the other (the browser test searches), so the page itself loads no
    // more than its budget.
    const page = read("search/index.html");
    expect(page).toContain('data-bundle="/pagefind/"');
    expect(page).toContain('data-merge="/pagefind-site/"');
    expect(page).not.toContain("pagefind.js");
    expect(readFileSync(path.join(built.out, "search.js"), "utf8")).toContain("pagefind.js");
  });
});
