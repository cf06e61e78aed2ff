import Papa from "papaparse";

/** A CSV record with the 1-based line where it starts (a quoted cell may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Split decoded text into records, keeping blank lines so that line numbers stay true. */
export function csvRecords(text: string): { records: CsvRecord[]; unterminatedQuoteLine: number | null } {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: "," });
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

/** Excel's column letter for a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
