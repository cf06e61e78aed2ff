import { parseArgs } from "node:util";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { startStaticServer } from "../src/lib/io/staticServer.ts";

/**
 * Lighthouse 12 (the last that runs on Node 20) against Debian's Chromium, over a built site
 * served on 127.0.0.1: `npm run lighthouse -- [--dir dist] [--pages /,/districts/x/,/projects/y/]`.
 * Prints each page's four category scores and the audits that did not pass. Reports only;
 * the exit code is 0 unless Lighthouse itself fails.
 */
const { values } = parseArgs({ options: { dir: { type: "string", default: "dist" }, pages: { type: "string" }, json: { type: "boolean", default: false } } });
const server = await startStaticServer(values.dir);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const pages = (values.pages ?? "/").split(",");
const results: Array<{ page: string; scores: Record<string, number | null>; failed: string[] }> = [];
try {
  for (const page of pages) {
    const url = new URL(page.replace(/^\//, ""), server.url).href;
    const r = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      // Mobile emulation, as Lighthouse's default; no network throttling beyond its simulation.
    });
    if (!r) throw new Error(`lighthouse returned nothing for ${url}`);
    const lhr = r.lhr;
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, c.score === null ? null : Math.round(c.score * 100)]));
    const failed = Object.values(lhr.categories)
      .flatMap((c) => c.auditRefs.filter((a) => a.weight > 0).map((a) => lhr.audits[a.id]!))
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => `${a.id} (${a.score})`);
    results.push({ page, scores, failed: [...new Set(failed)] });
    console.log(`${page}  ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join("  ")}`);
    for (const f of new Set(failed)) console.log(`    below 1: ${f}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (values.json) console.log(JSON.stringify(results, null, 2));
