/**
 * Benchmarks: prints figures and writes them to bench-results/bench.json; never fails on timing.
 *
 *   npm run bench -- [--sizes 200,2000,10000] [--skip-site] [--skip-floor] [--published] [--out DIR]
 *
 * For each size, generates a seeded programme (24 monthly Excel-style files in the sample's
 * mixed styles), then measures: the papaparse + zod floor over the same files, load +
 * validate, all indicators, and the full site build (every edition; pages, charts, images,
 * search index), cold, and the cost of adding one new month to an already built site; then
 * Astro's floor: the same Astro building as many plain pages as the full build wrote
 * (scripts/benchFloor.ts). Ends with a table of the builds, one row a size. `--published`: every
 * month but the last is published first (editions/YYYY-MM/r1.json, as an office that publishes
 * each month has them), so the new month is the one draft beside 23 published editions; the new
 * month is then published and built again (publicationSeconds): the month's cost is the two builds.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { z } from "zod";
import { decode } from "../src/lib/data/decode.ts";
import { toExcelCsv } from "../src/lib/sample/excelCsv.ts";
import { generateProgramme, sampleFileStyle, sampleSiteYaml } from "../src/lib/sample/index.ts";
import { loadDataDir } from "../src/lib/io/loadDataDir.ts";
import { computeAll } from "../src/lib/rank/computeAll.ts";
import { editionsOf, nextRecord } from "../src/lib/editions/index.ts";
import { publishEdition, writeRecord } from "../src/lib/io/publishEdition.ts";
import { astroFloor, timed, withModules } from "./benchFloor.ts";
import { stageCounts, stageLog, stageSeconds } from "./benchStages.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "200,2000,10000" },
    "skip-site": { type: "boolean", default: false },
    "skip-floor": { type: "boolean", default: false },
    out: { type: "string", default: "bench-results" },
    published: { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const seconds = (t: number) => (performance.now() - t) / 1000;
const dirSize = (d: string): number => readdirSync(d).reduce((a, n) => a + (statSync(path.join(d, n)).isDirectory() ? dirSize(path.join(d, n)) : statSync(path.join(d, n)).size), 0);
const countFiles = (d: string, re: RegExp): number => readdirSync(d).reduce((a, n) => a + (statSync(path.join(d, n)).isDirectory() ? countFiles(path.join(d, n), re) : re.test(n) ? 1 : 0), 0);

/** The real build command under GNU time, from the bench's folder (which holds its output): wall seconds, peak MiB and its output. */
const build = (dataDir: string, out: string, cache: string) => timed("scripts/build.ts", ["--data", dataDir, "--out", out, "--cache", cache], withModules(dataDir));

/**
 * What the build's stage lines say (scripts/benchStages.ts): every stage's seconds, and the figures
 * the table shows: Astro's page rendering, drawing the pictures (on worker threads, alongside
 * Astro), the search index.
 */
function stages(log: string) {
  const secs = stageSeconds(log);
  const counts = stageCounts(log);
  const drawn = /\(([\d,]+) distinct: ([\d,]+) drawn on/.exec(log)?.[2];
  return {
    stageSeconds: secs,
    pagesWritten: counts.pages ?? null,
    astroSeconds: secs.pages ?? num(/\(Astro ([\d.]+) s\)/.exec(log)?.[1]),
    picturesDrawn: num(drawn),
    picturesSeconds: secs.pictures ?? null,
    searchSeconds: secs.search ?? null,
  };
}
const num = (text: string | undefined) => (text === undefined ? null : Number(text.replace(/,/g, "")));

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

  // The parsing floor: papaparse over the same decoded text, then a zod object check per row.
  const FloorRow = z.object({ name: z.string().min(1), district: z.string(), plan: z.number().nullable(), ytd: z.number().nullable() });
  let t = performance.now();
  for (const name of readdirSync(path.join(dir, "snapshots"))) {
    const { text } = decode(new Uint8Array(readFileSync(path.join(dir, "snapshots", name))));
    for (const cells of Papa.parse<string[]>(text).data) {
      const n = (s: string | undefined) => (s && /^[\d.]+$/.test(s) ? Number(s) : null);
      FloorRow.safeParse({ name: cells[2] ?? "", district: cells[3] ?? "", plan: n(cells[10]), ytd: n(cells[11]) });
    }
  }
  const parseFloor = seconds(t);

  t = performance.now();
  const loaded = await loadDataDir(dir);
  const load = seconds(t);
  if (!loaded.programme) throw new Error(`bench data has ${loaded.report.errors} errors`);
  t = performance.now();
  computeAll(loaded.programme, loaded.config);
  const indicators = seconds(t);

  let published = 0;
  if (values.published) {
    // What `npm run publish` writes for each month in turn (a month's changes are against the
    // previous month's record, which is that month's draft), made in one pass instead of 23 loads.
    const p = loaded.programme;
    for (const e of editionsOf(p, loaded.config, [], {}).slice(0, -1)) {
      const made = nextRecord([], e.content, p.snapshots.find((x) => x.month === e.month)!, { revise: null, publishedOn: `${e.month}-28` });
      if (!("record" in made)) throw new Error(`publishing ${e.month}: ${made.refused}`);
      await writeRecord(dir, made.record);
      published++;
    }
  }

  const row: Record<string, unknown> = {
    projects,
    months: programme.months.length,
    rows,
    csvMB: +(bytes / 1e6).toFixed(1),
    parseFloorSeconds: +parseFloor.toFixed(2),
    parseFloorRowsPerSecond: Math.round(rows / parseFloor),
    loadSeconds: +load.toFixed(2),
    loadRowsPerSecond: Math.round(rows / load),
    indicatorsSeconds: +indicators.toFixed(2),
    published,
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
    row.newMonthLog = stageLog(next.stdout);
    if (values.published) {
      // The new month is a draft until the office publishes it; then the root moves to it and the
      // projects' pages follow: the month's second build, on the same cache.
      const month = last.replace(/\.[^.]+$/, "");
      const made = await publishEdition(dir, month, { revise: null, date: `${month}-28` });
      if (!made.ok) throw new Error(`publishing ${month}: ${made.reason}`);
      const publication = build(dir, out, warm);
      row.publicationSeconds = +publication.wall.toFixed(1);
      row.publicationPeakMiB = publication.peakMiB;
      row.publicationLog = stageLog(publication.stdout);
    }

    const full = build(dir, out, cold);
    const pages = countFiles(out, /\.html$/);
    const images = countFiles(out, /\.png$/);
    row.fullBuildSeconds = +full.wall.toFixed(1);
    row.buildPeakMiB = full.peakMiB;
    // How many of the machine's cores the full build kept busy on average (CPU seconds over wall seconds).
    row.fullBuildCores = full.cpuSeconds === null ? null : +(full.cpuSeconds / full.wall).toFixed(2);
    row.newMonthCores = next.cpuSeconds === null ? null : +(next.cpuSeconds / next.wall).toFixed(2);
    row.pages = pages;
    row.pagesPerSecond = Math.round(pages / full.wall);
    row.images = images;
    row.outputMB = +(dirSize(out) / 1e6).toFixed(1);
    row.buildLog = stageLog(full.stdout);
    Object.assign(row, stages(full.stdout));
    row.newMonthShare = +((100 * next.wall) / full.wall).toFixed(1);
    row.newMonthStageSeconds = stageSeconds(next.stdout);

    if (!values["skip-floor"]) {
      // As many pages as the full build's output has (Astro rendered them all: its cache was empty;
      // pagesWritten counts the data files it rendered besides).
      try {
        const floor = astroFloor(pages, path.join(dir, "astro-floor"));
        row.floorPages = countFiles(floor.out, /\.html$/);
        row.floorSeconds = +floor.wall.toFixed(1);
        row.floorPeakMiB = floor.peakMiB;
        row.fullVsFloor = +(full.wall / floor.wall).toFixed(1);
      } catch (e) {
        // The floor is a reference, not the bench's subject: the figures measured so far stand.
        console.error(`Astro's floor for ${pages} pages: ${(e as Error).message}`);
      }
    }
  }
  row.benchRssMiB = Math.round(process.memoryUsage().rss / 2 ** 20);
  results.push(row);
  console.log(JSON.stringify(row));
}

// The builds side by side, one row a size ("–": not measured, as with --skip-site or --skip-floor).
const fixed = (v: unknown, suffix = "") => (typeof v === "number" ? `${v.toFixed(1)}${suffix}` : undefined);
const columns: [string, (r: Record<string, unknown>) => unknown][] = [
  ["projects", (r) => r.projects],
  ["pages", (r) => r.pages],
  ["full build s", (r) => fixed(r.fullBuildSeconds)],
  ["Astro floor s", (r) => fixed(r.floorSeconds)],
  ["full/floor", (r) => fixed(r.fullVsFloor, "×")],
  ["new month s", (r) => fixed(r.newMonthSeconds)],
  ["new/full %", (r) => fixed(r.newMonthShare)],
  ["published s", (r) => fixed(r.publicationSeconds)],
  ["peak MiB (full)", (r) => r.buildPeakMiB],
  ["peak MiB (new month)", (r) => r.newMonthPeakMiB],
  ["cores (full)", (r) => fixed(r.fullBuildCores)],
  ["Astro s", (r) => fixed(r.astroSeconds)],
  ["pictures s", (r) => fixed(r.picturesSeconds)],
  ["search s", (r) => fixed(r.searchSeconds)],
];
const cells = results.map((r) => columns.map(([, get]) => get(r) ?? "–").map((v) => (typeof v === "number" ? v.toLocaleString("en-US") : String(v))));
const widths = columns.map(([title], i) => Math.max(title.length, ...cells.map((c) => c[i]!.length)));
const line = (texts: string[]) => texts.map((t, i) => t.padStart(widths[i]!)).join("  ");
console.log(`\n${line(columns.map(([title]) => title))}`);
for (const c of cells) console.log(line(c));
mkdirSync(values.out, { recursive: true });
const astroVersion = (JSON.parse(readFileSync(path.join(import.meta.dirname, "../node_modules/astro/package.json"), "utf8")) as { version: string }).version;
const machine = { cpus: availableParallelism(), node: process.version, astro: astroVersion };
writeFileSync(path.join(values.out, "bench.json"), `${JSON.stringify({ machine, results }, null, 2)}\n`);
console.log(`\nwritten ${path.join(values.out, "bench.json")}`);
