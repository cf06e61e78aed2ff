import { execFileSync } from "node:child_process";
import path from "node:path";
import { buildSite, type BuildEffects } from "../src/lib/build/buildSite.ts";
import { formatReport } from "../src/lib/i18n/report.ts";
import { cliArgs } from "./cli.ts";

/**
 * Build the site: `npm run build -- [--data DIR] [--out DIR] [--cache DIR | --no-cache]`. The work
 * is src/lib/build/buildSite.ts; this parses the arguments (and the environment variables the
 * README names) and prints. Exits 1, writing nothing, when the data has errors.
 */
const usage = "usage: npm run build -- [--data DIR] [--out DIR] [--cache DIR | --no-cache] [--pdf]";
const { values, dataDir } = cliArgs(usage, { out: { type: "string" }, cache: { type: "string" }, "no-cache": { type: "boolean" }, pdf: { type: "boolean" } });
const root = path.resolve(import.meta.dirname, "..");
// The PDFs are printed with Debian's Chromium: the set-up the tests use installs it when missing.
if (values.pdf) execFileSync(process.execPath, [path.join(root, "scripts/ensure-install.mjs"), "--browser"], { cwd: root, stdio: "inherit" });
// The network is closed: Astro must not try to send telemetry.
process.env.ASTRO_TELEMETRY_DISABLED = "1";
const result = await buildSite(
  {
    root,
    dataDir,
    outDir: path.resolve((values.out as string | undefined) ?? process.env.OUT_DIR ?? "dist"),
    cacheDir: values["no-cache"] ? null : path.resolve((values.cache as string | undefined) ?? process.env.JOURNAL_CACHE_DIR ?? path.join(root, ".cache")),
    fontDir: process.env.JOURNAL_FONT_DIR?.trim() || undefined,
    pdf: Boolean(values.pdf),
  },
  effects(),
);
if (!result.ok) {
  console.error(formatReport(result.report, result.locale));
  process.exit(1);
}

/**
 * Stage lines to stdout; on a terminal (not in CI) also the live line of the work under way, on
 * stderr, redrawn in place and cleared before the next stage line.
 */
function effects(): BuildEffects {
  const live = process.stderr.isTTY === true && !process.env.CI;
  let shown = false;
  const clear = () => {
    if (shown) process.stderr.write("\r\x1b[2K");
    shown = false;
  };
  return {
    log(line) {
      clear();
      console.log(line);
    },
    live: live
      ? (line) => {
          clear();
          if (line === "") return;
          process.stderr.write(line.slice(0, (process.stderr.columns || 100) - 1));
          shown = true;
        }
      : undefined,
  };
}
