import type { ProgrammeLoad } from "../data/loadProgramme.ts";
import { validationReport } from "../data/report.ts";
import type { EditionRecord } from "./record.ts";
import { verifyEditions, type RecordFile } from "./verifyEditions.ts";

/** A data folder loaded: its validated programme, and its published records checked against it. */
export interface LoadResult extends ProgrammeLoad {
  /** Verified published records, by month then revision. */
  editions: EditionRecord[];
  /** Each verified record's file digest (recordDigest; in the order of `editions`), and how many were checked by an earlier build. */
  verifiedRecords: { digests: string[]; known: number };
}

/**
 * Check the published records (editions/YYYY-MM/rN.json) against the tables: an edited record, a
 * changed snapshot of a published month, revisions not numbered r1…rN are errors, reported with
 * the tables' issues; any error leaves no programme to build. `revising`: the month being
 * published again as a revision, whose changed snapshot is how a correction is accepted.
 */
export function withEditions(load: ProgrammeLoad, records: RecordFile[], opts: { revising?: string; verifiedRecords?: ReadonlySet<string> } = {}): LoadResult {
  const verified = verifyEditions(records, load.snapshots, opts.verifiedRecords);
  const verifiedRecords = { digests: verified.digests, known: verified.known };
  const issues = verified.issues.map((i) => (i.code === "edition-snapshot-altered" && i.detail.month === opts.revising ? { ...i, severity: "warning" as const } : i));
  if (issues.length === 0) return { ...load, editions: verified.records, verifiedRecords };
  const report = validationReport(load.report.files, [...load.report.issues, ...issues]);
  return { ...load, programme: report.errors > 0 ? null : load.programme, report, editions: verified.records, verifiedRecords };
}
