import type { SiteConfig } from "../config/siteConfigSchema.ts";
import { inspectTable } from "./inspectTable.ts";
import type { Issue } from "../common/issue.ts";
import { monthOfTable, type TableMonth } from "./monthOfTable.ts";
import type { Snapshot } from "./model.ts";
import { SNAPSHOT_EXTENSIONS } from "./readGrid.ts";
import { monthOfFile, readSnapshot } from "./readSnapshot.ts";
import { sortIssues } from "./report.ts";

export interface ImportInput {
  /** The file as the user named it ("2026年1-10月重点项目调度表.xlsx"), for messages and the month. */
  file: string;
  bytes: Uint8Array;
  config: SiteConfig;
  /** `--month YYYY-MM`, which wins over what the file says. */
  month?: string | null;
  /** File names already in snapshots/. */
  existing: readonly string[];
  /** `--replace`: the month's existing files give way. */
  replace: boolean;
}

export type ImportRefusal = "unreadable" | "no-month" | "bad-month-option" | "invalid" | "exists";

export interface ImportPlan {
  /** Why nothing is written, or null when the file is to be written. */
  refusal: ImportRefusal | null;
  month: TableMonth | null;
  /** The name in snapshots/ ("2026-10.xlsx"). */
  target: string | null;
  /** Files of the same month already in snapshots/ (refused without --replace; removed with it). */
  clashes: string[];
  /** The table as read and validated under the month found. */
  snapshot: Snapshot | null;
  issues: Issue[];
}

/**
 * Plan the import of a file people named their way: read it, work out its month (the
 * `--month` option, else the file name, the title, the header), validate it as that month's
 * snapshot, and choose its name in snapshots/ (the month and the file's own kind: a workbook
 * stays a workbook). Nothing existing is replaced without `replace`. Pure: the caller reads
 * and writes the files.
 */
export function planImport(input: ImportInput): ImportPlan {
  const none = { month: null, target: null, clashes: [], snapshot: null } as const;
  if (input.month && !/^\d{4}-(0[1-9]|1[0-2])$/.test(input.month)) return { ...none, clashes: [], refusal: "bad-month-option", issues: [] };
  const front = inspectTable(input.file, input.bytes, input.config);
  if (!front.table) return { ...none, clashes: [], refusal: "unreadable", issues: sortIssues(front.issues) };
  const month = monthOfTable({ option: input.month ?? null, fileName: input.file, title: front.table.title, columns: front.table.columns });
  if (month.month === null) return { ...none, clashes: [], month, refusal: "no-month", issues: [] };

  const read = readSnapshot({ file: input.file, bytes: input.bytes, month: month.month }, input.config);
  const issues = sortIssues(read.issues);
  const ext = extensionFor(input.file, front.table.format);
  const target = `${month.month}.${ext}`;
  const clashes = input.existing.filter((n) => monthOfFile(n) === month.month).sort();
  const refusal: ImportRefusal | null = issues.some((i) => i.severity === "error") || !read.snapshot ? "invalid" : clashes.length > 0 && !input.replace ? "exists" : null;
  return { refusal, month, target, clashes, snapshot: read.snapshot, issues };
}

/** The file's extension when it is a snapshot's, else the one its content calls for. */
function extensionFor(file: string, format: string): string {
  const ext = /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase() ?? "";
  if ((SNAPSHOT_EXTENSIONS as readonly string[]).includes(ext) && (ext === format || (format === "html" && ext === "xls") || (format === "xls" && ext === "et"))) return ext;
  return format === "html" ? "xls" : format;
}
