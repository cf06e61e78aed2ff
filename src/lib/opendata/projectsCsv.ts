import type { EditionContent } from "../editions/content.ts";
import { toCsv, type CsvColumn } from "./csvSafe.ts";
import { csvFields, type EditionProject } from "./projectFields.ts";

/**
 * The edition's project table as CSV, in the table's own words (Chinese headers, 新开工/在建,
 * 是/否, amounts in 万元), so that saved as `snapshots/YYYY-MM.csv` the project's loader reads it
 * back to the same rows. Row order is the table's.
 */
export function projectsCsv(content: EditionContent): string {
  const columns: Array<CsvColumn<EditionProject>> = csvFields(content.month).map((f) => ({
    header: f.header,
    value: f.cell ?? ((p) => p[f.json] as string | number | boolean | null),
  }));
  return toCsv(columns, content.projects);
}
