import Papa from "papaparse";
import type { GridRow } from "./grid.ts";

export { columnLetter } from "./grid.ts";

/** A CSV record with the 1-based line where it starts (a quoted cell may span lines): a grid row without typed values. */
export type CsvRecord = GridRow;

/** Split decoded text into records, keeping blank lines so that line numbers stay true. */
export function csvRecords(text: string, delimiter = ","): { records: CsvRecord[]; unterminatedQuoteLine: number | null } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
  const records: CsvRecord[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    records.push({ line, cells });
    line += 1;
    for (const cell of cells) for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) line += 1;
  }
  // A file ending on a newline yields one empty record after it; it is not a row.
  const last = records.at(-1);
  if (last && last.cells.length === 1 && last.cells[0] === "") records.pop();
  const quote = parsed.errors.find((e) => e.type === "Quotes");
  const quoteRecord = quote?.row !== undefined ? records[quote.row] : undefined;
  return { records, unterminatedQuoteLine: quote ? (quoteRecord?.line ?? line) : null };
}
