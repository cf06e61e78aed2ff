import * as XLSX from "@e965/xlsx";
import type { CellValue, Grid, GridRow, MergeRange } from "./grid.ts";
import { checkZip, type ZipProblem } from "./checkZip.ts";
import { formatKind, serialDate } from "./numberFormat.ts";

/** One worksheet as a grid. */
export interface WorkbookSheet {
  name: string;
  /** Hidden or very hidden in the workbook. */
  hidden: boolean;
  grid: Grid;
}

/** Why a workbook cannot be read: what `checkZip` found, or SheetJS's own message. */
export type WorkbookResult = { ok: true; sheets: WorkbookSheet[] } | { ok: false; problem: ZipProblem["problem"] | "unreadable"; reason: string };

/**
 * Read a workbook (.xlsx, .xls BIFF8, WPS .et, or an HTML table saved as .xls) with SheetJS
 * into one grid per sheet. Text is what Excel shows (its number format applied); numbers keep
 * their value, percentages their fraction, dates their calendar day (from the serial, so no
 * time zone can move them). Only the top-left cell of a merged range keeps its text, as Excel
 * shows it; the ranges are kept for the loader to fill. Trailing blank rows and columns (a
 * formatted but empty area) are left out. Never throws: a file SheetJS cannot read gives its
 * reason.
 */
export function readWorkbook(bytes: Uint8Array): WorkbookResult {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const unsound = checkZip(bytes);
    if (unsound) return { ok: false, problem: unsound.problem, reason: unsound.entry ?? "" };
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: "array",
      dense: true,
      cellNF: true,
      cellText: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
    });
  } catch (e) {
    return { ok: false, problem: "unreadable", reason: (e as Error).message || String(e) };
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets = wb.SheetNames.map((name, i): WorkbookSheet => {
    const hidden = (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    const ws = wb.Sheets[name];
    return { name, hidden, grid: ws ? sheetGrid(ws, date1904) : { rows: [], merges: [] } };
  });
  return { ok: true, sheets };
}

function sheetGrid(ws: XLSX.WorkSheet, date1904: boolean): Grid {
  const ref = ws["!ref"];
  if (!ref) return { rows: [], merges: [] };
  const range = XLSX.utils.decode_range(ref);
  const data = (ws as { "!data"?: Array<Array<XLSX.CellObject | undefined> | undefined> })["!data"] ?? [];
  const merges: MergeRange[] = (ws["!merges"] ?? [])
    .filter((m) => m.e.r > m.s.r || m.e.c > m.s.c)
    // A merge may run past the used range (a whole column merged): keep it within.
    .map((m) => ({ top: m.s.r + 1, bottom: Math.min(m.e.r, range.e.r) + 1, left: m.s.c, right: Math.min(m.e.c, range.e.c) }));
  // Cells covered by a merge but not its top-left: Excel shows nothing there.
  const covered = new Set<number>();
  const key = (r: number, c: number) => r * 16384 + c;
  for (const m of merges)
    for (let r = m.top - 1; r <= m.bottom - 1; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top - 1 || c !== m.left) covered.add(key(r, c));

  const rows: GridRow[] = [];
  let lastRow = -1;
  let width = 0;
  for (let r = range.s.r; r <= range.e.r; r++) {
    const source = data[r] ?? [];
    const cells: string[] = [];
    let values: Array<CellValue | undefined> | undefined;
    const end = Math.min(source.length - 1, range.e.c);
    for (let c = 0; c <= end; c++) {
      const cell = source[c];
      if (!cell || (covered.size > 0 && covered.has(key(r, c)))) {
        cells.push("");
        continue;
      }
      const { text, value } = readCell(cell, date1904);
      cells.push(text);
      if (value) (values ??= [])[c] = value;
    }
    while (cells.length > 0 && cells[cells.length - 1]!.trim() === "") cells.pop();
    if (cells.length > 0) {
      lastRow = rows.length;
      width = Math.max(width, cells.length);
    }
    rows.push(values ? { line: r + 1, cells, values } : { line: r + 1, cells });
  }
  rows.length = lastRow + 1;
  // Give every row the table's width, as a CSV export does.
  for (const row of rows) while (row.cells.length < width) row.cells.push("");
  return { rows, merges: merges.filter((m) => m.top <= (rows.at(-1)?.line ?? 0)) };
}

function readCell(cell: XLSX.CellObject, date1904: boolean): { text: string; value?: CellValue } {
  const shown = cell.w ?? (cell.v === undefined || cell.v === null ? "" : String(cell.v));
  switch (cell.t) {
    case "n": {
      const v = cell.v as number;
      const kind = formatKind(typeof cell.z === "string" ? cell.z : undefined);
      if (kind === "date" || kind === "datetime") {
        const d = serialDate(v, { date1904, round: kind === "date" });
        return d ? { text: shown, value: { kind: "date", year: d.year, month: d.month, day: d.day } } : { text: shown, value: { kind: "number", value: v, percent: false } };
      }
      return { text: shown, value: { kind: "number", value: v, percent: kind === "percent" } };
    }
    case "b":
      return { text: shown, value: { kind: "boolean", value: Boolean(cell.v) } };
    case "e":
      return { text: shown, value: { kind: "error" } };
    case "d": {
      // Only with cellDates, which this reader does not ask for; read the calendar day shown.
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return Number.isNaN(d.getTime()) ? { text: shown } : { text: shown, value: { kind: "date", year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() } };
    }
    case "s":
      return { text: typeof cell.v === "string" ? cell.v : shown };
    default:
      return { text: "" };
  }
}
