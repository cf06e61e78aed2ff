import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BUDGETS, checkBudgets, type PageFile } from "../src/lib/audit/budgets.ts";

/**
 * Check the page budgets over a built site: `npm run budgets -- [--dir dist] [--base /]`.
 * Prints the largest pages and every problem; exits 1 when a budget is broken.
 */
const { values } = parseArgs({ options: { dir: { type: "string", default: "dist" }, base: { type: "string", default: "/" } } });
const dir = values.dir;
const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : [path.join(d, n)]));
const pages: PageFile[] = walk(dir)
  .filter((f) => f.endsWith(".html"))
  .sort()
  .map((f) => ({ path: path.relative(dir, f), html: readFileSync(f, "utf8") }));
const size = (p: string) => {
  try {
    return statSync(path.join(dir, p.split(/[?#]/)[0]!)).size;
  } catch {
    return null;
  }
};
const problems = checkBudgets(pages, size, values.base);
const largest = [...pages].sort((a, b) => b.html.length - a.html.length).slice(0, 3);
console.log(`${pages.length} pages; HTML budget ${BUDGETS.html / 1024} KB, JS budget ${BUDGETS.js / 1024} KB per page`);
for (const p of largest) console.log(`  largest: ${p.path} ${(Buffer.byteLength(p.html) / 1024).toFixed(1)} KB`);
for (const p of problems) console.log(`✗ ${p.page}: ${p.rule} ${p.detail}`);
console.log(problems.length === 0 ? "budgets: all pages within budget" : `budgets: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
