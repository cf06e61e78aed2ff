import { rowTexts } from "./classifyRow.ts";
import { customNameLabels, isHeaderRow } from "./findHeader.ts";
import type { GridRow } from "./grid.ts";
import { parseNumber } from "./parseCell.ts";
import { unitRowUnit } from "./units.ts";

/** A row that opens a table: a title, an attachment label or a unit row (单位：万元). */
function isPreamble(cells: string[]): boolean {
  if (unitRowUnit(cells) !== null) return true;
  const texts = rowTexts(cells);
  if (texts.length !== 1 || parseNumber(texts[0]).kind === "value") return false;
  return /表|清单|名单|附件|汇总|计划/.test(texts[0]!);
}

/**
 * Where the table starting at `from` ends: at a second table stacked under it in the same
 * sheet (a row naming the project column and two other columns, with the title, attachment
 * and unit rows just above it), else at the last row. Returns an index into `rows`.
 */
export function tableEnd(rows: readonly GridRow[], from: number, custom: Record<string, string>): number {
  const names = customNameLabels(custom);
  for (let i = from; i < rows.length; i++) {
    if (!isHeaderRow(rows[i]!.cells, custom, names)) continue;
    let start = i;
    while (start > from && (isPreamble(rows[start - 1]!.cells) || rowTexts(rows[start - 1]!.cells).length === 0)) start--;
    // Blank rows between the tables stay with the first.
    while (start < i && rowTexts(rows[start]!.cells).length === 0) start++;
    return start;
  }
  return rows.length;
}
