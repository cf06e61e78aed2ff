import { beforeAll, describe, expect, it } from "vitest";
import type { EditionModel } from "../../src/lib/site/editionModel.ts";
import { MEDIA_ROUTES } from "../../src/lib/site/mediaPaths.ts";
import { LIST_LIMIT, PROJECTS_PER_PAGE } from "../../src/lib/site/paginate.ts";
import { searchRecords, type SearchRecord } from "../../src/lib/site/searchRecords.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { pagesOf } from "../../src/lib/site/sitePages.ts";
import { ROUTES } from "../../src/lib/site/urls.ts";
import { modelsOf } from "./models.ts";

/** The search index's records over the sample's models (test/build/searchIndex.test.ts searches them). */
let b: SiteBuild;
let m: EditionModel;
let records: SearchRecord[];
const at = (rest: string) => records.find((r) => r.url === `/${rest}`)!;
const lines = (r: SearchRecord) => r.content.split("\n");

beforeAll(async () => {
  b = await modelsOf("data", "/");
  m = b.edition("");
  records = searchRecords(b);
});

describe("searchRecords(build)", () => {
  it("searchRecords(build) gives one record per root page that today's index holds: the root edition's pages, the project pages and the site-wide pages, but the search page", () => {
    const pages = pagesOf(b, "").filter((p) => p.rest !== MEDIA_ROUTES.search);
    expect(records.map((r) => r.url)).toEqual(pages.map((p) => `/${p.rest}`));
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    const urls = records.map((r) => r.url);
    for (const rest of [ROUTES.home, ROUTES.districts, ROUTES.projects, "projects/page/2/", ROUTES.categories, ROUTES.boards, ROUTES.warnings, ROUTES.problems, ROUTES.departments, ROUTES.leaders, ROUTES.changes, ROUTES.bulletin, MEDIA_ROUTES.downloads, ROUTES.editions, ROUTES.quality, ROUTES.methodology, ROUTES.about]) {
      expect(urls).toContain(`/${rest}`);
    }
    for (const x of m.districts) expect(urls).toContain(`/${ROUTES.district(x.slug)}`);
    for (const c of m.categories) expect(urls).toContain(`/${ROUTES.category(c.slug)}`);
    for (const v of [...m.departments]) expect(urls).toContain(`/${ROUTES.department(v.slug)}`);
    for (const v of [...m.leaders]) expect(urls).toContain(`/${ROUTES.leader(v.slug)}`);
    expect(urls.filter((u) => u.startsWith("/projects/xw")).length).toBe(b.site.projects.length);
    // No other edition, embed, search or not-found page.
    expect(urls.filter((u) => /^\/editions\/./.test(u) || u.includes("/embed/") || u === "/search/" || u.endsWith(".html"))).toEqual([]);
  });

  it("searchRecords(build) puts the editions, data-quality, methodology and about pages' records in the site-wide index, every other in the pages' one", () => {
    const siteWide = [ROUTES.editions, ROUTES.quality, ROUTES.methodology, ROUTES.about].map((rest) => `/${rest}`);
    expect(records.filter((r) => r.index === "site").map((r) => r.url)).toEqual(siteWide);
    expect(records.filter((r) => r.index !== "site" && r.index !== "pages")).toEqual([]);
  });

  it("searchRecords(build) titles each record with its page's heading (a project's name, a district's, the bulletin's title) and heads it with its charts' headings", () => {
    const cards = new Map(pagesOf(b, "").map((p) => [`/${p.rest}`, p.card.title]));
    for (const r of records) {
      const project = b.site.projects.find((p) => r.url === `/${ROUTES.project(p.slug)}`);
      // A project's card adds its district to the name; its page's heading is the name.
      if (project) expect(cards.get(r.url)).toBe(`${r.title}（${project.last.district}）`);
      else expect(r.title).toBe(cards.get(r.url));
    }
    expect(at(ROUTES.home).title).toBe(m.title);
    const x = m.districts[0]!;
    expect(at(ROUTES.district(x.slug)).title).toBe(x.name);
    expect(at(ROUTES.district(x.slug)).headings).toContain(m.ui.chart.curve.titleFor(x.name));
    expect(at(ROUTES.bulletin).title).toMatch(/通报（2026年\d+月）$/);
    expect(at(ROUTES.project(b.site.projects[0]!.slug)).headings).toEqual([m.ui.chart.history.title]);
    expect(at(ROUTES.about).headings).toEqual([]);
  });

  it("searchRecords(build) keeps in a project's record its name, number, district, category, owner, department, leader, progress and problems", () => {
    for (const p of b.site.projects) {
      const s = m.projectByKey.get(p.project.key)?.state ?? p.last;
      const r = at(ROUTES.project(p.slug));
      for (const text of [s.name, p.project.id, s.district, s.category, s.owner, s.leadDepartment, s.leader, s.progressText, s.problems]) {
        // Each text on one line, its line breaks made spaces.
        if (text) expect(`${r.title}\n${r.content}`, `${p.slug}: ${text}`).toContain(text.replace(/\s+/g, " ").trim());
      }
    }
  });

  it("searchRecords(build) names on a district's, category's, department's and leader's record the projects its page lists", () => {
    const names = (rows: ReadonlyArray<{ state: { name: string } }>) => rows.slice(0, LIST_LIMIT).map((p) => p.state.name);
    const holds = (r: SearchRecord, expected: string[]) => expect(expected.filter((n) => !lines(r).includes(n)), r.url).toEqual([]);
    for (const x of m.districts) holds(at(ROUTES.district(x.slug)), names(x.projects));
    for (const c of m.categories) holds(at(ROUTES.category(c.slug)), c.projects.slice(0, PROJECTS_PER_PAGE).map((p) => p.state.name));
    for (const v of m.departments) holds(at(ROUTES.department(v.slug)), names(v.projects));
    for (const v of m.leaders) holds(at(ROUTES.leader(v.slug)), names(v.projects));
    // Each project of the projects index is on the page of the index that lists it.
    holds(at(ROUTES.projects), m.projects.slice(0, PROJECTS_PER_PAGE).map((p) => p.state.name));
    holds(at("projects/page/2/"), m.projects.slice(PROJECTS_PER_PAGE, 2 * PROJECTS_PER_PAGE).map((p) => p.state.name));
    const second = m.projects[PROJECTS_PER_PAGE]!.state.name;
    if (!m.projects.slice(0, PROJECTS_PER_PAGE).some((p) => p.state.name === second)) expect(lines(at(ROUTES.projects))).not.toContain(second);
  });

  it("searchRecords(build) names every district on the home, districts and boards records, and every warning's project and reason on the warnings record", () => {
    for (const rest of [ROUTES.home, ROUTES.districts, ROUTES.boards, ROUTES.bulletin]) for (const x of m.districts) expect(lines(at(rest)), rest).toContain(x.name);
    const warnings = at(ROUTES.warnings);
    expect(m.latest.warnings.length).toBeGreaterThan(0);
    for (const w of m.latest.warnings) {
      expect(lines(warnings)).toContain(w.name);
      expect(lines(warnings)).toContain(w.reason[m.locale]);
    }
    for (const o of m.problems!.raised) expect(lines(at(ROUTES.problems))).toContain(o.text);
  });

  it("searchRecords(build) gives the pages' language as their <html lang> does, and each Chinese character of a record once", () => {
    expect(new Set(records.map((r) => r.language))).toEqual(new Set([m.ui.htmlLang]));
    for (const r of records) {
      const characters = r.characters.split(" ");
      expect(new Set(characters).size).toBe(characters.length);
      expect(new Set(characters)).toEqual(new Set([r.title, ...r.headings, r.content].join("").match(/\p{Script=Han}/gu)));
    }
  });
});

describe("searchRecords(build of a sub-path site in English)", () => {
  it("searchRecords(build) gives addresses from the site's root (Pagefind's search API puts the base path in front) and the language en", async () => {
    const sub = await modelsOf("test/fixtures/site-subpath", "/journal/");
    const rs = searchRecords(sub);
    expect(rs.length).toBe(pagesOf(sub, "").length - 1);
    expect(rs.filter((r) => !r.url.startsWith("/") || r.url.startsWith("/journal/"))).toEqual([]);
    expect(rs.find((r) => r.url === "/")?.title).toBe(sub.edition("").title);
    expect(new Set(rs.map((r) => r.language))).toEqual(new Set(["en"]));
  });
});
