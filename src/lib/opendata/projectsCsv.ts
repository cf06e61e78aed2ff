import type { EditionContent } from "../editions/content.ts";
import { csvChunks, toCsv, type CsvColumn } from "./csvSafe.ts";
import { csvFields, type EditionProject } from "./projectFields.ts";

/**
 * The edition's project table as CSV, in the table's own words (Chinese headers, 新开工/在建,
 * 是/否, amounts in 万元), so that saved as `snapshots/YYYY-MM.csv` the project's loader reads it
 * back to the same rows. Row order is the table's. The own-schedule column (1-M月计划投资) is there
 * only when the month's table gave it.
 */
export function projectsCsv(content: EditionContent): string {
  return toCsv(projectColumns(content), content.projects);
}

/** The same text in pieces, a row at a time (for writing a large edition's file). */
export function projectsCsvChunks(content: EditionContent): Iterable<string> {
  return csvChunks(projectColumns(content), content.projects);
}

function projectColumns(content: EditionContent): Array<CsvColumn<EditionProject>> {
  // The own-schedule column only when the month's table gave one (older records have no such field).
  const scheduled = content.projects.some((p) => p.ytdPlanned !== null && p.ytdPlanned !== undefined);
  const fields = csvFields(content.month).filter((f) => f.json !== "ytdPlanned" || scheduled);
  return fields.map((f) => ({
    header: f.header,
    value: f.cell ?? ((p) => p[f.json] as string | number | boolean | null),
  }));
}
