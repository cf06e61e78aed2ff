import type { Issue } from "../common/issue.ts";
import type { Snapshot } from "./model.ts";

/** What the loader understood of one file, for the validation report. */
export interface FileReport {
  file: string;
  month: string;
  encoding: Snapshot["encoding"];
  /** What the file is (CSV, a workbook) and the sheet read. */
  format: NonNullable<Snapshot["format"]>;
  sheet: string | null;
  title: string | null;
  headerLines: number[];
  unit: string;
  unitSource: Snapshot["unitSource"];
  matchedBy: Snapshot["matchedBy"];
  columns: Snapshot["columns"];
  projects: number;
  skipped: Snapshot["skipped"];
  /** What the loader did besides reading rows: sheets read and skipped, cells filled, packages joined. */
  notices: NonNullable<Snapshot["notices"]>;
}

export interface ValidationReport {
  files: FileReport[];
  issues: Issue[];
  errors: number;
  warnings: number;
}

export function fileReport(s: Snapshot): FileReport {
  const { file, month, encoding, title, headerLines, unit, unitSource, matchedBy, columns, skipped } = s;
  return {
    file,
    month,
    encoding,
    format: s.format ?? "csv",
    sheet: s.sheet ?? null,
    title,
    headerLines,
    unit,
    unitSource,
    matchedBy,
    columns,
    projects: s.states.length,
    skipped,
    notices: s.notices ?? [],
  };
}

/** The report of the files read and every issue found, in a stable order and counted. */
export function validationReport(files: FileReport[], issues: Issue[]): ValidationReport {
  const sorted = sortIssues(issues);
  const errors = sorted.filter((i) => i.severity === "error").length;
  return { files, issues: sorted, errors, warnings: sorted.length - errors };
}

/** Issues in a stable order: by file, line, then code. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      (a.file ?? "").localeCompare(b.file ?? "", "en") ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      a.code.localeCompare(b.code, "en"),
  );
}

/** Issues saying the same thing about the same column and value, in several files. */
export interface IssueGroup {
  issue: Issue;
  places: Issue[];
}

/**
 * The same problem in every monthly file is one message listing the files: issues are
 * grouped by severity, code, column, value and details; their files and lines are listed.
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const byKey = new Map<string, IssueGroup[]>();
  const out: IssueGroup[] = [];
  for (const i of issues) {
    const key = JSON.stringify([i.severity, i.code, i.column, i.value, i.detail]);
    const list = byKey.get(key) ?? [];
    // Two rows of one file with the same problem stay two messages.
    const g = i.file === null ? undefined : list.find((x) => !x.places.some((p) => p.file === i.file));
    if (g) g.places.push(i);
    else {
      const group = { issue: i, places: [i] };
      list.push(group);
      byKey.set(key, list);
      out.push(group);
    }
  }
  return out;
}
