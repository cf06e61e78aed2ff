import { parseArgs } from "node:util";
import { BUDGETS, checkBudgets } from "../src/lib/audit/budgets.ts";
import { readBuiltSite } from "../src/lib/audit/readBuiltSite.ts";

/**
 * Check the page budgets over a built site: `npm run budgets -- [--dir dist] [--base /]`.
 * Prints the largest pages and every problem; exits 1 when a budget is broken.
 */
const { values } = parseArgs({ options: { dir: { type: "string", default: "dist" }, base: { type: "string", default: "/" } } });
const dir = values.dir;
const { pages, fileSize } = readBuiltSite(dir);
const problems = checkBudgets(pages, fileSize, values.base);
const largest = [...pages].sort((a, b) => b.html.length - a.html.length).slice(0, 3);
console.log(`${pages.length} pages; HTML budget ${BUDGETS.html / 1024} KB, JS budget ${BUDGETS.js / 1024} KB per page`);
for (const p of largest) console.log(`  largest: ${p.path} ${(Buffer.byteLength(p.html) / 1024).toFixed(1)} KB`);
for (const p of problems) console.log(`✗ ${p.page}: ${p.rule} ${p.detail}`);
console.log(problems.length === 0 ? "budgets: all pages within budget" : `budgets: ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
