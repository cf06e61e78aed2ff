import type { SiteConfig } from "../config/siteConfigSchema.ts";
import { csvRecords, type CsvRecord } from "./csvRecords.ts";
import { decode } from "./decode.ts";
import { findHeader } from "./findHeader.ts";
import { flattenHeader, mapColumns, type Column } from "./mapColumns.ts";
import { REQUIRED_FIELDS, type Field } from "./fields.ts";
import { issue, type Issue } from "./issue.ts";
import type { Snapshot, SkippedRow } from "./model.ts";
import { classifyRow, isNoteText, rowTexts } from "./classifyRow.ts";
import { columnUnit, unitRowUnit, WAN_PER_UNIT } from "./units.ts";
import { readRow, type RowValues } from "./readRow.ts";
import { checkTotals } from "./checkTotals.ts";
import { sha256 } from "../editions/stableJson.ts";

export interface SnapshotInput {
  /** Path as shown to the user (data/snapshots/2026-10.csv). */
  file: string;
  bytes: Uint8Array;
}

export interface SnapshotResult {
  snapshot: Snapshot | null;
  issues: Issue[];
}

/** The month a snapshot's file name gives: snapshots/YYYY-MM.csv. */
export function monthOfFile(file: string): string | null {
  const m = /(?:^|[\\/])(\d{4})-(0[1-9]|1[0-2])\.csv$/i.exec(file);
  return m ? `${m[1]}-${m[2]}` : null;
}

/**
 * Read one month's table: decode, find the header, map columns, check the header's year
 * and month against the file's, then read every row. Never throws on bad input: every
 * problem becomes an issue, and the snapshot is null only when the table cannot be read.
 */
export function readSnapshot(input: SnapshotInput, config: SiteConfig): SnapshotResult {
  const { file } = input;
  const issues: Issue[] = [];
  const month = monthOfFile(file);
  if (!month) return { snapshot: null, issues: [issue("error", "bad-file-name", { file, value: file.split(/[\\/]/).pop() ?? file })] };

  const { text, encoding } = decode(input.bytes);
  if (text.trim() === "") return { snapshot: null, issues: [issue("error", "empty-file", { file })] };
  if (encoding === "gb18030" && text.includes("\ufffd")) issues.push(issue("warning", "replacement-characters", { file }));

  const { records, unterminatedQuoteLine } = csvRecords(text);
  if (unterminatedQuoteLine !== null) issues.push(issue("error", "unreadable-file", { file, line: unterminatedQuoteLine }, { reason: "quote" }));

  const location = findHeader(records, config.columns);
  if (!location) return { snapshot: null, issues: [...issues, issue("error", "no-header", { file })] };

  const headerRecords = records.slice(location.start, location.start + location.rows);
  const columns = mapColumns(flattenHeader(headerRecords[0]!.cells, headerRecords[1]?.cells ?? null), config.columns);
  const above = records.slice(0, location.start);
  const rowUnit = [...above, ...headerRecords].map((r) => unitRowUnit(r.cells)).find((u) => u !== null) ?? null;

  issues.push(...checkColumns(file, month, columns, headerRecords[0]!.line));
  if (columnsMissing(columns)) return { snapshot: null, issues };

  const skipped: SkippedRow[] = above.map((r) => skippedAbove(r, rowUnit !== null && unitRowUnit(r.cells) !== null));
  const title = titleOf(above);
  const labelIndexes = columns.filter((c) => c.field === "serial" || c.field === "id" || c.field === "name").map((c) => c.index);
  const byField = new Map<Field, Column>();
  for (const c of columns) if (c.field !== null && !byField.has(c.field)) byField.set(c.field, c);
  const context = { file, month, columns, byField, rowUnit, config };

  const rows: RowValues[] = [];
  const totals: RowValues[] = [];
  let inNotes = false;
  for (const record of records.slice(location.start + location.rows)) {
    const kind = classifyRow(record.cells, labelIndexes);
    const text = kind === "candidate" || kind === "blank" ? "" : rowTexts(record.cells).join(" ").slice(0, 200);
    if (kind === "note" || (inNotes && kind !== "blank" && kind !== "total")) {
      inNotes = true;
      skipped.push({ line: record.line, reason: "note", text });
    } else if (kind === "blank") skipped.push({ line: record.line, reason: "blank", text: "" });
    else if (kind === "numbering") skipped.push({ line: record.line, reason: "header", text });
    else if (kind === "group") skipped.push({ line: record.line, reason: "group", text });
    else if (kind === "total") {
      skipped.push({ line: record.line, reason: "total", text });
      totals.push(readRow(record, context, issues, { totalRow: true }));
    } else {
      const values = readRow(record, context, issues, { totalRow: false });
      // A labelled row with nothing else is a group heading the patterns did not know.
      if (values.state === null && values.groupLike) skipped.push({ line: record.line, reason: "group", text: rowTexts(record.cells).join(" ").slice(0, 200) });
      else rows.push(values);
    }
  }

  issues.push(...checkDuplicates(file, rows, columns));
  const wanPerUnit = (c: Column) => WAN_PER_UNIT[columnUnit(c, rowUnit, config)];
  issues.push(...checkTotals(file, rows, totals, columns, wanPerUnit, config.totalsMismatch));

  const amountColumn = columns.find((c) => c.field === "annualPlan")!;
  const snapshot: Snapshot = {
    month,
    file,
    encoding,
    sha256: sha256(input.bytes),
    title,
    headerLines: headerRecords.map((r) => r.line),
    unit: amountColumn.facts.unit ?? rowUnit ?? config.moneyUnit,
    unitSource: amountColumn.facts.unit ? "header" : rowUnit ? "unit-row" : "config",
    columns: columns.map(({ index, letter, label, field }) => ({ index, letter, label, field })),
    matchedBy: columns.some((c) => c.field === "id") && rows.every((r) => r.state?.id) ? "id" : "name-and-district",
    states: rows.flatMap((r) => (r.state ? [r.state] : [])),
    skipped,
  };
  return { snapshot, issues };
}

function columnsMissing(columns: Column[]): boolean {
  return REQUIRED_FIELDS.some((f) => !columns.some((c) => c.field === f));
}

/** Required columns, years and months in headers, duplicate and unknown columns. */
function checkColumns(file: string, month: string, columns: Column[], line: number): Issue[] {
  const issues: Issue[] = [];
  const [year, m] = month.split("-").map(Number) as [number, number];
  for (const field of REQUIRED_FIELDS) {
    if (!columns.some((c) => c.field === field)) issues.push(issue("error", "missing-column", { file, line }, { field }));
  }
  const seen = new Map<Field, Column>();
  for (const c of columns) {
    if (c.field === null) {
      if (c.label !== "") issues.push(issue("warning", "unknown-column", { file, line, column: c.label, value: c.label }, { letter: c.letter }));
      continue;
    }
    const first = seen.get(c.field);
    if (first && c.field !== "serial") {
      issues.push(issue("warning", "unknown-column", { file, line, column: c.label, value: c.label }, { letter: c.letter, duplicateOf: first.label }));
      c.field = null;
      continue;
    }
    seen.set(c.field, c);
    const dated = c.field === "annualPlan" || c.field === "ytdCompleted" || c.field === "ytdPercent" || c.field === "monthCompleted";
    if (!dated) continue;
    if (c.facts.year !== null && c.facts.year !== year)
      issues.push(issue("error", "year-mismatch", { file, line, column: c.label, value: String(c.facts.year) }, { expected: year, month }));
    if (c.facts.monthTo !== null && c.facts.monthTo !== m)
      issues.push(issue("error", "month-mismatch", { file, line, column: c.label, value: `${c.facts.monthTo}` }, { expected: m, month }));
  }
  return issues;
}

function checkDuplicates(file: string, rows: RowValues[], columns: Column[]): Issue[] {
  const issues: Issue[] = [];
  const byKey = new Map<string, number>();
  const label = (f: Field) => columns.find((c) => c.field === f)?.label ?? f;
  for (const r of rows) {
    if (!r.state) continue;
    const line = byKey.get(r.state.key);
    if (line !== undefined) {
      issues.push(issue("error", "duplicate-project", { file, line: r.state.source.line, column: label(r.state.id ? "id" : "name"), value: r.state.id ?? r.state.name }, { otherLine: line }));
    } else byKey.set(r.state.key, r.state.source.line);
  }
  return issues;
}

function skippedAbove(r: CsvRecord, isUnitRow: boolean): SkippedRow {
  const text = rowTexts(r.cells).join(" ").slice(0, 200);
  if (text === "") return { line: r.line, reason: "blank", text };
  if (isUnitRow) return { line: r.line, reason: "unit", text };
  return { line: r.line, reason: "title", text };
}

/** The table's title: the first row above the header that reads like one. */
function titleOf(above: CsvRecord[]): string | null {
  for (const r of above) {
    const texts = rowTexts(r.cells);
    if (texts.length !== 1) continue;
    const t = texts[0]!.replace(/\s+/g, "");
    if (/^附件\s*\d*$/.test(t) || isNoteText(t) || /^单位/.test(t)) continue;
    if (/项目|表|进度|调度/.test(t)) return t;
  }
  return null;
}

