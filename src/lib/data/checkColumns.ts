import { REQUIRED_FIELDS, type Field } from "./fields.ts";
import { issue, type Issue } from "../common/issue.ts";
import type { Column } from "./mapColumns.ts";

/** Fields whose header may name the table's year and month. */
const DATED: ReadonlySet<Field> = new Set(["annualPlan", "ytdCompleted", "ytdPlanned", "ytdPercent", "monthCompleted"]);

/**
 * Check a table's columns: a table without a year-to-date column is not a progress table (a
 * plan or a reserve list: one message saying so); then the other required columns (the
 * district may come from group rows, checked by `checkDistrict` once they are read), years
 * and months in headers against the file's month, duplicate and unknown columns. A second
 * column of the same field is ignored (its `field` is set to null).
 */
export function checkColumns(file: string, month: string, columns: Column[], line: number): Issue[] {
  const issues: Issue[] = [];
  const has = (f: Field) => columns.some((c) => c.field === f);
  if (!has("ytdCompleted")) {
    const found = columns.filter((c) => c.field !== null && c.field !== "serial").map((c) => `「${c.label}」`);
    const kind = has("annualPlan") ? "plan" : "reserve";
    return [issue("error", "not-progress-table", { file, line }, { kind, found: found.slice(0, 6).join("") })];
  }
  const [year, m] = month.split("-").map(Number) as [number, number];
  for (const field of REQUIRED_FIELDS) {
    if (field === "district" || field === "ytdCompleted") continue;
    if (!has(field)) issues.push(issue("error", "missing-column", { file, line }, { field }));
  }
  const seen = new Map<Field, Column>();
  for (const c of columns) {
    if (c.field === null) {
      if (c.label !== "") issues.push(issue("warning", "unknown-column", { file, line, column: c.label, value: c.label }, { letter: c.letter }));
      continue;
    }
    const first = seen.get(c.field);
    if (first && c.field !== "serial") {
      issues.push(issue("warning", "unknown-column", { file, line, column: c.label, value: c.label }, { letter: c.letter, duplicateOf: first.label }));
      c.field = null;
      continue;
    }
    seen.set(c.field, c);
    if (!DATED.has(c.field)) continue;
    if (c.facts.year !== null && c.facts.year !== year)
      issues.push(issue("error", "year-mismatch", { file, line, column: c.label, value: String(c.facts.year) }, { expected: year, month }));
    if (c.facts.monthTo !== null && c.facts.monthTo !== m)
      issues.push(issue("error", "month-mismatch", { file, line, column: c.label, value: `${c.facts.monthTo}` }, { expected: m, month }));
  }
  return issues;
}

/** The district column, or group rows naming districts, is required. */
export function checkDistrict(file: string, columns: readonly Column[], line: number): Issue | null {
  return columns.some((c) => c.field === "district") ? null : issue("error", "missing-column", { file, line }, { field: "district", groups: 1 });
}
