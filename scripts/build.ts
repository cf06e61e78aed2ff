import { rm } from "node:fs/promises";
import path from "node:path";
import { loadDataDir } from "../src/lib/io/loadDataDir.ts";
import { formatReport } from "../src/lib/data/report.ts";
import { cliArgs } from "./cli.ts";

/**
 * Build the site: validate every input first and stop with the report, writing nothing,
 * when there is any error; then let Astro render the pages into --out (default dist/).
 */
const usage = "usage: npm run build -- [--data DIR] [--out DIR]";
const { values, dataDir } = cliArgs(usage, { out: { type: "string" } });
const outDir = path.resolve((values.out as string | undefined) ?? process.env.OUT_DIR ?? "dist");

const { config, report } = await loadDataDir(dataDir);
if (report.errors > 0) {
  console.error(formatReport(report, config.locale));
  process.exit(1);
}
console.log(formatReport({ ...report, files: [] }, config.locale).trim());

process.env.DATA_DIR = path.resolve(dataDir);
process.env.OUT_DIR = outDir;
process.env.ASTRO_TELEMETRY_DISABLED = "1";
await rm(outDir, { recursive: true, force: true });
const { build } = await import("astro");
const started = performance.now();
await build({ root: path.resolve(import.meta.dirname, ".."), logLevel: "warn" });
console.log(`built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
