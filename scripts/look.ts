import { parseArgs } from "node:util";
import { lookAtSite } from "../src/lib/audit/lookAtSite.ts";

/**
 * Look at a built site as a reader would: `npm run look -- [--dir dist] [--base /] [--widths 390,1280]
 * [--dark] [--shots DIR]`. Opens one page of every kind in Debian's Chromium at each width, prints
 * every problem of the reader's check (code printed as text, charts drawn twice or not at all, a
 * page wider than the screen, an image that does not load, an empty data table) and saves
 * screenshots when --shots is given. Exits 1 when a page has a problem.
 */
const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "dist" },
    base: { type: "string", default: "/" },
    widths: { type: "string", default: "390,1280" },
    dark: { type: "boolean", default: false },
    shots: { type: "string" },
  },
});
const widths = values.widths.split(",").map(Number);
const looks = await lookAtSite({ dir: values.dir, base: values.base, widths, dark: values.dark, shots: values.shots ?? null });
let problems = 0;
for (const l of looks) {
  const mark = l.problems.length === 0 && l.status < 500 ? "✓" : "✗";
  console.log(`${mark} ${l.kind.padEnd(16)} ${String(l.width).padStart(4)} px  /${l.path}  HTTP ${l.status}`);
  for (const p of l.problems) console.log(`    ${p.rule}: ${p.detail}`);
  problems += l.problems.length;
}
if (values.shots) console.log(`screenshots in ${values.shots}`);
console.log(problems === 0 ? `reader's check: ${looks.length} page views, no problem` : `reader's check: ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
