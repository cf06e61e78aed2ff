import type { SiteConfig } from "../config/siteConfigSchema.ts";
import type { Column } from "./mapColumns.ts";
import { type Field } from "./fields.ts";
import { issue, type Issue } from "../common/issue.ts";
import type { Notice, Snapshot, SkippedRow } from "./model.ts";
import { rowTexts } from "./classifyRow.ts";
import { classifyBody } from "./classifyBody.ts";
import { columnUnit, unitRowUnit, WAN_PER_UNIT } from "./units.ts";
import { readRow, type RowContext, type RowValues } from "./readRow.ts";
import { checkTotals } from "./checkTotals.ts";
import { sha256 } from "../common/hash.ts";
import type { GridRow } from "./grid.ts";
import { inspectTable } from "./inspectTable.ts";
import { SNAPSHOT_EXTENSIONS } from "./readGrid.ts";
import { checkColumns, checkDistrict } from "./checkColumns.ts";
import { tableEnd } from "./tableEnd.ts";
import { addGroupColumns } from "./groupRows.ts";
import { fillContinuations, fillMerges, type BodyRow } from "./fillCells.ts";
import { mergePackages } from "./mergePackages.ts";
import { monthFacts } from "./monthOfTable.ts";

export interface SnapshotInput {
  /** Path as shown to the user (data/snapshots/2026-10.csv). */
  file: string;
  bytes: Uint8Array;
  /** The table's month when the file name does not give it (`npm run import`). */
  month?: string;
}

export interface SnapshotResult {
  snapshot: Snapshot | null;
  issues: Issue[];
}

const MONTH_FILE = new RegExp(`(?:^|[\\\\/])(\\d{4})-(0[1-9]|1[0-2])\\.(?:${SNAPSHOT_EXTENSIONS.join("|")})$`, "i");

/** The month a snapshot's file name gives: snapshots/YYYY-MM.csv (or .xlsx, .xls, .et). */
export function monthOfFile(file: string): string | null {
  const m = MONTH_FILE.exec(file);
  return m ? `${m[1]}-${m[2]}` : null;
}

/** Descriptive text fields: a row numbered like a deep group heading (1.产业项目) is a project when one of them is filled. */
const TEXT_FIELDS: ReadonlySet<Field> = new Set(["district", "category", "nature", "status", "content", "owner", "leadDepartment", "leader", "progressText", "problems", "period"]);

/**
 * Read one month's table, CSV or workbook: read the grid, choose the sheet, find the header,
 * map columns, check the header's year and month against the file's, then read every row
 * down to the end of the table (a second table stacked under it is not read). Group rows
 * give the district, category or nature when the table has no column for it; merged cells
 * are filled; a packaged project's rows are joined. Never throws on bad input: every problem
 * becomes an issue, and the snapshot is null only when the table cannot be read.
 */
export function readSnapshot(input: SnapshotInput, config: SiteConfig): SnapshotResult {
  const { file } = input;
  const month = input.month ?? monthOfFile(file);
  if (!month) return { snapshot: null, issues: [issue("error", "bad-file-name", { file, value: file.split(/[\\/]/).pop() ?? file })] };

  const front = inspectTable(file, input.bytes, config);
  const issues: Issue[] = [...front.issues];
  const notices: Notice[] = [...front.notices];
  const table = front.table;
  if (!table) return { snapshot: null, issues };
  const { grid, location, header, above, rowUnit, sheet } = table;
  const columns: Column[] = table.columns;
  const headerLine = header[0]!.line;

  issues.push(...checkColumns(file, month, columns, headerLine));
  if (issues.some((i) => i.severity === "error" && (i.code === "missing-column" || i.code === "not-progress-table"))) return { snapshot: null, issues };
  issues.push(...checkTitle(file, month, table.title, above));

  const skipped: SkippedRow[] = above.map((r) => skippedAbove(r));
  const labelIndexes = columns.filter((c) => c.field === "serial" || c.field === "id" || c.field === "name").map((c) => c.index);
  const textIndexes = columns.filter((c) => c.field !== null && TEXT_FIELDS.has(c.field)).map((c) => c.index);

  // Pass 1: what every row is, and which group headings it sits under.
  const first = location.start + location.rows;
  const end = tableEnd(grid.rows, first, config.columns);
  const { body, headings, under } = classifyBody(grid.rows.slice(first, end), labelIndexes, textIndexes);
  if (end < grid.rows.length) {
    const rest = grid.rows.slice(end);
    const titled = rest.find((r) => rowTexts(r.cells).length > 0);
    issues.push(issue("warning", "second-table", { file, line: rest[0]!.line, value: titled ? rowTexts(titled.cells).join(" ").slice(0, 60) : "" }, { rows: rest.length }));
  }

  // Fields the table has no column for, named by its group rows.
  const width = columns.length;
  notices.push(...addGroupColumns(columns, headings, under, config.districts));
  const districtIssue = checkDistrict(file, columns, headerLine);
  if (districtIssue) return { snapshot: null, issues: [...issues, districtIssue] };

  const byField = new Map<Field, Column>();
  for (const c of columns) if (c.field !== null && !byField.has(c.field)) byField.set(c.field, c);
  notices.push(...fillMerges(body, grid.merges, columns, sheet));
  notices.push(...fillContinuations(body, columns, byField));

  // Pass 2: read the rows.
  const context: RowContext = { file, month, columns, byField, rowUnit, config, sheet };
  let rows: RowValues[] = [];
  const totals: RowValues[] = [];
  for (const { row, kind } of body) {
    const text = kind === "candidate" || kind === "blank" ? "" : rowTexts(row.cells.slice(0, width)).join(" ").slice(0, 200);
    if (kind === "note") skipped.push({ line: row.line, reason: "note", text });
    else if (kind === "blank") skipped.push({ line: row.line, reason: "blank", text: "" });
    else if (kind === "numbering") skipped.push({ line: row.line, reason: "header", text });
    else if (kind === "group") skipped.push({ line: row.line, reason: "group", text });
    else if (kind === "total") {
      skipped.push({ line: row.line, reason: "total", text });
      totals.push(readRow(row, context, issues, { totalRow: true }));
    } else {
      const values = readRow(row, context, issues, { totalRow: false });
      // A labelled row with nothing else is a group heading the patterns did not know.
      if (values.state === null && values.groupLike) skipped.push({ line: row.line, reason: "group", text: rowTexts(row.cells.slice(0, width)).join(" ").slice(0, 200) });
      else rows.push(values);
    }
  }
  for (const row of grid.rows.slice(end)) skipped.push({ line: row.line, reason: "other-table", text: rowTexts(row.cells).join(" ").slice(0, 200) });
  notices.push(...helperColumns(columns, body));

  const packages = mergePackages(file, rows, columns, sheet);
  rows = packages.rows;
  issues.push(...packages.issues);
  notices.push(...packages.notices);
  const wanPerUnit = (c: Column) => WAN_PER_UNIT[columnUnit(c, rowUnit, config)];
  issues.push(...checkTotals(file, rows, totals, columns, wanPerUnit, config.totalsMismatch));

  const amountColumn = columns.find((c) => c.field === "annualPlan")!;
  const snapshot: Snapshot = {
    month,
    file,
    format: table.format,
    sheet,
    encoding: table.encoding,
    sha256: sha256(input.bytes),
    title: table.title,
    headerLines: header.map((r) => r.line),
    unit: amountColumn.facts.unit ?? rowUnit ?? config.moneyUnit,
    unitSource: amountColumn.facts.unit ? "header" : rowUnit ? "unit-row" : "config",
    columns: columns.map(({ index, letter, label, field, from }) => (from ? { index, letter, label, field, from } : { index, letter, label, field })),
    matchedBy: columns.some((c) => c.field === "id") && rows.every((r) => r.state?.id) ? "id" : "name-and-district",
    states: rows.flatMap((r) => (r.state ? [r.state] : [])),
    skipped,
    notices,
  };
  return { snapshot, issues };
}

/** Columns without a header that hold values on project rows: not read, and said so. */
function helperColumns(columns: readonly Column[], body: readonly BodyRow[]): Notice[] {
  const notices: Notice[] = [];
  for (const c of columns) {
    if (c.label !== "" || c.from !== undefined) continue;
    const lines = body.filter((b) => b.kind === "candidate" && (b.row.cells[c.index] ?? "").trim() !== "").map((b) => b.row.line);
    if (lines.length > 0) notices.push({ code: "helper-column", lines, column: null, value: c.letter, detail: {} });
  }
  return notices;
}

/** A title naming another month than the file's ("2026年1-9月…" saved as 2026-10) is worth a warning. */
function checkTitle(file: string, month: string, title: string | null, above: GridRow[]): Issue[] {
  if (title === null) return [];
  const facts = monthFacts(title);
  const [year, m] = month.split("-").map(Number) as [number, number];
  if ((facts.month === null || facts.month === m) && (facts.year === null || facts.year === year)) return [];
  const line = above.find((r) => rowTexts(r.cells).some((t) => t.replace(/\s+/g, "") === title))?.line ?? null;
  const titleMonth = `${facts.year ?? year}-${String(facts.month ?? m).padStart(2, "0")}`;
  return [issue("warning", "title-month-mismatch", { file, line, value: title }, { month, titleMonth })];
}

function skippedAbove(r: GridRow): SkippedRow {
  const text = rowTexts(r.cells).join(" ").slice(0, 200);
  if (text === "") return { line: r.line, reason: "blank", text };
  if (unitRowUnit(r.cells, true) !== null) return { line: r.line, reason: "unit", text };
  return { line: r.line, reason: "title", text };
}
