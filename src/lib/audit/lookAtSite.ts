import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { startStaticServer } from "../io/staticServer.ts";
import { pageKinds, type PageKind } from "./pageKinds.ts";
import { LOAD_IMAGES_SCRIPT, MEASURE_SCRIPT, readerProblems, type PageMeasure, type ReaderProblem } from "./readerCheck.ts";
import { readdirSync, statSync } from "node:fs";

/**
 * Look at a built site as a reader would: serve it under its base path, open one page of every
 * kind in Debian's Chromium at each width (light or dark), run the reader's check and, when asked,
 * save a full-page screenshot of each. Used by `npm run look` and by the end-to-end tests.
 */
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface LookOptions {
  /** The built site's folder. */
  dir: string;
  /** The path it is served from ("/", "/journal/"). */
  base: string;
  widths: number[];
  dark?: boolean;
  /** A folder for screenshots (<kind>-<width>[-dark].png); none when null. */
  shots?: string | null;
  /** The pages to look at; one of every kind by default. */
  kinds?: PageKind[];
  /** A browser to use (the caller closes it); one is started and closed otherwise. */
  browser?: Browser;
}

export interface PageLook extends PageKind {
  width: number;
  dark: boolean;
  status: number;
  measure: PageMeasure;
  problems: ReaderProblem[];
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Every file of a folder, relative to it with "/" separators. */
export function siteFiles(dir: string): string[] {
  const out: string[] = [];
  const go = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) go(p);
      else out.push(path.relative(dir, p).split(path.sep).join("/"));
    }
  };
  go(dir);
  return out;
}

export async function lookAtSite(opts: LookOptions): Promise<PageLook[]> {
  const kinds = opts.kinds ?? pageKinds(siteFiles(opts.dir));
  const server = await startStaticServer(opts.dir, opts.base);
  const browser = opts.browser ?? (await launchChromium());
  const dark = opts.dark ?? false;
  if (opts.shots) mkdirSync(opts.shots, { recursive: true });
  const looks: PageLook[] = [];
  try {
    for (const width of opts.widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? "dark" : "light" });
      await context.route((url) => !url.href.startsWith(server.origin), (route) => route.abort());
      try {
        for (const k of kinds) {
          const page = await context.newPage();
          const response = await page.goto(server.url + k.path, { waitUntil: "load" });
          await page.evaluate(LOAD_IMAGES_SCRIPT);
          if (opts.shots) await page.screenshot({ path: path.join(opts.shots, `${k.kind}-${width}${dark ? "-dark" : ""}.png`), fullPage: true });
          const measure = (await page.evaluate(MEASURE_SCRIPT)) as PageMeasure;
          const problems = readerProblems(measure);
          // The link-preview card is fetched by the platforms, not by the page: ask for it here.
          if (measure.ogImage !== null) {
            const res = await context.request.get(server.origin + new URL(measure.ogImage).pathname);
            if (!res.ok() || !(res.headers()["content-type"] ?? "").startsWith("image/"))
              problems.push({ rule: "image", detail: `link-preview image ${measure.ogImage}: HTTP ${res.status()}` });
          }
          looks.push({ ...k, width, dark, status: response?.status() ?? 0, measure, problems });
          await page.close();
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    if (!opts.browser) await browser.close();
    await server.close();
  }
  return looks;
}
