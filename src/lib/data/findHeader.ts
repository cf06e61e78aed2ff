import { aliasField, mapColumns } from "./mapColumns.ts";
import { flattenHeader } from "./flattenHeader.ts";
import { labelFacts } from "./headerLabel.ts";
import type { GridRow } from "./grid.ts";
import { ALIASES, type Field } from "./fields.ts";
import { normaliseLabel } from "./normalise.ts";
import { isGroupLabel, isNoteText, isTotalLabel, rowTexts } from "./classifyRow.ts";
import { parseNumber } from "./parseCell.ts";

/** How far down a file the header may start (title, unit and 填报单位 rows come first). */
const MAX_HEADER_SEARCH = 40;
/** Headers of real tables have at most three rows (投资情况 / 2026年度 / 计划投资). */
const MAX_HEADER_ROWS = 3;

export interface HeaderLocation {
  /** Index into the rows of the first header row. */
  start: number;
  /** 1 to 3 header rows. */
  rows: 1 | 2 | 3;
}

/** The fields a header band's columns map to. */
export function headerFields(band: readonly (readonly string[])[], custom: Record<string, string>): Set<Field> {
  return new Set(mapColumns(flattenHeader(band), custom).flatMap((c) => (c.field === null ? [] : [c.field])));
}

/**
 * Find the header by its labels: the first row naming at least two known columns whose band
 * (with up to two rows below it that carry labels and no numbers) names the project-name
 * column and at least two other known columns. A row below belongs to the header when it has
 * labels and no numbers, is no group, total or note row, at least one of its labels names a
 * field (alone or joined with the labels above it), and its cell under the name column is
 * blank (the name cell is merged down).
 */
export function findHeader(rows: readonly GridRow[], custom: Record<string, string>): HeaderLocation | null {
  const limit = Math.min(rows.length, MAX_HEADER_SEARCH);
  for (let i = 0; i < limit; i++) {
    const top = rows[i]!.cells;
    if (rowTexts(top).length < 2 || headerFields([top], custom).size < 2) continue;
    const band: string[][] = [top];
    while (band.length < MAX_HEADER_ROWS) {
      const next = rows[i + band.length]?.cells;
      if (!next || !isSubHeader(band, next, custom)) break;
      band.push(next);
    }
    const fields = headerFields(band, custom);
    if (fields.has("name") && fields.size >= 3) return { start: i, rows: band.length as 1 | 2 | 3 };
  }
  return null;
}

const NAME_LABEL = ALIASES.find(([f]) => f === "name")![1];

/** Whether a row is a header row of its own (a second table's header under the first table). */
export function isHeaderRow(cells: readonly string[], custom: Record<string, string>, customNames: readonly string[] = []): boolean {
  // Cheap test first, as it runs on every row: one cell is the project-name label (项目名称, 工程名称, or a custom name).
  let named = false;
  for (const c of cells) {
    if (c === "" || c.length > 12) continue;
    // 项目名称, 项目名, 工程名称 hold 名; 项目 and 工程项目 are the others.
    const maybe = c.includes("名") || c.includes("项目") || customNames.length > 0;
    if (maybe && (NAME_LABEL.test(normaliseLabel(c)) || customNames.includes(normaliseLabel(c)))) {
      named = true;
      break;
    }
  }
  if (!named) return false;
  const fields = headerFields([cells], custom);
  return fields.has("name") && fields.size >= 3;
}

/** Custom header names (site.yaml's columns) that name the project column. */
export function customNameLabels(custom: Record<string, string>): string[] {
  return Object.entries(custom).filter(([, f]) => f === "name").map(([k]) => normaliseLabel(k));
}

function isSubHeader(band: readonly string[][], next: readonly string[], custom: Record<string, string>): boolean {
  const texts = rowTexts([...next]);
  if (texts.length === 0) return false;
  const above = mapColumns(flattenHeader(band), custom);
  const nameIndex = above.find((c) => c.field === "name")?.index;
  if (nameIndex !== undefined && (next[nameIndex] ?? "").trim() !== "") return false;
  if (texts.some((t) => parseNumber(t).kind === "value" || isGroupLabel(t) || isTotalLabel(t) || isNoteText(t))) return false;
  // At least one label of the new row must name a field by itself or joined with the labels
  // above it; a parent alone naming one proves nothing (a group label under 序号 would pass).
  const paths = flattenHeader([...band, next]);
  return next.some((cell, c) => {
    if (cell.trim() === "") return false;
    const path = paths[c] ?? [];
    const leaf = cell.trim();
    if (aliasField(labelFacts(leaf)) !== null || custom[leaf] !== undefined) return true;
    for (let k = path.length - 2; k >= 0; k--) if (aliasField(labelFacts(path.slice(k).join(""))) !== null) return true;
    return false;
  });
}
