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
  it("finds a project by its Chinese name on /search/ as the reader types, in the one search box, and opens its page", async () => {
    const project = model.projects.find((p) => p.href !== null && /[\u4e00-\u9fff]{4,}/.test(p.state.name))!;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${server.url}search/`);
    // Typing alone searches (no Enter, no button), and no second search box ever appears.
    await page.locator("#search-q").pressSequentially(project.state.name, { delay: 20 });
    const link = page.locator(`#search-results a[href*="/projects/${project.slug}/"]`).first();
    await link.waitFor({ timeout: 15_000 });
    expect(await page.locator("input[type=search], input[type=text]").count()).toBe(1);
    expect(await page.locator("#search-status").textContent()).toMatch(/找到 \d+ 个页面/);
    expect(new URL(page.url()).searchParams.get("q")).toBe(project.state.name);
    await link.click();
    await page.waitForURL(`**/projects/${project.slug}/`);
    expect(await page.locator("h1").first().textContent()).toContain(project.state.name);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("shows the results of a ?q= address on arrival, and says so when nothing matches", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(model.districts[0]!.name)}`);
    await page.locator("#search-results li").first().waitFor({ timeout: 15_000 });
    expect(await page.locator("#search-q").inputValue()).toBe(model.districts[0]!.name);
    await page.locator("#search-q").fill("zzqqxxnomatch");
    await page.waitForFunction(() => document.getElementById("search-status")?.textContent?.includes("没有找到"), null, { timeout: 15_000 });
    expect(await page.locator("#search-results li").count()).toBe(0);
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
