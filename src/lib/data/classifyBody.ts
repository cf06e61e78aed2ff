import { classifyRow } from "./classifyRow.ts";
import type { BodyRow } from "./fillCells.ts";
import type { GridRow } from "./grid.ts";
import { enterGroup, groupHeading, type GroupHeading } from "./groupRows.ts";

export interface ClassifiedBody {
  body: BodyRow[];
  /** Every group heading, in order. */
  headings: GroupHeading[];
  /** The headings each project row sits under, outermost first. */
  under: Map<GridRow, GroupHeading[]>;
}

/**
 * Classify the rows under the header (see `classifyRow`): once a note starts, the rest are
 * notes (a 合计 row after them stays a total); group and total rows end a segment (cells
 * never continue a merge across them); group headings are tracked, so each project row knows
 * the groups it sits under.
 */
export function classifyBody(rows: readonly GridRow[], labelIndexes: number[], textIndexes: number[]): ClassifiedBody {
  const body: BodyRow[] = [];
  const under = new Map<GridRow, GroupHeading[]>();
  const headings: GroupHeading[] = [];
  let stack: GroupHeading[] = [];
  let segment = 0;
  let inNotes = false;
  for (const row of rows) {
    let kind = classifyRow(row.cells, labelIndexes, textIndexes);
    if (kind === "note" || (inNotes && kind !== "blank" && kind !== "total")) {
      inNotes = true;
      kind = "note";
    }
    if (kind === "group" || kind === "total") segment += 1;
    if (kind === "group") {
      const h = groupHeading(row.cells, row.line);
      if (h) {
        headings.push(h);
        stack = enterGroup(stack, h);
      }
    } else if (kind === "candidate") under.set(row, stack);
    body.push({ row, kind, segment });
  }
  return { body, headings, under };
}
