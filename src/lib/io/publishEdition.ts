import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ValidationReport } from "../data/report.ts";
import type { Locale } from "../config/siteConfigSchema.ts";
import { computeAll } from "../rank/computeAll.ts";
import { draftContent, nextRecord, recordPath, recordText, type EditionRecord, type PublishRefusal } from "../editions/index.ts";
import { readNotes } from "../io/readNotes.ts";
import { loadDataDir } from "./loadDataDir.ts";

export type PublishResult =
  | { ok: true; file: string; record: EditionRecord; bytes: number; locale: Locale }
  | { ok: false; reason: "invalid-data"; report: ValidationReport; locale: Locale }
  | { ok: false; reason: "no-snapshot"; locale: Locale }
  | { ok: false; reason: PublishRefusal; locale: Locale };

/**
 * Publish a month of a data folder as a frozen edition: validate the folder, compute the month's
 * content (every number and sentence, the office's note, what changed since the previous
 * edition) and write editions/YYYY-MM/rN.json. `revise` (the reason) makes the next revision of a
 * published month. Used by `npm run publish` and by the sample generator.
 */
export async function publishEdition(dataDir: string, month: string, opts: { revise: string | null; date: string }): Promise<PublishResult> {
  const { programme, config, report, editions } = await loadDataDir(dataDir, opts.revise ? { revising: month } : {});
  const locale = config.locale;
  if (!programme) return { ok: false, reason: "invalid-data", report, locale };
  const snapshot = programme.snapshots.find((s) => s.month === month);
  if (!snapshot) return { ok: false, reason: "no-snapshot", locale };
  const notes = await readNotes(dataDir);
  const content = draftContent({ programme, config, computed: computeAll(programme, config), records: editions, notes }, month);
  const result = nextRecord(
    editions.filter((r) => r.month === month),
    content,
    snapshot,
    { revise: opts.revise, publishedOn: opts.date },
  );
  if ("refused" in result) return { ok: false, reason: result.refused, locale };
  const { file, bytes } = await writeRecord(dataDir, result.record);
  return { ok: true, file, record: result.record, bytes, locale };
}

/** Write a record where the loader reads it (editions/YYYY-MM/rN.json under the data folder). */
export async function writeRecord(dataDir: string, record: EditionRecord): Promise<{ file: string; bytes: number }> {
  const file = path.join(dataDir, recordPath(record.month, record.revision));
  await mkdir(path.dirname(file), { recursive: true });
  const text = recordText(record);
  await writeFile(file, text);
  return { file, bytes: Buffer.byteLength(text) };
}
