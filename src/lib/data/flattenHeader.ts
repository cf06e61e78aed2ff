import type { MergeRange } from "./grid.ts";

/**
 * Flatten a header of one to three rows into one label path per column, outermost first:
 * `投资情况` over `2026年度` over `计划投资` gives ["投资情况", "2026年度", "计划投资"]. A label
 * may sit in any row; a column's blank cells are skipped and a label repeated down a vertical
 * merge counts once.
 *
 * A parent merged over its children is their parent. In a workbook the merged ranges say so
 * exactly (`merges`, in lines, with `firstLine` the header's first line). A CSV export writes a
 * merged parent once, in its first column, and leaves the cells to its right blank; without
 * merges, a blank cell over labelled cells inherits the label to its left when the column to
 * its left has labels below too and both share their parents.
 */
export function flattenHeader(rows: readonly (readonly string[])[], merges: readonly MergeRange[] = [], firstLine = 1): string[][] {
  const n = rows.length;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const grid = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? "").trim()));
  const lastLine = firstLine + n - 1;

  let merged = false;
  for (const m of merges) {
    if (m.bottom < firstLine || m.top > lastLine || m.top < firstLine) continue;
    const text = grid[m.top - firstLine]![m.left]!;
    merged = true;
    for (let line = m.top; line <= Math.min(m.bottom, lastLine); line++)
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++) grid[line - firstLine]![c] = text;
  }

  if (!merged && n > 1) {
    const hasBelow = (c: number, r: number) => {
      for (let k = r + 1; k < n; k++) if (grid[k]![c] !== "") return true;
      return false;
    };
    for (let r = 0; r < n - 1; r++) {
      const row = grid[r]!;
      for (let c = 1; c < width; c++) {
        if (row[c] !== "" || row[c - 1] === "" || !hasBelow(c, r) || !hasBelow(c - 1, r)) continue;
        if (r > 0 && grid[r - 1]![c] !== grid[r - 1]![c - 1]) continue;
        row[c] = row[c - 1]!;
      }
    }
  }

  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (let r = 0; r < n; r++) {
      const t = grid[r]![c]!;
      if (t !== "" && t !== path.at(-1)) path.push(t);
    }
    paths.push(path);
  }
  return paths;
}
