import type { Locale } from "../config/siteConfigSchema.ts";
import { issueMessage, noticeMessage, reportText } from "../i18n/issues.ts";
import type { Issue } from "./issue.ts";
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
  return `${place(i)}${i.file ? " " : ""}${issueMessage(i, locale)}`;
}

/** Where an issue is: file, line, and in a workbook the sheet and cell. */
function place(i: Pick<Issue, "file" | "line" | "cell">, short = false): string {
  if (!i.file) return "";
  const file = short ? i.file.split(/[\\/]/).pop()! : i.file;
  return `${file}${i.line !== null ? `:${i.line}` : ""}${i.cell ? ` ${i.cell}` : ""}`;
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

function formatGroup(g: IssueGroup, locale: Locale): string {
  if (g.places.length === 1) return formatIssue(g.issue, locale);
  const t = reportText[locale];
  const where = [place(g.places[0]!), ...g.places.slice(1).map((p) => place(p, true))].join(locale === "en" ? ", " : "、");
  return `${where}${t.files(g.places.length)} ${issueMessage(g.issue, locale)}`;
}

/** How many notices of a kind the report lists without --verbose. */
const NOTICES_SHOWN = 12;

function noticeLines(f: FileReport, locale: Locale, verbose: boolean): string[] {
  const t = reportText[locale];
  const out: string[] = [];
  const filled = f.notices.filter((n) => n.code === "merge-filled" || (n.code === "blank-filled" && !n.detail.package));
  const others = f.notices.filter((n) => !filled.includes(n));
  for (const n of others.slice(0, verbose ? others.length : NOTICES_SHOWN)) out.push(`  ${noticeMessage(n, locale)}`);
  if (!verbose && others.length > NOTICES_SHOWN) out.push(`  ${t.more(others.length - NOTICES_SHOWN)}`);
  if (filled.length === 0) return out;
  if (verbose) {
    for (const n of filled) out.push(`  ${noticeMessage(n, locale)}`);
    return out;
  }
  const byColumn = new Map<string, { letter: string; column: string; merges: number; cells: number; how: "merge" | "above" }>();
  for (const n of filled) {
    const how = n.code === "merge-filled" ? "merge" : "above";
    const key = `${how}|${n.detail.letter}|${n.column}`;
    const entry = byColumn.get(key) ?? { letter: String(n.detail.letter), column: n.column ?? "", merges: 0, cells: 0, how };
    entry.merges += 1;
    entry.cells += n.lines.length;
    byColumn.set(key, entry);
  }
  const order = (letter: string) => letter.length * 1000 + letter.charCodeAt(0) * 30 + (letter.charCodeAt(1) || 0);
  out.push(`  ${t.filledLine([...byColumn.values()].sort((a, b) => order(a.letter) - order(b.letter) || (a.how < b.how ? -1 : 1)).map((e) => t.filledPart(e.letter, e.column, e.merges, e.cells, e.how)).join(locale === "en" ? "; " : "；"))}`);
  return out;
}

/** The whole report as text: what was understood per file, then every issue. */
export function formatReport(report: ValidationReport, locale: Locale, opts: { verbose?: boolean; files?: boolean } = {}): string {
  const t = reportText[locale];
  const out: string[] = [];
  for (const f of opts.files === false ? [] : report.files) {
    out.push(t.fileLine(f));
    out.push(`  ${t.columnsLine(f.columns.filter((c) => c.field !== null).map((c) => (c.from ? `${t.groupColumn}→${c.field}` : `${c.letter}「${c.label}」→${c.field}`)).join("  "))}`);
    const counts = new Map<string, number>();
    for (const s of f.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
    if (f.skipped.length > 0) out.push(`  ${t.skippedLine([...counts].map(([r, n]) => `${t.skipReason[r as keyof typeof t.skipReason]} ${n}`).join("，"))}`);
    if (opts.verbose) for (const s of f.skipped) out.push(`    ${f.file}:${s.line} ${t.skipReason[s.reason]} ${s.text}`);
    out.push(...noticeLines(f, locale, Boolean(opts.verbose)));
  }
  const groups = groupIssues(report.issues);
  const errors = groups.filter((g) => g.issue.severity === "error");
  const warnings = groups.filter((g) => g.issue.severity === "warning");
  if (errors.length > 0) out.push("", t.errorsHeading(errors.length), ...errors.map((g) => `  ✗ ${formatGroup(g, locale)}`));
  if (warnings.length > 0) out.push("", t.warningsHeading(warnings.length), ...warnings.map((g) => `  ! ${formatGroup(g, locale)}`));
  out.push("", t.summary(report.files.length, report.errors, report.warnings));
  return out.join("\n");
}
