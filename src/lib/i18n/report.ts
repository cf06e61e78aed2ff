import type { Locale } from "../config/siteConfigSchema.ts";
import type { Issue } from "../common/issue.ts";
import { groupIssues, type FileReport, type IssueGroup, type ValidationReport } from "../data/report.ts";
import { issueMessage, noticeMessage, reportText } from "./issues.ts";

/**
 * The validation report as text, in the site's language: what was understood of each file, then
 * every error and warning (the same problem in several files as one line naming them). What the
 * report holds is data/report.ts's; the words are here and in issues.ts.
 */

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
