import { parseSiteConfig } from "../config/parseSiteConfig.ts";
import type { SiteConfig } from "../config/siteConfigSchema.ts";
import { buildProgramme } from "./buildProgramme.ts";
import { issue, type Issue } from "./issue.ts";
import type { Programme, Snapshot } from "./model.ts";
import { monthOfFile, readSnapshot, type SnapshotInput } from "./readSnapshot.ts";
import { verifyEditions, type RecordFile } from "../editions/verifyEditions.ts";
import type { EditionRecord } from "../editions/record.ts";
import { readGeo, type DistrictGeo } from "./readGeo.ts";
import { fileReport, sortIssues, type ValidationReport } from "./report.ts";

/** Everything the loader needs, already read from disk (so this stays pure and testable). */
export interface DataInput {
  /** The folder's name, the last fallback for the site title. */
  name: string;
  /** site.yaml, when present. */
  siteYaml: { file: string; text: string } | null;
  snapshots: SnapshotInput[];
  /** Published edition records (editions/YYYY-MM/rN.json); none for a folder of CSVs alone. */
  editions?: RecordFile[];
  /** District boundaries (geo/*.geojson), optional. */
  geo?: Array<{ file: string; text: string }>;
  /** Files in snapshots/ that are not read: the temporary files Excel and WPS keep beside an open workbook (~$2026-10.xlsx). */
  temporary?: string[];
}

export interface LoadResult {
  /** Null when any error was found: a build with invalid data publishes nothing. */
  programme: Programme | null;
  config: SiteConfig;
  report: ValidationReport;
  /** Verified published records, by month then revision. */
  editions: EditionRecord[];
  /** District boundaries for the map, when given. */
  geo: DistrictGeo | null;
}

/** Validate site.yaml and every snapshot, collecting every issue, then join the months. */
export function loadProgramme(input: DataInput, opts: { revising?: string } = {}): LoadResult {
  const { config, issues: configIssues } = parseSiteConfig(input.siteYaml?.text ?? null, input.siteYaml?.file ?? "site.yaml");
  const issues: Issue[] = [...configIssues];
  const snapshots: Snapshot[] = [];
  const byMonth = new Map<string, string>();
  for (const file of input.temporary ?? []) issues.push(issue("warning", "temporary-file", { file, value: file.split(/[\\/]/).pop() ?? file }));
  for (const file of input.snapshots) {
    const r = readSnapshot(file, config);
    issues.push(...r.issues);
    // Two files for one month (2026-10.csv and 2026-10.xlsx): an error naming both, whether or not they read.
    const month = r.snapshot?.month ?? monthOfFile(file.file);
    if (month === null) continue;
    const other = byMonth.get(month);
    if (other) {
      issues.push(issue("error", "duplicate-month", { file: file.file, value: month }, { other }));
      continue;
    }
    byMonth.set(month, file.file);
    if (r.snapshot) snapshots.push(r.snapshot);
  }
  if (input.snapshots.length === 0) issues.push(issue("error", "no-snapshots", { file: null }, { folder: input.name }));
  const built = buildProgramme(snapshots, config, input.name);
  issues.push(...built.issues);
  const geo = readGeo(input.geo ?? [], built.programme.districts);
  issues.push(...geo.issues);
  const verified = verifyEditions(input.editions ?? [], built.programme.snapshots);
  // Publishing a revision is how a changed snapshot of a published month is accepted.
  issues.push(...verified.issues.map((i) => (i.code === "edition-snapshot-altered" && i.detail.month === opts.revising ? { ...i, severity: "warning" as const } : i)));
  const sorted = sortIssues(issues);
  const errors = sorted.filter((i) => i.severity === "error").length;
  const report: ValidationReport = {
    files: built.programme.snapshots.map(fileReport),
    issues: sorted,
    errors,
    warnings: sorted.length - errors,
  };
  return { programme: errors > 0 ? null : built.programme, config, report, editions: verified.records, geo: geo.geo };
}
