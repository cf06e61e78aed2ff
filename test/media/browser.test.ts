import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EditionModel } from "../../src/lib/site/editionModel.ts";
import { startStaticServer, type StaticServer } from "../../src/lib/io/staticServer.ts";
import { buildSite } from "../site/buildSite.ts";
import { modelsOf } from "../site/models.ts";

/** Search (Pagefind, Chinese) and an embed inside an <iframe>, in Debian's Chromium. */
const CHROMIUM = "/usr/bin/chromium";
let server: StaticServer;
let newsroom: StaticServer;
let newsroomDir: string;
let browser: Browser;
let model: EditionModel;
let out: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing`);
  out = (await buildSite("site", "data")).out;
  model = (await modelsOf("data", "/")).edition("");
  server = await startStaticServer(out);
  // A newsroom's page, on another origin, framing one of our embeds (in a temporary folder).
  newsroomDir = mkdtempSync(path.join(os.tmpdir(), "newsroom-"));
  writeFileSync(
    path.join(newsroomDir, "index.html"),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>embed</title></head><body><iframe id="frame" src="${server.url}embed/home-curve/" width="680" height="600" title="chart"></iframe></body></html>`,
  );
  newsroom = await startStaticServer(newsroomDir);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await newsroom?.close();
  if (newsroomDir) rmSync(newsroomDir, { recursive: true, force: true });
});

describe("in the browser", () => {
  it("finds a project by its Chinese name on /search/ and opens its page", async () => {
    const project = model.projects.find((p) => p.href !== null && /[\u4e00-\u9fff]{4,}/.test(p.state.name))!;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${server.url}search/`);
    // Pagefind's UI is loaded when the reader starts a search (the page keeps to the JS budget).
    expect(await page.locator("#search input").count()).toBe(0);
    await page.locator("#search-form input").click();
    const input = page.locator("#search input");
    await input.waitFor({ timeout: 15_000 });
    await input.fill(project.state.name);
    const link = page.locator(`.pagefind-ui__result-link[href*="/projects/${project.slug}/"]`).first();
    await link.waitFor({ timeout: 15_000 });
    await link.click();
    await page.waitForURL(`**/projects/${project.slug}/`);
    expect(await page.locator("h1").first().textContent()).toContain(project.state.name);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("renders an embed page inside an <iframe> with its SVG visible and no console errors", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(newsroom.url);
    const frame = page.frameLocator("#frame");
    const svg = frame.locator("svg").first();
    await svg.waitFor({ state: "visible", timeout: 15_000 });
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
