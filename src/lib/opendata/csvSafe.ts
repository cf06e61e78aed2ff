/**
 * CSV for people who open it in Excel: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark
 * (without it Excel on Chinese Windows reads UTF-8 as GBK and shows mojibake), and text that a
 * spreadsheet would run as a formula (CSV injection) defused with a leading apostrophe.
 */

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number, which stays a number even when negative ("-5", "-0.5"). */
const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** A number as plain decimal digits: no exponent ("1e-7" → "0.0000001"), nothing for NaN/∞. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Math.abs(n) >= 1e21) return BigInt(Math.round(n)).toString();
  return n.toFixed(20).replace(/\.?0+$/, "");
}

/** Text that cannot run as a formula: a leading `'` before = + - @ tab CR, unless it is a plain number. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One field: formula-defused, then quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? numberText(value) : typeof value === "boolean" ? String(value) : defuseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table: BOM, a header row, one row per item, CRLF after every row. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return [...csvChunks(columns, rows)].join("");
}

/** The same text in pieces: the BOM and header row, then one row at a time. */
export function* csvChunks<T>(columns: readonly CsvColumn<T>[], rows: Iterable<T>): Generator<string> {
  yield `\uFEFF${columns.map((c) => csvCell(c.header)).join(",")}\r\n`;
  for (const row of rows) yield `${columns.map((c) => csvCell(c.value(row))).join(",")}\r\n`;
}
