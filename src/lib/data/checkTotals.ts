import { AMOUNT_FIELDS } from "./fields.ts";
import { issue, type Issue } from "../common/issue.ts";
import type { Column } from "./mapColumns.ts";
import type { RowValues } from "./readRow.ts";

/**
 * Compare each 合计 row with the sum of the project rows, column by column. Rounded cells
 * make small differences normal, so a total disagrees only beyond half a unit of the last
 * place (of the file's unit, two decimals) per row summed.
 */
export function checkTotals(
  file: string,
  rows: RowValues[],
  totals: RowValues[],
  columns: Column[],
  wanPerUnit: (column: Column) => number,
  severity: "error" | "warning",
): Issue[] {
  const issues: Issue[] = [];
  for (const total of totals) {
    for (const field of AMOUNT_FIELDS) {
      const stated = total.amounts[field];
      if (stated === undefined) continue;
      const values = rows.map((r) => r.amounts[field]).filter((v): v is number => v !== undefined);
      const sum = values.reduce((a, b) => a + b, 0);
      const column = columns.find((c) => c.field === field)!;
      const tolerance = Math.max(0.01, 0.005 * values.length * wanPerUnit(column));
      if (Math.abs(sum - stated) > tolerance) {
        issues.push(
          issue(severity, "totals-mismatch", { file, line: total.line, column: column.label, value: round(stated) }, { sum: round(sum), rows: values.length, difference: round(stated - sum) }),
        );
      }
    }
  }
  return issues;
}

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}
