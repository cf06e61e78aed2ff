import { parseSiteConfig } from "../config/parseSiteConfig.ts";
import type { SiteConfig } from "../config/siteConfigSchema.ts";
import { buildProgramme } from "./buildProgramme.ts";
import { issue, type Issue } from "../common/issue.ts";
import type { Programme, Snapshot } from "./model.ts";
import { monthOfFile, readSnapshot, type SnapshotInput } from "./readSnapshot.ts";
import { readGeo, type DistrictGeo } from "./readGeo.ts";
import { matchPhotos, type PhotoFileInput } from "./photos.ts";
import { fileReport, validationReport, type ValidationReport } from "./report.ts";

/** Everything the loader needs, already read from disk (so this stays pure and testable). */
export interface DataInput {
  /** The folder's name, the last fallback for the site title. */
  name: string;
  /** site.yaml, when present. */
  siteYaml: { file: string; text: string } | null;
  snapshots: SnapshotInput[];
  /** District boundaries (geo/*.geojson), optional. */
  geo?: Array<{ file: string; text: string }>;
  /** Files in snapshots/ that are not read: the temporary files Excel and WPS keep beside an open workbook (~$2026-10.xlsx). */
  temporary?: string[];
  /** Every file under photos/ (site photos and their captions), as io/readPhotos.ts read them. */
  photos?: PhotoFileInput[];
}

export interface ProgrammeLoad {
  /** Null when any error was found: a build with invalid data publishes nothing. */
  programme: Programme | null;
  config: SiteConfig;
  report: ValidationReport;
  /** District boundaries for the map, when given. */
  geo: DistrictGeo | null;
  /** Every month that could be read, errors or not (published editions are checked against them). */
  snapshots: Snapshot[];
}

/** Validate site.yaml and every snapshot, collecting every issue, then join the months. */
export function loadProgramme(input: DataInput): ProgrammeLoad {
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
  const photos = matchPhotos(input.photos ?? [], built.programme);
  issues.push(...photos.issues);
  const programme = photos.photos.length === 0 ? built.programme : { ...built.programme, photos: photos.photos };
  const report = validationReport(built.programme.snapshots.map(fileReport), issues);
  return { programme: report.errors > 0 ? null : programme, config, report, geo: geo.geo, snapshots: built.programme.snapshots };
}
