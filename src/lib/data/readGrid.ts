import { csvRecords } from "./csvRecords.ts";
import { decode, type Encoding } from "./decode.ts";
import type { Grid } from "./grid.ts";
import { issue, type Issue } from "../common/issue.ts";
import type { Notice } from "./model.ts";
import { readWorkbook } from "./readWorkbook.ts";

/** What a snapshot file really is, whatever its name says. */
export type FileFormat = "csv" | "xlsx" | "xls" | "et" | "html";

export interface GridSheet {
  /** The worksheet's name; null for a CSV file. */
  name: string | null;
  hidden: boolean;
  grid: Grid;
}

export interface GridFile {
  format: FileFormat;
  /** The text encoding of a CSV file; "utf-8" for .xlsx (XML), "utf-16le" for BIFF8 (.xls, .et) and HTML. */
  encoding: Encoding;
  sheets: GridSheet[];
}

/** The extensions a snapshot may have. */
export const SNAPSHOT_EXTENSIONS = ["csv", "xlsx", "xls", "et"] as const;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isCfb = (b: Uint8Array) => CFB.every((x, i) => b[i] === x);

function extensionOf(file: string): string {
  return /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase() ?? "";
}

/** Whether the bytes start like an HTML table (what some systems save as .xls). */
function isHtml(b: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(b.subarray(0, 512)).replace(/^\ufeff/, "").trimStart().toLowerCase();
  return head.startsWith("<") && /<(html|table|!doctype|meta|\?xml)/.test(head);
}

/**
 * Read a snapshot's bytes into grids, by what the bytes are rather than by the file's
 * extension: a zip is an .xlsx workbook, a compound file an .xls or WPS .et workbook (BIFF8),
 * an HTML table is read as a workbook too, anything else is CSV text (UTF-8 or GB18030).
 * A file whose extension says otherwise is read all the same and the report says so.
 */
export function readGrid(file: string, bytes: Uint8Array): { file: GridFile | null; issues: Issue[]; notices: Notice[] } {
  const ext = extensionOf(file);
  const notices: Notice[] = [];
  const workbook = isZip(bytes) ? "xlsx" : isCfb(bytes) ? (ext === "et" ? "et" : "xls") : isHtml(bytes) ? "html" : null;
  if (workbook !== null) {
    const read = readWorkbook(bytes);
    if (!read.ok) return { file: null, issues: [issue("error", "unreadable-workbook", { file }, { problem: read.problem, reason: read.reason, format: workbook })], notices };
    if (workbook !== ext && !(workbook === "html" && ext === "xls")) notices.push(formatNotice(ext, workbook));
    const encoding: Encoding = workbook === "xlsx" ? "utf-8" : "utf-16le";
    return { file: { format: workbook, encoding, sheets: read.sheets.map((s) => ({ name: s.name, hidden: s.hidden, grid: s.grid })) }, issues: [], notices };
  }

  const issues: Issue[] = [];
  const { text, encoding } = decode(bytes);
  if (text.trim() === "") return { file: null, issues: [issue("error", "empty-file", { file })], notices };
  if (encoding === "gb18030" && text.includes("\ufffd")) issues.push(issue("warning", "replacement-characters", { file }));
  if (ext !== "csv" && ext !== "") notices.push(formatNotice(ext, "csv"));
  // Text saved under a workbook's name is often tab-separated (what web systems export as .xls).
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  const delimiter = ext !== "csv" && firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const { records, unterminatedQuoteLine } = csvRecords(text, delimiter);
  if (unterminatedQuoteLine !== null) issues.push(issue("error", "unreadable-file", { file, line: unterminatedQuoteLine }, { reason: "quote" }));
  return { file: { format: "csv", encoding, sheets: [{ name: null, hidden: false, grid: { rows: records, merges: [] } }] }, issues, notices };
}

function formatNotice(ext: string, format: FileFormat): Notice {
  return { code: "format-differs", lines: [], column: null, value: ext, detail: { format } };
}
