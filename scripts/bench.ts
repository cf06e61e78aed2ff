/**
 * Benchmarks: prints figures and writes them to bench-results/bench.json; never fails on timing.
 *
 *   npm run bench -- [--sizes 200,2000,10000] [--skip-site] [--out DIR]
 *
 * For each size, generates a seeded programme (24 monthly Excel-style files in the sample's
 * mixed styles), then measures: the papaparse + zod floor over the same files, load +
 * validate, all indicators, and the full site build (every edition; pages, charts, images,
 * search index), cold, and the cost of adding one new month to an already built site.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { z } from "zod";
import { decode } from "../src/lib/data/decode.ts";
import { toExcelCsv } from "../src/lib/sample/excelCsv.ts";
import { generateProgramme, sampleFileStyle, sampleSiteYaml } from "../src/lib/sample/index.ts";
import { loadDataDir } from "../src/lib/io/loadDataDir.ts";
import { computeAll } from "../src/lib/rank/computeAll.ts";

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "200,2000,10000" }, "skip-site": { type: "boolean", default: false }, out: { type: "string", default: "bench-results" } },
});
const sizes = values.sizes.split(",").map(Number);
const seconds = (t: number) => (performance.now() - t) / 1000;
const dirSize = (d: string): number => readdirSync(d).reduce((a, n) => a + (statSync(path.join(d, n)).isDirectory() ? dirSize(path.join(d, n)) : statSync(path.join(d, n)).size), 0);
const countFiles = (d: string, re: RegExp): number => readdirSync(d).reduce((a, n) => a + (statSync(path.join(d, n)).isDirectory() ? countFiles(path.join(d, n), re) : re.test(n) ? 1 : 0), 0);

/** Run the real build command under GNU time for its peak memory; returns wall seconds, peak MiB and its output. */
function build(dataDir: string, out: string, cache: string): { wall: number; peakMiB: number | null; log: string } {
  const t = performance.now();
  // The heap limit of `npm run build` (package.json): V8 collects harder instead of growing to its default of ~4 GB.
  const args = ["-f", "%M", "npx", "tsx", "--max-old-space-size=3072", "scripts/build.ts", "--data", dataDir, "--out", out, "--cache", cache];
  const r = spawnSync("/usr/bin/time", args, { encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  // GNU time prints the peak resident set (KiB) as the last line of stderr.
  const kib = Number(r.stderr.trim().split("\n").at(-1));
  return { wall: seconds(t), peakMiB: Number.isFinite(kib) ? Math.round(kib / 1024) : null, log: r.stdout };
}

/** The stages scripts/build.ts reports: Astro's page rendering, drawing the pictures (on worker threads, alongside Astro), the search index. */
function stages(log: string): Record<string, number | null> {
  const num = (re: RegExp, group = 1) => {
    const m = re.exec(log);
    return m ? Number(m[group]!.replace(/,/g, "")) : null;
  };
  return {
    astroSeconds: num(/\(Astro ([\d.]+) s\)/),
    picturesDrawn: num(/\(([\d,]+) distinct: ([\d,]+) drawn on/, 2),
    picturesSeconds: num(/^pictures: .* in ([\d.]+) s$/m),
    searchSeconds: num(/Pagefind in ([\d.]+) s/),
  };
}

const results: Record<string, unknown>[] = [];
for (const projects of sizes) {
  const dir = path.join(tmpdir(), `journal-bench-${projects}`);
  // 24 months: 2024-02…12, 2025-02…12, 2026-02…03 (tables start at 1-2月 each year).
  const programme = generateProgramme({ seed: 7, projects, years: [2024, 2025, 2026], lastMonth: "2026-03" });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "snapshots"), { recursive: true });
  let bytes = 0;
  for (const { month, states } of programme.months) {
    const data = toExcelCsv(states, sampleFileStyle(month, programme.region, 2024, programme.categories));
    bytes += data.byteLength;
    writeFileSync(path.join(dir, "snapshots", `${month}.csv`), data);
  }
  writeFileSync(path.join(dir, "site.yaml"), sampleSiteYaml(programme));
  const rows = programme.months.reduce((a, m) => a + m.states.length, 0);

  // The floor: papaparse over the same decoded text, then a zod object check per row.
  const FloorRow = z.object({ name: z.string().min(1), district: z.string(), plan: z.number().nullable(), ytd: z.number().nullable() });
  let t = performance.now();
  for (const name of readdirSync(path.join(dir, "snapshots"))) {
    const { text } = decode(new Uint8Array(readFileSync(path.join(dir, "snapshots", name))));
    for (const cells of Papa.parse<string[]>(text).data) {
      const n = (s: string | undefined) => (s && /^[\d.]+$/.test(s) ? Number(s) : null);
      FloorRow.safeParse({ name: cells[2] ?? "", district: cells[3] ?? "", plan: n(cells[10]), ytd: n(cells[11]) });
    }
  }
  const floor = seconds(t);

  t = performance.now();
  const loaded = await loadDataDir(dir);
  const load = seconds(t);
  if (!loaded.programme) throw new Error(`bench data has ${loaded.report.errors} errors`);
  t = performance.now();
  computeAll(loaded.programme, loaded.config);
  const indicators = seconds(t);

  const row: Record<string, unknown> = {
    projects,
    months: programme.months.length,
    rows,
    csvMB: +(bytes / 1e6).toFixed(1),
    floorSeconds: +floor.toFixed(2),
    floorRowsPerSecond: Math.round(rows / floor),
    loadSeconds: +load.toFixed(2),
    loadRowsPerSecond: Math.round(rows / load),
    indicatorsSeconds: +indicators.toFixed(2),
  };

  if (!values["skip-site"]) {
    const out = path.join(dir, "site");
    // One new month on an already built site: build without the last month (cold, its own
    // cache), put the month back and build again with that cache. The full build is then
    // measured cold, with an empty cache, so neither run reuses pictures or editions of the other.
    const warm = path.join(dir, "cache-new-month");
    const cold = path.join(dir, "cache-full");
    rmSync(warm, { recursive: true, force: true });
    rmSync(cold, { recursive: true, force: true });
    const last = readdirSync(path.join(dir, "snapshots")).sort().at(-1)!;
    const aside = path.join(dir, last);
    cpSync(path.join(dir, "snapshots", last), aside);
    rmSync(path.join(dir, "snapshots", last));
    const before = build(dir, out, warm);
    row.monthsBeforeSeconds = +before.wall.toFixed(1);
    cpSync(aside, path.join(dir, "snapshots", last));
    rmSync(aside);
    const next = build(dir, out, warm);
    row.newMonthSeconds = +next.wall.toFixed(1);
    row.newMonthPeakMiB = next.peakMiB;
    row.newMonthLog = next.log.split("\n").filter((l) => /editions:|built |pictures|search/.test(l));

    const full = build(dir, out, cold);
    const pages = countFiles(out, /\.html$/);
    const images = countFiles(out, /\.png$/);
    row.fullBuildSeconds = +full.wall.toFixed(1);
    row.buildPeakMiB = full.peakMiB;
    row.pages = pages;
    row.pagesPerSecond = Math.round(pages / full.wall);
    row.images = images;
    row.outputMB = +(dirSize(out) / 1e6).toFixed(1);
    row.buildLog = full.log.split("\n").filter((l) => /editions:|built |pictures|search/.test(l));
    Object.assign(row, stages(full.log));
  }
  row.benchRssMiB = Math.round(process.memoryUsage().rss / 2 ** 20);
  results.push(row);
  console.log(JSON.stringify(row));
}

const keys = Object.keys(results[0] ?? {}).filter((k) => k !== "buildLog" && k !== "newMonthLog");
console.log(`\n${keys.map((k) => k.padStart(Math.max(8, k.length))).join(" ")}`);
for (const r of results) console.log(keys.map((k) => String(r[k] ?? "").padStart(Math.max(8, k.length))).join(" "));
mkdirSync(values.out, { recursive: true });
writeFileSync(path.join(values.out, "bench.json"), `${JSON.stringify({ machine: { cpus: 2, node: process.version }, results }, null, 2)}\n`);
console.log(`\nwritten ${path.join(values.out, "bench.json")}`);
