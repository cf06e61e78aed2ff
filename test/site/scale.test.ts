import { formatFor } from "../../src/lib/i18n/format/index.ts";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBudgets } from "../../src/lib/audit/budgets.ts";
import { readBuiltSite } from "../../src/lib/audit/readBuiltSite.ts";
import { toExcelCsv } from "../../src/lib/sample/excelCsv.ts";
import { t } from "../../src/lib/i18n/ui.ts";
import { MEDIA_ROUTES } from "../../src/lib/site/mediaPaths.ts";
import { csvFields } from "../../src/lib/opendata/projectFields.ts";
import { generateProgramme, sampleFileStyle, sampleSiteYaml, type SampleProgramme } from "../../src/lib/sample/index.ts";
import type { EditionModel } from "../../src/lib/site/editionModel.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { LIST_LIMIT, pagePath, PROJECTS_PER_PAGE, SHORT_LIST_LIMIT, WARNINGS_PER_PAGE } from "../../src/lib/site/paginate.ts";
import { ROUTES } from "../../src/lib/site/urls.ts";
import { buildSite, listFiles, ROOT, type BuiltSite } from "./buildSite.ts";
import { parsePage } from "./links.ts";
import { modelsOf } from "./models.ts";

/**
 * A programme too large for one page per list (700 projects, as scripts/bench.ts makes them):
 * every page stays within the HTML budget, and what a page leaves out is on the page or in the
 * file it links to. Seed 11 with 700 projects gives a district of more than 100 projects, a
 * category of more than 100, more than 200 warnings and change lists longer than LIST_LIMIT in
 * the latest month (checked in beforeAll, so a change to the generator cannot make the test
 * pass vacuously).
 */
const DATA = "test/.tmp/scale-data";
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const text = (el: Element | null | undefined) => squash(el?.textContent ?? "");

/** Write a file only when its bytes differ, so the build's input fingerprint (sizes and mtimes) stays put. */
function writeIfChanged(file: string, data: Uint8Array | string): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
  if (existsSync(file) && readFileSync(file).equals(bytes)) return;
  writeFileSync(file, bytes);
}

function writeScaleData(): SampleProgramme {
  const programme = generateProgramme({ seed: 11, projects: 700, years: [2026], lastMonth: "2026-04" });
  const dir = path.join(ROOT, DATA);
  mkdirSync(path.join(dir, "snapshots"), { recursive: true });
  for (const { month, states } of programme.months) {
    writeIfChanged(path.join(dir, "snapshots", `${month}.csv`), toExcelCsv(states, sampleFileStyle(month, programme.region, 2026, programme.categories)));
  }
  writeIfChanged(path.join(dir, "site.yaml"), sampleSiteYaml(programme));
  return programme;
}

/** Rows of a CSV the site wrote (UTF-8 with a BOM), header first. */
function csvRows(file: string): string[][] {
  const body = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe("a programme too large for one page per list (700 projects)", () => {
  let built: BuiltSite;
  let programme: SampleProgramme;
  let b: SiteBuild;
  let model: EditionModel;
  let html: string[];
  const file = (rel: string) => path.join(built.out, rel);
  const doc = (rel: string) => parsePage(file(rel));
  /** The output file an internal link names ("/projects/page/2/" → projects/page/2/index.html). */
  const target = (href: string) => {
    const p = href.replace(/^\//, "").split(/[?#]/)[0]!;
    return p === "" || p.endsWith("/") ? `${p}index.html` : p;
  };
  /** The pages of a paginated list of the root, in order: base/, base/page/2/, … */
  const pagesOf = (base: string) => {
    const out: string[] = [];
    for (let n = 1; existsSync(file(`${pagePath(base, n)}index.html`)); n++) out.push(`${pagePath(base, n)}index.html`);
    return out;
  };

  beforeAll(async () => {
    programme = writeScaleData();
    built = await buildSite("site-scale", DATA);
    b = await modelsOf(DATA, "/");
    model = b.edition("");
    html = listFiles(built.out).filter((f) => f.endsWith(".html"));
    // The fixture is large enough to need every cut this file checks.
    expect(Math.max(...model.districts.map((x) => x.projects.length))).toBeGreaterThan(PROJECTS_PER_PAGE);
    expect(Math.max(...model.districts.map((x) => x.warnings.length))).toBeGreaterThan(LIST_LIMIT);
    expect(Math.max(...model.categories.map((c) => c.projects.length))).toBeGreaterThan(PROJECTS_PER_PAGE);
    expect(model.latest.warnings.length).toBeGreaterThan(WARNINGS_PER_PAGE);
    const c = model.changes!;
    expect(Math.max(c.added.length, c.removed.length, c.started.length, c.finished.length, c.warningsRaised.length, c.warningsCleared.length, c.warningsLevel.length)).toBeGreaterThan(LIST_LIMIT);
    console.log(
      `scale: ${model.projects.length} projects, ${model.latest.warnings.length} warnings, longest change list ${c.warningsRaised.length}; ` +
        `${html.length} pages in ${built.seconds.toFixed(1)} s${built.fresh ? "" : " (reused build)"}`,
    );
  });

  it("checkBudgets(readBuiltSite(out)) finds no problem on any page of the site", () => {
    const { pages, fileSize } = readBuiltSite(built.out);
    expect(pages.length).toBe(html.length);
    expect(pages.length).toBeGreaterThan(100);
    // The long lists are among the pages checked.
    const paths = new Set(pages.map((p) => p.path));
    const largest = model.districts.reduce((a, x) => (x.projects.length > a.projects.length ? x : a));
    for (const p of [`${ROUTES.district(largest.slug)}index.html`, "warnings/index.html", "warnings/page/2/index.html", "changes/index.html", "projects/page/2/index.html"])
      expect(paths.has(p), p).toBe(true);
    expect(checkBudgets(pages, fileSize, "/")).toEqual([]);
  });

  it("lists the largest district's first 40 projects and links to the projects index page where its projects start", () => {
    const x = model.districts.reduce((a, v) => (v.projects.length > a.projects.length ? v : a));
    const page = doc(`${ROUTES.district(x.slug)}index.html`);
    const rows = [...page.querySelectorAll("#district-projects tbody tr")];
    expect(rows.length).toBe(LIST_LIMIT);
    expect(rows.map((r) => r.querySelector("th a")?.getAttribute("href"))).toEqual(x.projects.slice(0, LIST_LIMIT).map((p) => p.href));

    const notes = [...page.querySelectorAll('section[aria-labelledby="projects-heading"] .more-note')];
    expect(notes.length).toBe(1);
    const note = notes[0]!;
    const more = x.projects.length - LIST_LIMIT;
    expect(note.getAttribute("data-more")).toBe(String(more));
    const d = formatFor(model.locale);
    const ui = t(model.locale);
    expect(text(note)).toContain(squash(ui.projects.more(d.count(more))));

    // The index pages that hold the district's projects: the link goes to the first of them and names them all.
    const index = pagesOf(ROUTES.projects);
    const holding = index.flatMap((f, i) => ([...doc(f).querySelectorAll("#projects-table tbody tr")].some((r) => r.getAttribute("data-district") === x.name) ? [i + 1] : []));
    expect(holding.length).toBeGreaterThan(0);
    const href = note.querySelector("a")?.getAttribute("href") ?? "";
    expect(href).toBe(`/${pagePath(ROUTES.projects, holding[0]!)}`);
    expect(existsSync(file(target(href)))).toBe(true);
    expect(text(note.querySelector("a"))).toBe(ui.projects.indexPages(d.count(holding[0]!), d.count(holding.at(-1)!)));
    // Those pages are consecutive and together hold every one of the district's projects.
    expect(holding).toEqual(Array.from({ length: holding.length }, (_, i) => holding[0]! + i));
    const districtLinks = holding.flatMap((n) =>
      [...doc(index[n - 1]!).querySelectorAll("#projects-table tbody tr")].filter((r) => r.getAttribute("data-district") === x.name).map((r) => r.querySelector("th a")?.getAttribute("href")),
    );
    expect(districtLinks).toEqual(x.projects.map((p) => p.href));
  });

  it("splits the projects index into pages of 100 that together list every project of the month once", () => {
    const index = pagesOf(ROUTES.projects);
    expect(index.length).toBe(Math.ceil(model.projects.length / PROJECTS_PER_PAGE));
    expect(html.filter((f) => /^projects\/page\/\d+\/index\.html$/.test(f)).length).toBe(index.length - 1);
    const rows = index.flatMap((f) => [...doc(f).querySelectorAll("#projects-table tbody tr")]);
    for (const f of index.slice(0, -1)) expect(doc(f).querySelectorAll("#projects-table tbody tr").length, f).toBe(PROJECTS_PER_PAGE);
    // Links: every project of the edition, once, in district order.
    expect(rows.map((r) => r.querySelector("th a")?.getAttribute("href"))).toEqual(model.projects.map((p) => `/${ROUTES.project(p.slug)}`));
    // Ids: exactly the ids of the month's generated table.
    const ids = rows.map((r) => text(r.querySelector("th .muted")));
    const latest = programme.months.at(-1)!;
    expect(latest.month).toBe(model.latest.month);
    expect([...ids].sort()).toEqual(latest.states.map((s) => s.id ?? "").sort());
    expect(new Set(ids).size).toBe(latest.states.length);
    // Every page links to every other through the pager.
    for (const [i, f] of index.entries()) {
      const links = [...doc(f).querySelectorAll("nav.pager ol a")].map((a) => a.getAttribute("href"));
      expect(links, f).toEqual(index.map((_, j) => `/${pagePath(ROUTES.projects, j + 1)}`).filter((_, j) => j !== i));
    }
  });

  it("lists the first 20 of a district's warnings and says how many more are on the warnings page", () => {
    const x = model.districts.reduce((a, v) => (v.warnings.length > a.warnings.length ? v : a));
    const section = doc(`${ROUTES.district(x.slug)}index.html`).querySelector('section[aria-labelledby="warnings-heading"]');
    const items = [...(section?.querySelectorAll(".warning-list li") ?? [])];
    expect(items.length).toBe(SHORT_LIST_LIMIT);
    expect(items.map((li) => text(li.querySelector(".reason")))).toEqual(x.warnings.slice(0, SHORT_LIST_LIMIT).map((w) => w.reason[model.locale]));
    const note = section?.querySelector(".more-note");
    expect(note?.getAttribute("data-more")).toBe(String(x.warnings.length - SHORT_LIST_LIMIT));
    expect(note?.querySelector("a")?.getAttribute("href")).toBe(`/${ROUTES.warnings}`);
  });

  it("lists the first 100 of a large category's projects and links to projects.csv, which has them all", () => {
    const c = model.categories.reduce((a, v) => (v.projects.length > a.projects.length ? v : a));
    const page = doc(`${ROUTES.category(c.slug)}index.html`);
    const rows = [...page.querySelectorAll("#category-projects tbody tr")];
    expect(rows.length).toBe(PROJECTS_PER_PAGE);
    expect(rows.map((r) => r.querySelector("th a")?.getAttribute("href"))).toEqual(c.projects.slice(0, PROJECTS_PER_PAGE).map((p) => p.href));
    const note = page.querySelector('section[aria-labelledby="projects-heading"] .more-note');
    expect(note?.getAttribute("data-more")).toBe(String(c.projects.length - PROJECTS_PER_PAGE));
    const href = note?.querySelector("a")?.getAttribute("href") ?? "";
    expect(href).toBe(`/${MEDIA_ROUTES.data}projects.csv`);
    const [header, ...data] = csvRows(file(target(href)));
    const fields = csvFields(model.latest.month);
    const col = (json: string) => header!.indexOf(fields.find((f) => f.json === json)!.header);
    expect(col("category")).toBeGreaterThanOrEqual(0);
    expect(data.length).toBe(model.projects.length);
    expect(data.filter((r) => r[col("category")] === c.name).length).toBe(c.projects.length);
    expect(data.map((r) => r[col("id")]).sort()).toEqual(programme.months.at(-1)!.states.map((s) => s.id ?? "").sort());
  });

  it("pages the warnings 200 at a time, red first, so that warnings/ and warnings/page/N/ hold each of the month's warnings once", () => {
    const warnings = model.latest.warnings;
    const pages = pagesOf(ROUTES.warnings);
    expect(pages.length).toBe(Math.ceil(warnings.length / WARNINGS_PER_PAGE));
    expect(html.filter((f) => /^warnings\/page\/\d+\/index\.html$/.test(f)).length).toBe(pages.length - 1);
    const rows = pages.map((f) => [...doc(f).querySelectorAll("#warnings-table tbody tr")]);
    for (const [i, r] of rows.entries()) expect(r.length, pages[i]).toBe(Math.min(WARNINGS_PER_PAGE, warnings.length - i * WARNINGS_PER_PAGE));
    const seen = rows.flat().map((r) => [r.getAttribute("data-level"), text(r.querySelector("th")), text(r.querySelector("td:nth-of-type(2)")), text(r.querySelector("td:nth-of-type(3)"))].join(" | "));
    const expected = warnings.map((w) => [w.level, w.name, w.district, w.reason[model.locale]].join(" | "));
    expect(new Set(expected).size).toBe(expected.length);
    expect(seen).toEqual(expected);
    // Red first, across the pages.
    const levels = rows.flat().map((r) => r.getAttribute("data-level"));
    expect(levels.filter((l) => l === "red").length).toBeGreaterThan(0);
    expect(levels.lastIndexOf("red")).toBeLessThan(levels.indexOf("yellow"));
    // Each page links to the others through its pager.
    for (const [i, f] of pages.entries()) {
      const links = [...doc(f).querySelectorAll("nav.pager ol a")].map((a) => a.getAttribute("href"));
      expect(links, f).toEqual(pages.map((_, j) => `/${pagePath(ROUTES.warnings, j + 1)}`).filter((_, j) => j !== i));
    }
  });

  it("shows at most 40 items per list of changes, says how many more, and changes.csv has one row per project-level change", () => {
    const c = model.changes!;
    const page = doc("changes/index.html");
    const lists: Array<[string, Array<{ key: string }>]> = [
      ["added", c.added],
      ["removed", c.removed],
      ["started", c.started],
      ["finished", c.finished],
      ["warnings-raised", c.warningsRaised],
      ["warnings-cleared", c.warningsCleared],
      ["warnings-level", c.warningsLevel],
    ];
    let headed = 0;
    for (const [id, list] of lists) {
      const section = page.querySelector(`section#${id}`);
      expect(section, id).not.toBeNull();
      const heading = text(section!.querySelector("h3"));
      const n = Number(/（(\d+)[个条]）/.exec(heading)?.[1] ?? Number.NaN);
      expect(n, `${id}: ${heading}`).toBe(list.length);
      headed += n;
      const items = [...section!.querySelectorAll(".change-list li")];
      expect(items.length, id).toBe(Math.min(n, LIST_LIMIT));
      expect(items.map((li) => li.getAttribute("data-key")), id).toEqual(list.slice(0, LIST_LIMIT).map((p) => p.key));
      const note = section!.querySelector(".more-note");
      if (n > LIST_LIMIT) {
        expect(note?.getAttribute("data-more"), id).toBe(String(n - LIST_LIMIT));
        expect(note?.querySelector("a")?.getAttribute("href"), id).toBe(`/${MEDIA_ROUTES.data}changes.csv`);
      } else expect(note, id).toBeNull();
    }
    expect(page.querySelectorAll(".change-list li").length).toBeLessThanOrEqual(lists.length * LIST_LIMIT + c.flags.length);

    // changes.csv: one row per change, each kind as many as its heading says.
    const [header, ...data] = csvRows(file(`${MEDIA_ROUTES.data}changes.csv`));
    const labels = t(model.locale).changes.csv;
    expect(header![0]).toBe(labels.change);
    expect(data.length).toBe(headed);
    const kinds = ["added", "removed", "started", "finished", "raised", "cleared", "level"] as const;
    for (const [i, kind] of kinds.entries()) expect(data.filter((r) => r[0] === labels.kinds[kind]).length, kind).toBe(lists[i]![1].length);
    // The raised warnings in the file are the model's, in its order.
    expect(data.filter((r) => r[0] === labels.kinds.raised).map((r) => `${r[1]}|${r[2]}`)).toEqual(c.warningsRaised.map((w) => `${w.name}|${w.district}`));
  });

  it("builds one project page at the root for every project in the data", () => {
    const pages = html.filter((f) => /^projects\/[^/]+\/index\.html$/.test(f));
    const keys = new Set(programme.months.flatMap((m) => m.states.map((s) => s.key)));
    expect(b.site.projects.length).toBe(keys.size);
    expect(pages.length).toBe(keys.size);
    expect(pages.sort()).toEqual(b.site.projects.map((p) => `${ROUTES.project(p.slug)}index.html`).sort());
    // No project page under an edition.
    expect(html.filter((f) => /^editions\/[^/]+\/projects\/(?!page\/)[^/]+\/index\.html$/.test(f))).toEqual([]);
  });
});
