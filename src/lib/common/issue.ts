import { z } from "zod";

/**
 * A validation issue: one problem in one place. The loader collects every issue in every
 * file before anything stops (SPEC §3.4); `formatIssue` renders it in the site's language.
 */
export const IssueCodeSchema = z.enum([
  // errors
  "not-a-number",
  "excel-error",
  "missing-value",
  "month-mismatch",
  "year-mismatch",
  "duplicate-project",
  "missing-column",
  "empty-file",
  "no-header",
  "bad-file-name",
  "duplicate-month",
  "no-snapshots",
  "unknown-nature",
  "unknown-status",
  "config",
  "config-column-field",
  "unreadable-file",
  "edition-altered",
  "edition-snapshot-altered",
  "edition-invalid",
  "geo-invalid",
  "unreadable-workbook",
  "sheet-not-found",
  "not-progress-table",
  "photo-bad-name",
  "photo-format",
  "photo-unreadable",
  "photo-unknown-project",
  "photo-month",
  "photo-duplicate",
  "edition-photo-missing",
  // errors or warnings, by configuration
  "totals-mismatch",
  // warnings
  "bad-date",
  "bad-period",
  "bad-boolean",
  "negative-amount",
  "ytd-exceeds-cumulative",
  "unknown-column",
  "replacement-characters",
  "project-renamed",
  "project-appeared",
  "project-disappeared",
  "district-renamed",
  "no-totals-row",
  "geo-unknown-district",
  "several-tables",
  "second-table",
  "title-month-mismatch",
  "temporary-file",
  "photo-caption-orphan",
]);
export type IssueCode = z.output<typeof IssueCodeSchema>;

export const IssueSchema = z.object({
  severity: z.enum(["error", "warning"]),
  code: IssueCodeSchema,
  /** Path as the user would type it, relative to the working directory. */
  file: z.string().nullable(),
  /** 1-based line of the row in the file. */
  line: z.number().int().min(1).nullable(),
  /** Header label of the column (or a site.yaml key). */
  column: z.string().nullable(),
  /** The offending value, as written. */
  value: z.string().nullable(),
  /** In a workbook: the sheet and cell ("调度表!F12"), where it helps to find the value. */
  cell: z.string().optional(),
  /** Extra facts for the message (expected month, the sum, the other line…). */
  detail: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type Issue = z.output<typeof IssueSchema>;
export type IssueInput = z.input<typeof IssueSchema>;

/** Build an issue with nulls for what is not known. */
export function issue(
  severity: Issue["severity"],
  code: IssueCode,
  where: { file?: string | null; line?: number | null; column?: string | null; value?: string | null; cell?: string | null },
  detail: Issue["detail"] = {},
): Issue {
  const out: Issue = {
    severity,
    code,
    file: where.file ?? null,
    line: where.line ?? null,
    column: where.column ?? null,
    value: where.value ?? null,
    detail,
  };
  if (where.cell) out.cell = where.cell;
  return out;
}
