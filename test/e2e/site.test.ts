import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EditionModel } from "../../src/lib/site/editionModel.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { PROJECTS_PER_PAGE } from "../../src/lib/site/paginate.ts";
import { ROUTES } from "../../src/lib/site/urls.ts";
import { startStaticServer, type StaticServer } from "../../src/lib/io/staticServer.ts";
import { buildSite, ROOT } from "../site/buildSite.ts";
import { modelsOf } from "../site/models.ts";

/**
 * The sample site in Debian's Chromium: pages render with JavaScript on and off, without console
 * errors, failed requests or requests off the origin; axe finds no serious or critical violation;
 * the sorting and filtering script works; screenshots at 375 and 1280 px go to
 * test/.tmp/screenshots/ for a person to look at.
 */
const CHROMIUM = "/usr/bin/chromium";
const SHOTS = path.join(ROOT, "test/.tmp/screenshots");
const AXE = path.join(ROOT, "node_modules/axe-core/axe.min.js");

let server: StaticServer;
let browser: Browser;
let b: SiteBuild;
let model: EditionModel;
let pages: Array<[string, string]>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/)`);
  const built = await buildSite("site", "data");
  b = await modelsOf("data", "/");
  model = b.edition("");
  const district = model.districts.find((d) => d.projects.length > 0)!;
  const project = model.projects.find((p) => p.warnings.length > 0) ?? model.projects[0]!;
  const older = b.list.editions[Math.floor(b.list.editions.length / 2)]!;
  pages = [
    ["home", ROUTES.home],
    ["district", ROUTES.district(district.slug)],
    ["project", ROUTES.project(project.slug)],
    ["boards", ROUTES.boards],
    ["methodology", ROUTES.methodology],
    ["changes", `${older.prefix}${ROUTES.changes}`],
    ["editions", ROUTES.editions],
  ];
  server = await startStaticServer(built.out);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  errors: string[];
  failed: string[];
  offOrigin: string[];
}

/** A page that records console errors, page errors, failed requests and requests off the origin. */
async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const w: Watched = { page, errors: [], failed: [], offOrigin: [] };
  page.on("console", (m) => {
    if (m.type() === "error") w.errors.push(m.text());
  });
  page.on("pageerror", (e) => w.errors.push(String(e)));
  page.on("requestfailed", (r) => w.failed.push(`${r.url()} ${r.failure()?.errorText ?? ""}`));
  page.on("response", (r) => {
    if (r.status() >= 400) w.failed.push(`${r.url()} ${r.status()}`);
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(server.origin) && !url.startsWith("data:") && !url.startsWith("about:")) w.offOrigin.push(url);
  });
  return w;
}

describe.each([
  ["JavaScript on", true],
  ["JavaScript off", false],
])("pages with %s", (_, javaScriptEnabled) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
    // Anything off the origin is refused (and recorded above).
    await context.route((url) => !url.href.startsWith(server.origin), (route) => route.abort());
  });
  afterAll(async () => context?.close());

  it("renders home, a district, a project, the boards, the methodology, an edition's changes and the editions index without errors or outside requests", async () => {
    for (const [name, route] of pages) {
      const w = await watchedPage(context);
      const response = await w.page.goto(server.url + route, { waitUntil: "load" });
      expect(response?.status(), name).toBe(200);
      await expect(w.page.locator("h1").first().textContent()).resolves.toBeTruthy();
      expect(await w.page.locator("main").count(), name).toBe(1);
      if (!["methodology", "changes", "editions"].includes(name)) expect(await w.page.locator("figure.chart svg").count(), name).toBeGreaterThan(0);
      expect(w.errors, name).toEqual([]);
      expect(w.failed, name).toEqual([]);
      expect(w.offOrigin, name).toEqual([]);
      await w.page.close();
    }
  });
});

describe("accessibility", () => {
  it("has no serious or critical axe violation on home, a district, a project, the boards, the methodology, an edition's changes and the editions index", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true }); // axe is injected as an inline script, which the pages' CSP refuses
    const found: string[] = [];
    for (const [name, route] of pages) {
      const page = await context.newPage();
      await page.goto(server.url + route);
      await page.addScriptTag({ path: AXE });
      const result = (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe;
        return axe.run(document, { resultTypes: ["violations"] });
      })) as { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> };
      for (const v of result.violations) {
        if (v.impact === "serious" || v.impact === "critical") {
          found.push(`${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
        }
      }
      await page.close();
    }
    await context.close();
    expect(found).toEqual([]);
  });
});

describe("screenshots", () => {
  it("takes full-page screenshots at 375 and 1280 px (light) and 375 px (dark) into test/.tmp/screenshots/", async () => {
    for (const [width, scheme] of [
      [375, "light"],
      [1280, "light"],
      [375, "dark"],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
      for (const [name, route] of pages) {
        const page = await context.newPage();
        await page.goto(server.url + route);
        const file = path.join(SHOTS, `${name}-${width}${scheme === "dark" ? "-dark" : ""}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(existsSync(file)).toBe(true);
        // Nothing wider than the viewport except inside a horizontal scroller.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} at ${width}px overflows by ${overflow}px`).toBeLessThanOrEqual(0);
        await page.close();
      }
      await context.close();
    }
    // 21 full-page screenshots: 31 s with another test file running beside it.
  }, 180_000);
});

describe("the projects table", () => {
  it("is complete without JavaScript, with the filter controls hidden", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Every project is on some page of the index (100 a page), each page complete without JS.
    const pages = Math.ceil(model.projects.length / PROJECTS_PER_PAGE);
    let rows = 0;
    for (let n = 1; n <= pages; n++) {
      await page.goto(server.url + ROUTES.projects + (n > 1 ? `page/${n}/` : ""));
      rows += await page.locator("#projects-table tbody tr").count();
    }
    expect(pages).toBeGreaterThan(1);
    expect(rows).toBe(model.projects.length);
    await page.goto(server.url + ROUTES.projects);
    expect(await page.locator("[data-table-tools]").isVisible()).toBe(false);
    expect(await page.locator("#projects-table .sort-button").count()).toBe(0);
    await context.close();
  });

  it("sorts by a column when its header is clicked, and filters as one types", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(server.url + ROUTES.projects);
    const rows = page.locator("#projects-table tbody tr");
    const total = await rows.count();

    // The completion-rate column: first click largest first, second click smallest first.
    const header = page.locator("#projects-table thead th").nth(6);
    const column = async () =>
      (await page.locator("#projects-table tbody tr td:nth-child(7)").evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.sort ?? "")))
        .filter((v) => v !== "")
        .map(Number);
    await header.locator("button").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("descending");
    const down = await column();
    expect(down.length).toBeGreaterThan(10);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await header.locator("button").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("ascending");
    const up = await column();
    expect(up).toEqual([...up].sort((a, b) => a - b));

    // Sorting by name (text) orders the rows by the collator.
    await page.locator("#projects-table thead th").nth(0).locator("button").click();
    const names = (await page.locator("#projects-table tbody th").allTextContents()).map((s) => s.trim());
    const sorted = await page.evaluate((list) => [...list].sort(new Intl.Collator(document.documentElement.lang, { numeric: true }).compare), names);
    expect(names).toEqual(sorted);

    // Filtering: type part of one project's name.
    const target = model.projects[0]!;
    const needle = target.state.name.slice(0, Math.min(4, target.state.name.length));
    await page.locator("[data-filter-text]").fill(needle);
    const visible = page.locator("#projects-table tbody tr:not([hidden])");
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const name of await visible.locator("th a").allTextContents()) expect(name.toLowerCase()).toContain(needle.toLowerCase());
    await expect(page.locator("[data-count]").textContent()).resolves.toContain(String(shown));

    // The district filter narrows further; clearing both shows every row again.
    await page.locator("[data-filter-text]").fill("");
    await page.locator('select[data-filter-field="district"]').selectOption(target.state.district);
    const inDistrict = await visible.count();
    expect(inDistrict).toBe(model.projects.filter((p) => p.state.district === target.state.district).length);
    await page.locator('select[data-filter-field="district"]').selectOption("");
    expect(await visible.count()).toBe(total);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("moving between editions", () => {
  it("goes from the latest edition back two months with “previous”, forward with “next”, and home with “latest”, on the same district page", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const district = model.districts[0]!;
    const months = b.list.editions.filter((e) => e.current).map((e) => e.month);
    const latest = model.content.month;
    const at = months.indexOf(latest);
    expect(at).toBeGreaterThanOrEqual(2);
    const label = page.locator(".edition-bar [data-edition]");
    const expectAt = async (month: string, path: string) => {
      await expect(label.getAttribute("data-edition")).resolves.toBe(month);
      expect(new URL(page.url()).pathname).toBe(path);
      await expect(page.locator("h1").textContent()).resolves.toContain(district.name);
    };

    await page.goto(server.url + ROUTES.district(district.slug));
    await expectAt(latest, `/${ROUTES.district(district.slug)}`);
    await page.locator('a[data-nav="previous"]').click();
    await expectAt(months[at - 1]!, `/${ROUTES.edition(months[at - 1]!)}${ROUTES.district(district.slug)}`);
    await page.locator('a[data-nav="previous"]').click();
    await expectAt(months[at - 2]!, `/${ROUTES.edition(months[at - 2]!)}${ROUTES.district(district.slug)}`);
    await page.locator('a[data-nav="next"]').click();
    await expectAt(months[at - 1]!, `/${ROUTES.edition(months[at - 1]!)}${ROUTES.district(district.slug)}`);
    await page.locator('a[data-nav="latest"]').click();
    await expectAt(latest, `/${ROUTES.district(district.slug)}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
