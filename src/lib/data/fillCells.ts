import type { RowKind } from "./classifyRow.ts";
import type { Field } from "./fields.ts";
import { cellAddress, isBlank, type GridRow, type MergeRange } from "./grid.ts";
import type { Column } from "./mapColumns.ts";
import type { Notice } from "./model.ts";

/** A row under the header, as classified. */
export interface BodyRow {
  row: GridRow;
  kind: RowKind;
  /** Increases at every group and total row: a merge or a continuation never crosses one. */
  segment: number;
}

/** Columns whose cells offices merge down a run of projects, and whose blanks may continue such a merge in a CSV export. */
const CONTINUED: readonly Field[] = ["district", "category", "nature", "leadDepartment"];

function fill(row: GridRow, column: number, from: GridRow, how: "merge" | "above"): void {
  while (row.cells.length <= column) row.cells.push("");
  row.cells[column] = from.cells[column] ?? "";
  const value = from.values?.[column];
  if (value !== undefined) (row.values ??= [])[column] = value;
  (row.filled ??= new Map()).set(column, { how, fromLine: from.line });
}

/**
 * Give every project row under a cell merged down a run of rows that cell's value (in the
 * merge's first column; a merge across columns belongs to its first). One notice per merge.
 */
export function fillMerges(body: readonly BodyRow[], merges: readonly MergeRange[], columns: readonly Column[], sheet: string | null): Notice[] {
  if (merges.length === 0 || body.length === 0) return [];
  const first = body[0]!.row.line;
  const byLine = new Map(body.map((b) => [b.row.line, b]));
  const notices: Notice[] = [];
  for (const m of [...merges].sort((a, b) => a.top - b.top || a.left - b.left)) {
    if (m.top < first || m.bottom === m.top) continue;
    const origin = byLine.get(m.top);
    if (!origin || isBlank(origin.row.cells[m.left])) continue;
    const lines: number[] = [];
    for (let line = m.top + 1; line <= m.bottom; line++) {
      const target = byLine.get(line);
      if (!target || target.kind !== "candidate") continue;
      fill(target.row, m.left, origin.row, "merge");
      lines.push(line);
    }
    if (lines.length === 0) continue;
    const column = columns[m.left];
    notices.push({
      code: "merge-filled",
      lines,
      column: column?.label ?? null,
      value: origin.row.cells[m.left]!.trim(),
      detail: { letter: column?.letter ?? "", cell: `${sheet === null ? "" : `${sheet}!`}${cellAddress(m.left, m.top)}`, fromLine: m.top },
    });
  }
  return notices;
}

/**
 * Fill the blank cells a CSV export leaves under a merged cell. Excel writes a merged value
 * once, in its first row; the rows below come out blank, indistinguishable from "not given".
 * A column is taken to hold such merges when, within each group, its first project row is
 * filled, a blank follows a value, and no value is written twice in a row (a table that
 * merges a column never repeats a value in it). The district, category, nature and lead
 * department columns are checked; a package's continuation rows (blank 序号 and 名称, another
 * 责任单位) take the name of the row above. Every filled run is a notice.
 */
export function fillContinuations(body: readonly BodyRow[], columns: readonly Column[], byField: ReadonlyMap<Field, Column>): Notice[] {
  const projects = body.filter((b) => b.kind === "candidate");
  if (projects.length < 2) return [];
  const notices: Notice[] = [];
  notices.push(...fillPackageNames(projects, byField));
  for (const field of CONTINUED) {
    const column = byField.get(field);
    if (!column || column.from !== undefined) continue;
    if (!looksMerged(projects, column.index)) continue;
    notices.push(...fillDown(projects, column));
  }
  return notices;
}

/** Consecutive project rows of the same group. */
function segments(projects: readonly BodyRow[]): BodyRow[][] {
  const out: BodyRow[][] = [];
  for (const p of projects) {
    const last = out.at(-1);
    if (last && last[0]!.segment === p.segment) last.push(p);
    else out.push([p]);
  }
  return out;
}

function looksMerged(projects: readonly BodyRow[], c: number): boolean {
  let blanks = 0;
  for (const seg of segments(projects)) {
    // Cells already filled (a package's continuation rows) say nothing about the column.
    const texts = seg.filter((p) => !p.row.filled?.has(c)).map((p) => (p.row.cells[c] ?? "").trim());
    if (texts.every((t) => t === "")) continue;
    // A group whose first project is blank here: its blanks mean "not given".
    if (texts[0] === "") return false;
    for (let i = 1; i < texts.length; i++) {
      if (texts[i] === "") blanks += 1;
      else if (texts[i] === texts[i - 1]) return false;
    }
  }
  return blanks > 0;
}

function fillDown(projects: readonly BodyRow[], column: Column): Notice[] {
  const c = column.index;
  const notices: Notice[] = [];
  let segment = -1;
  let source: GridRow | null = null;
  let run: Notice | null = null;
  for (const p of projects) {
    if (p.segment !== segment) {
      segment = p.segment;
      source = null;
      run = null;
    }
    if (!isBlank(p.row.cells[c])) {
      source = p.row;
      run = null;
      continue;
    }
    if (source === null) continue;
    fill(p.row, c, source, "above");
    if (run === null) {
      run = { code: "blank-filled", lines: [], column: column.label, value: source.cells[c]!.trim(), detail: { letter: column.letter, fromLine: source.line } };
      notices.push(run);
    }
    run.lines.push(p.row.line);
  }
  return notices;
}

/**
 * A packaged project split over rows by 责任单位, exported from merged cells: the rows after
 * the first have no 序号, 编号 or 名称 but another 责任单位 and amounts. They take the first
 * row's 编号 and 名称 (and its district, category and nature where blank), so that the rows
 * are joined as one project.
 */
function fillPackageNames(projects: readonly BodyRow[], byField: ReadonlyMap<Field, Column>): Notice[] {
  const name = byField.get("name");
  const dept = byField.get("leadDepartment");
  if (!name || !dept) return [];
  const serial = byField.get("serial");
  const id = byField.get("id");
  const amounts = [...byField.values()].filter((c) => c.field === "annualPlan" || c.field === "ytdCompleted" || c.field === "totalInvestment");
  const carried = [id, name, ...(["district", "category", "nature"] as const).map((f) => byField.get(f))].filter((c): c is Column => c !== undefined && c.from === undefined);
  const notices: Notice[] = [];
  let run: Notice | null = null;
  for (let i = 1; i < projects.length; i++) {
    const p = projects[i]!;
    const prev = projects[i - 1]!;
    const cells = p.row.cells;
    const continuation =
      p.segment === prev.segment &&
      isBlank(cells[name.index]) &&
      (!id || isBlank(cells[id.index])) &&
      (!serial || isBlank(cells[serial.index])) &&
      !isBlank(cells[dept.index]) &&
      !isBlank(prev.row.cells[name.index]) &&
      (prev.row.cells[dept.index] ?? "").trim() !== cells[dept.index]!.trim() &&
      amounts.some((c) => !isBlank(cells[c.index]));
    if (!continuation) {
      run = null;
      continue;
    }
    for (const c of carried) if (isBlank(cells[c.index]) && !isBlank(prev.row.cells[c.index])) fill(p.row, c.index, prev.row, "above");
    if (run === null || run.detail.fromLine !== (prev.row.filled?.get(name.index)?.fromLine ?? prev.row.line)) {
      run = { code: "blank-filled", lines: [], column: name.label, value: prev.row.cells[name.index]!.trim(), detail: { letter: name.letter, fromLine: prev.row.filled?.get(name.index)?.fromLine ?? prev.row.line, package: 1 } };
      notices.push(run);
    }
    run.lines.push(p.row.line);
  }
  return notices;
}
