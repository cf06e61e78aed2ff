/**
 * The one in-memory table both readers produce (a CSV file, a worksheet): rows of cell texts
 * with their 1-based source line, typed values where a workbook has them, and the merged
 * ranges. Every later step (find the header, flatten it, classify and read the rows) works
 * on a grid, so a workbook and its CSV export go through the same code.
 */

/** A workbook cell's value, when it is not plain text (a CSV cell never has one). */
export type CellValue =
  | { kind: "number"; value: number; /** The cell's format shows a percentage: `value` is the fraction. */ percent: boolean }
  /** A date cell as the calendar day it shows: no time of day, no time zone. */
  | { kind: "date"; year: number; month: number; day: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "error" };

/** Where a filled cell's value came from. */
export interface Fill {
  /** "merge": a merged range it continues; "above": a blank cell of a CSV export, continuing the row above. */
  how: "merge" | "above";
  /** Line of the row the value was taken from. */
  fromLine: number;
}

/** One row: its 1-based line (CSV line where the record starts, or sheet row) and its cells' text as shown. */
export interface GridRow {
  line: number;
  cells: string[];
  /** Typed values by column, for workbook cells that hold a number, date, boolean or error. */
  values?: Array<CellValue | undefined>;
  /** Cells whose value was filled in by the loader (merge or continuation), by column index. */
  filled?: Map<number, Fill>;
}

/** A merged range of a worksheet: first and last line (1-based), first and last column (0-based). */
export interface MergeRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Grid {
  rows: GridRow[];
  /** Merged ranges (none for a CSV file). Only the top-left cell of a range holds its text. */
  merges: MergeRange[];
}

/** Whether a cell is blank. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

/** A cell's address as Excel writes it ("F12"). */
export function cellAddress(columnIndex: number, line: number): string {
  return `${columnLetter(columnIndex)}${line}`;
}

/** Excel's column letter for a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
