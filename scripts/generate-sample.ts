/**
 * Write the fictional sample programme (星湾市) as the office would: one Excel-style CSV per
 * month in mixed encodings and templates, site.yaml, two months of notes and a few site photos
 * (drawn, with their captions, one carrying a phone's EXIF and GPS position); then publish every
 * month but the last as an edition, as the office would have month after month (the 8th of the
 * next month), one of them (June) first with an error and then as a corrected revision with its
 * note; the newest month stays the draft it would really be. Deterministic: the same arguments
 * give byte-identical files. --no-editions writes the tables alone.
 *
 *   npm run generate-sample -- [--out data] [--seed 2026] [--projects 150] [--last-month 2026-10] [--no-editions]
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { toExcelCsv } from "../src/lib/sample/excelCsv.ts";
import { dayOfNextMonth, generateProgramme, sampleCorrection, sampleFileStyle, sampleNote, samplePhotos, sampleSiteYaml } from "../src/lib/sample/index.ts";
import { publishEdition } from "../src/lib/io/publishEdition.ts";
import { formatReport } from "../src/lib/i18n/report.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: "data" },
    seed: { type: "string", default: "2026" },
    projects: { type: "string", default: "150" },
    "last-month": { type: "string", default: "2026-10" },
    "no-editions": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
  strict: true,
});

if (values.help) {
  console.log("Usage: npm run generate-sample -- [--out data] [--seed 2026] [--projects 150] [--last-month 2026-10] [--no-editions]");
  process.exit(0);
}

const seed = Number(values.seed);
const projects = Number(values.projects);
const lastMonth = values["last-month"];
if (!Number.isInteger(seed) || !Number.isInteger(projects) || projects < 1 || !/^\d{4}-(0[1-9]|1[0-2])$/.test(lastMonth)) {
  console.error(`generate-sample: bad arguments (seed ${values.seed}, projects ${values.projects}, last month ${lastMonth})`);
  process.exit(1);
}

const lastYear = Number(lastMonth.slice(0, 4));
// From June of the last year the office also asks for each project's own schedule (1-M月计划投资).
const schedulesFrom = `${lastYear}-06`;
const programme = generateProgramme({ seed, projects, years: [lastYear - 1, lastYear], lastMonth, schedulesFrom });
const out = values.out;
const snapshots = path.join(out, "snapshots");
await mkdir(snapshots, { recursive: true });
// Monthly files of an earlier run (another --last-month) would mix with this one's.
for (const name of await readdir(snapshots)) {
  if (/^\d{4}-\d{2}\.csv$/.test(name)) await rm(path.join(snapshots, name));
}
await mkdir(path.join(out, "notes"), { recursive: true });

const correction = values["no-editions"] ? null : sampleCorrection(programme);
const writeTable = (month: string, states: Parameters<typeof toExcelCsv>[0]) =>
  writeFile(path.join(snapshots, `${month}.csv`), toExcelCsv(states, { ...sampleFileStyle(month, programme.region, lastYear - 1, programme.categories), schedule: month >= schedulesFrom }));
for (const { month, states } of programme.months) await writeTable(month, month === correction?.month ? correction.asFirstPublished : states);
await writeFile(path.join(out, "site.yaml"), sampleSiteYaml(programme));
const noteMonths = programme.months.slice(-2).map((m) => m.month);
for (const month of noteMonths) await writeFile(path.join(out, "notes", `${month}.md`), sampleNote(programme, month));
// Site photos, each with its caption in the .txt file of the same name (before publishing: editions show them).
await rm(path.join(out, "photos"), { recursive: true, force: true });
const photos = await samplePhotos(programme);
for (const p of photos) {
  await mkdir(path.join(out, "photos", p.folder), { recursive: true });
  await writeFile(path.join(out, "photos", p.folder, p.name), p.bytes);
  await writeFile(path.join(out, "photos", p.folder, `${p.name.replace(/\.[a-z]+$/, "")}.txt`), `${p.caption}\n`);
}

// Editions: the records of an earlier run would refuse to be published again.
await rm(path.join(out, "editions"), { recursive: true, force: true });
const publish = async (month: string, date: string, revise: string | null) => {
  const r = await publishEdition(out, month, { revise, date });
  if (!r.ok) {
    console.error(`generate-sample: publishing ${month} failed: ${r.reason}`);
    if (r.reason === "invalid-data") console.error(formatReport(r.report, r.locale));
    process.exit(1);
  }
};
let published = 0;
if (!values["no-editions"]) {
  for (const { month, states } of programme.months.slice(0, -1)) {
    await publish(month, dayOfNextMonth(month, 8), null);
    published++;
    if (month === correction?.month) {
      await writeTable(month, states);
      await publish(month, correction.revised, correction.note);
    }
  }
}

const byYear = new Map<string, { files: number; projects: Set<string>; plan: number }>();
for (const { month, states } of programme.months) {
  const y = month.slice(0, 4);
  const e = byYear.get(y) ?? { files: 0, projects: new Set<string>(), plan: 0 };
  e.files++;
  for (const s of states) e.projects.add(s.key);
  e.plan = states.reduce((a, s) => a + (s.annualPlan ?? 0), 0);
  byYear.set(y, e);
}
console.log(`generate-sample: ${programme.region}, ${programme.districts.length} districts, wrote ${out}/`);
if (photos.length > 0) console.log(`  photos: ${photos.length} for ${new Set(photos.map((p) => p.folder)).size} projects`);
for (const [y, e] of byYear) console.log(`  ${y}: ${e.files} tables, ${e.projects.size} projects, annual plan ${(e.plan / 10000).toFixed(2)}亿元`);
if (published > 0) console.log(`  editions: ${published} months published (the last, ${programme.months.at(-1)!.month}, left as a draft)${correction ? `; ${correction.month} corrected as revision 2` : ""}`);
