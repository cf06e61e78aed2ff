import type { Locale } from "../config/siteConfigSchema.ts";
import { issueMessage, reportText } from "../i18n/issues.ts";
import type { Issue } from "./issue.ts";
import type { Snapshot } from "./model.ts";

/** What the loader understood of one file, for the validation report. */
export interface FileReport {
  file: string;
  month: string;
  encoding: Snapshot["encoding"];
  title: string | null;
  headerLines: number[];
  unit: string;
  unitSource: Snapshot["unitSource"];
  matchedBy: Snapshot["matchedBy"];
  columns: Snapshot["columns"];
  projects: number;
  skipped: Snapshot["skipped"];
}

export interface ValidationReport {
  files: FileReport[];
  issues: Issue[];
  errors: number;
  warnings: number;
}

export function fileReport(s: Snapshot): FileReport {
  const { file, month, encoding, title, headerLines, unit, unitSource, matchedBy, columns, skipped } = s;
  return { file, month, encoding, title, headerLines, unit, unitSource, matchedBy, columns, projects: s.states.length, skipped };
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

/** One issue as a line: `data/snapshots/2026-10.csv:37 列「1-10月完成投资」：“约5000”不是数字`. */
export function formatIssue(i: Issue, locale: Locale): string {
  const where = i.file ? `${i.file}${i.line !== null ? `:${i.line}` : ""} ` : "";
  return `${where}${issueMessage(i, locale)}`;
}

/** The whole report as text: what was understood per file, then every issue. */
export function formatReport(report: ValidationReport, locale: Locale, opts: { verbose?: boolean; files?: boolean } = {}): string {
  const t = reportText[locale];
  const out: string[] = [];
  for (const f of opts.files === false ? [] : report.files) {
    out.push(t.fileLine(f));
    out.push(`  ${t.columnsLine(f.columns.filter((c) => c.field !== null).map((c) => `${c.letter}「${c.label}」→${c.field}`).join("  "))}`);
    const counts = new Map<string, number>();
    for (const s of f.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
    if (f.skipped.length > 0) out.push(`  ${t.skippedLine([...counts].map(([r, n]) => `${t.skipReason[r as keyof typeof t.skipReason]} ${n}`).join("，"))}`);
    if (opts.verbose) for (const s of f.skipped) out.push(`    ${f.file}:${s.line} ${t.skipReason[s.reason]} ${s.text}`);
  }
  const errors = report.issues.filter((i) => i.severity === "error");
  const warnings = report.issues.filter((i) => i.severity === "warning");
  if (errors.length > 0) out.push("", t.errorsHeading(errors.length), ...errors.map((i) => `  ✗ ${formatIssue(i, locale)}`));
  if (warnings.length > 0) out.push("", t.warningsHeading(warnings.length), ...warnings.map((i) => `  ! ${formatIssue(i, locale)}`));
  out.push("", t.summary(report.files.length, report.errors, report.warnings));
  return out.join("\n");
}
