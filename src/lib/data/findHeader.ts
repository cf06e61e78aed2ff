import { aliasField, mapColumns, flattenHeader } from "./mapColumns.ts";
import { labelFacts } from "./headerLabel.ts";
import type { CsvRecord } from "./csvRecords.ts";
import { isGroupLabel, rowTexts } from "./classifyRow.ts";
import { parseNumber } from "./parseCell.ts";

/** How far down a file the header may start (title, unit and 填报单位 rows come first). */
const MAX_HEADER_SEARCH = 40;

export interface HeaderLocation {
  /** Index into the records of the first header row. */
  start: number;
  /** 1 or 2 header rows. */
  rows: 1 | 2;
}

function fieldCount(cells: string[], custom: Record<string, string>): { count: number; hasName: boolean } {
  const fields = new Set(mapColumns(flattenHeader(cells, null), custom).map((c) => c.field).filter((f) => f !== null));
  return { count: fields.size, hasName: fields.has("name") };
}

/**
 * Find the header by its labels: the first row naming the project-name column and at least
 * two other known columns. The row below is a second header row when it has labels and no
 * numbers, and its cell under the name column is blank (the name cell is merged down).
 */
export function findHeader(records: CsvRecord[], custom: Record<string, string>): HeaderLocation | null {
  const limit = Math.min(records.length, MAX_HEADER_SEARCH);
  for (let i = 0; i < limit; i++) {
    const cells = records[i]!.cells;
    const { count, hasName } = fieldCount(cells, custom);
    if (!hasName || count < 3) continue;
    const next = records[i + 1]?.cells;
    if (next && isSubHeader(cells, next, custom)) return { start: i, rows: 2 };
    return { start: i, rows: 1 };
  }
  return null;
}

function isSubHeader(parent: string[], next: string[], custom: Record<string, string>): boolean {
  const texts = rowTexts(next);
  if (texts.length === 0) return false;
  const nameIndex = mapColumns(flattenHeader(parent, null), custom).find((c) => c.field === "name")!.index;
  if ((next[nameIndex] ?? "").trim() !== "") return false;
  if (texts.some((t) => parseNumber(t).kind === "value" || isGroupLabel(t))) return false;
  // At least one child must name a field by itself or joined with its parent; the parent
  // alone naming one proves nothing (a group label under 序号 would pass).
  const flat = flattenHeader(parent, next);
  return flat.some(({ parent: p, child }) => child !== "" && (aliasField(labelFacts(child)) !== null || aliasField(labelFacts(p + child)) !== null || custom[child] !== undefined));
}
