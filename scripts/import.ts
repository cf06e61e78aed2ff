/**
 * Put a table people named their way into snapshots/ under the right name:
 *
 *   npm run import -- 2026年1-10月重点项目调度表.xlsx [--month YYYY-MM] [--replace] [--data DIR]
 *
 * Works out the month (from --month, the file name, the title, the header), validates the
 * table as that month's snapshot, prints what it found and the validation report, and copies
 * the file unchanged to <data>/snapshots/YYYY-MM.<ext>. Nothing is overwritten without
 * --replace. Exit 0 when written, 1 when refused (errors, an existing month, no month), 2 on
 * bad arguments.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseSiteConfig } from "../src/lib/config/parseSiteConfig.ts";
import { planImport } from "../src/lib/data/planImport.ts";
import { fileReport } from "../src/lib/data/report.ts";
import { formatReport } from "../src/lib/i18n/report.ts";
import { lineRanges, importText } from "../src/lib/i18n/issues.ts";

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: { data: { type: "string" }, month: { type: "string" }, replace: { type: "boolean" }, locale: { type: "string" }, help: { type: "boolean" } },
    strict: true,
    allowPositionals: true,
  });
}
try {
  args = parse();
} catch (e) {
  console.error(`${(e as Error).message}\n${importText["zh-CN"].usage}`);
  process.exit(2);
}
const { values, positionals } = args;
if (values.help) {
  console.log(importText["zh-CN"].usage);
  process.exit(0);
}
if (positionals.length !== 1) {
  console.error(importText["zh-CN"].usage);
  process.exit(2);
}
const file = positionals[0]!;
const dataDir = values.data ?? process.env.DATA_DIR ?? "data";
const siteFile = path.join(dataDir, "site.yaml");
const siteText = existsSync(siteFile) ? await readFile(siteFile, "utf8") : null;
const { config } = parseSiteConfig(siteText, siteFile);
const locale = values.locale === "en" || values.locale === "zh-CN" ? values.locale : config.locale;
const t = importText[locale];
if (!existsSync(file)) {
  console.error(t.missing(file));
  process.exit(1);
}

const snapshotDir = path.join(dataDir, "snapshots");
const existing = await readdir(snapshotDir).catch(() => [] as string[]);
const plan = planImport({ file, bytes: new Uint8Array(await readFile(file)), config, month: values.month ?? null, existing, replace: Boolean(values.replace) });

if (plan.refusal === "bad-month-option") {
  console.error(t.badMonth(values.month ?? ""));
  process.exit(2);
}
const report = { files: plan.snapshot ? [fileReport(plan.snapshot)] : [], issues: plan.issues, errors: plan.issues.filter((i) => i.severity === "error").length, warnings: plan.issues.filter((i) => i.severity === "warning").length };
if (plan.snapshot) console.log(t.read(file, plan.snapshot.format ?? "csv", plan.snapshot.sheet ?? null));
if (plan.month?.month) {
  console.log(t.month(plan.month.month, plan.month.yearFrom!, plan.month.monthFrom!));
  for (const d of plan.month.disagreements) console.log(`  ${t.disagrees(d.source, `${d.year ?? "?"}-${d.month ?? "?"}`)}`);
}
if (plan.snapshot) console.log(t.table(lineRanges(plan.snapshot.headerLines, locale === "en" ? ", " : "、"), plan.snapshot.states.length, plan.snapshot.skipped.length));
if (plan.refusal === "no-month") {
  console.error(t.noMonth(path.basename(file)));
  process.exit(1);
}
console.log("");
console.log(formatReport(report, locale));
if (plan.refusal === "unreadable" || plan.refusal === "invalid") {
  console.error(t.invalid);
  process.exit(1);
}
if (plan.refusal === "exists") {
  console.error(t.exists(plan.clashes.map((n) => path.join(snapshotDir, n)).join(locale === "en" ? ", " : "、")));
  process.exit(1);
}
await mkdir(snapshotDir, { recursive: true });
const target = path.join(snapshotDir, plan.target!);
const stale = plan.clashes.filter((n) => n !== plan.target);
for (const n of stale) await rm(path.join(snapshotDir, n));
if (stale.length > 0) console.log(t.replaced(stale.map((n) => path.join(snapshotDir, n)).join(locale === "en" ? ", " : "、")));
await copyFile(file, target);
console.log(t.written(target));
