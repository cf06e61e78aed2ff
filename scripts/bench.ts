/**
 * Benchmarks: prints figures, never fails on timing.
 *
 *   npm run bench -- [--projects 5000] [--skip-site]
 *
 * Generates a seeded programme (24 monthly Excel-style files in the sample's mixed styles),
 * then measures load + validate, all indicators, and the site build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import Papa from "papaparse";
import { z } from "zod";
import { decode } from "../src/lib/data/decode.ts";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { toExcelCsv } from "../src/lib/export/excelCsv.ts";
import { generateProgramme, sampleFileStyle, sampleSiteYaml } from "../src/lib/sample/index.ts";
import { loadDataDir } from "../src/lib/io/loadDataDir.ts";
import { computeAll } from "../src/lib/rank/computeAll.ts";

const { values } = parseArgs({ options: { projects: { type: "string", default: "5000" }, "skip-site": { type: "boolean", default: false } } });
const projects = Number(values.projects);
const dir = path.join(tmpdir(), `journal-bench-${projects}`);

const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, (performance.now() - t) / 1000];
};

// 24 months: 2024-02…12, 2025-02…12, 2026-02…03 (tables start at 1-2月 each year).
const [programme, genSeconds] = await time(() => generateProgramme({ seed: 7, projects, years: [2024, 2025, 2026], lastMonth: "2026-03" }));
await rm(dir, { recursive: true, force: true });
await mkdir(path.join(dir, "snapshots"), { recursive: true });
let bytes = 0;
for (const { month, states } of programme.months) {
  const data = toExcelCsv(states, sampleFileStyle(month, programme.region, 2024, programme.categories));
  bytes += data.byteLength;
  await writeFile(path.join(dir, "snapshots", `${month}.csv`), data);
}
await writeFile(path.join(dir, "site.yaml"), sampleSiteYaml(programme));
const rows = programme.months.reduce((a, m) => a + m.states.length, 0);

// The floor: papaparse over the same decoded text, then a zod object check per row.
const FloorRow = z.object({ name: z.string().min(1), district: z.string(), plan: z.number().nullable(), ytd: z.number().nullable() });
const [, floorSeconds] = await time(async () => {
  for (const name of await readdir(path.join(dir, "snapshots"))) {
    const { text } = decode(new Uint8Array(await readFile(path.join(dir, "snapshots", name))));
    for (const cells of Papa.parse<string[]>(text).data) {
      const n = (s: string | undefined) => (s && /^[\d.]+$/.test(s) ? Number(s) : null);
      FloorRow.safeParse({ name: cells[2] ?? "", district: cells[3] ?? "", plan: n(cells[10]), ytd: n(cells[11]) });
    }
  }
});

const [loaded, loadSeconds] = await time(() => loadDataDir(dir));
if (!loaded.programme) throw new Error(`bench data has ${loaded.report.errors} errors`);
const [, computeSeconds] = await time(() => computeAll(loaded.programme!, loaded.config));

const fmt = (n: number, d = 2) => n.toFixed(d);
const table: Array<[string, string]> = [
  ["programme", `${projects} projects × ${programme.months.length} months = ${rows} project rows, ${(bytes / 1e6).toFixed(1)} MB of CSV`],
  ["generate (not timed as product)", `${fmt(genSeconds)} s`],
  ["floor: decode + papaparse + zod per row", `${fmt(floorSeconds)} s  (${Math.round(rows / floorSeconds).toLocaleString("en")} rows/s)`],
  ["load + validate", `${fmt(loadSeconds)} s  (${Math.round(rows / loadSeconds).toLocaleString("en")} rows/s, ${fmt(bytes / 1e6 / loadSeconds, 1)} MB/s)`],
  ["indicators, boards, warnings (every month)", `${fmt(computeSeconds)} s`],
  ["issues found", `${loaded.report.errors} errors, ${loaded.report.warnings} warnings`],
  ["peak RSS so far", `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`],
];
for (const [k, v] of table) console.log(`${k.padEnd(44)} ${v}`);
