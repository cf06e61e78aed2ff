import type { MoneyUnit, SiteConfig } from "../config/siteConfigSchema.ts";
import { chooseSheet } from "./chooseSheet.ts";
import { isNoteText, rowTexts } from "./classifyRow.ts";
import type { Encoding } from "./decode.ts";
import type { HeaderLocation } from "./findHeader.ts";
import { flattenHeader } from "./flattenHeader.ts";
import type { Grid, GridRow } from "./grid.ts";
import type { Issue } from "../common/issue.ts";
import { mapColumns, type Column } from "./mapColumns.ts";
import type { Notice } from "./model.ts";
import { readGrid, type FileFormat } from "./readGrid.ts";
import { unitRowUnit } from "./units.ts";

/** A table found in a file, understood down to its header. */
export interface TableFront {
  format: FileFormat;
  encoding: Encoding;
  /** The sheet read (null for CSV). */
  sheet: string | null;
  grid: Grid;
  location: HeaderLocation;
  /** The header rows. */
  header: GridRow[];
  /** Rows above the header (title, 附件, unit, 填报单位). */
  above: GridRow[];
  columns: Column[];
  /** The unit a 单位：万元 row above or in the header names. */
  rowUnit: MoneyUnit | null;
  /** The title row's text. */
  title: string | null;
}

/**
 * The front half of reading a snapshot, shared with `npm run import` (which must find the
 * month before it can check the rows): read the bytes into grids, choose the sheet, find and
 * flatten the header, map the columns, read the title and unit rows.
 */
export function inspectTable(file: string, bytes: Uint8Array, config: SiteConfig): { table: TableFront | null; issues: Issue[]; notices: Notice[] } {
  const read = readGrid(file, bytes);
  if (!read.file) return { table: null, issues: read.issues, notices: read.notices };
  const chosen = chooseSheet(file, read.file.sheets, config);
  const issues = [...read.issues, ...chosen.issues];
  const notices = [...read.notices, ...chosen.notices];
  if (!chosen.choice) return { table: null, issues, notices };
  const { sheet, location } = chosen.choice;
  const rows = sheet.grid.rows;
  const header = rows.slice(location.start, location.start + location.rows);
  const above = rows.slice(0, location.start);
  const paths = flattenHeader(
    header.map((r) => r.cells),
    sheet.grid.merges,
    header[0]!.line,
  );
  const columns = mapColumns(paths, config.columns);
  const rowUnit = [...above.map((r) => unitRowUnit(r.cells, true)), ...header.map((r) => unitRowUnit(r.cells))].find((u) => u !== null) ?? null;
  return {
    table: { format: read.file.format, encoding: read.file.encoding, sheet: sheet.name, grid: sheet.grid, location, header, above, columns, rowUnit, title: titleOf(above) },
    issues,
    notices,
  };
}

/** The table's title: the first row above the header that reads like one. */
function titleOf(above: GridRow[]): string | null {
  for (const r of above) {
    const texts = rowTexts(r.cells);
    if (texts.length !== 1) continue;
    const t = texts[0]!.replace(/\s+/g, "");
    if (/^附件\s*\d*$/.test(t) || isNoteText(t) || /^单位/.test(t)) continue;
    if (/项目|表|进度|调度/.test(t)) return t;
  }
  return null;
}
