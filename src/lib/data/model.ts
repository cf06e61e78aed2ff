import { z } from "zod";

/**
 * The typed model: what the loader produces and everything downstream reads.
 * Amounts are always in 万元. Months are "YYYY-MM". `null` means "not given".
 */

export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM");
export type Month = z.output<typeof MonthSchema>;

/** Plan status at the start of the year (建设性质). */
export const NatureSchema = z.enum([
  "new", // 新开工 / 新建
  "continuing", // 续建
  "completing", // 竣工 / 竣工投产: planned to finish this year
  "preparatory", // 前期 / 预备 / 储备
]);
export type Nature = z.output<typeof NatureSchema>;

/** Actual status at month end (项目状态). */
export const StatusSchema = z.enum([
  "not-started", // 未开工 / 前期
  "under-construction", // 已开工 / 在建
  "completed", // 已竣工 / 已投产
  "suspended", // 停工 / 停缓建
]);
export type Status = z.output<typeof StatusSchema>;

/** Construction period (建设起止年限); months are null when only years are given. */
export const PeriodSchema = z.object({
  startYear: z.number().int(),
  startMonth: z.number().int().min(1).max(12).nullable(),
  endYear: z.number().int(),
  endMonth: z.number().int().min(1).max(12).nullable(),
});
export type Period = z.output<typeof PeriodSchema>;

/** Where a value came from: the file and the 1-based line of its row. */
export const SourceSchema = z.object({ file: z.string(), line: z.number().int().min(1) });
export type Source = z.output<typeof SourceSchema>;

/** One project's row in one month's table. */
export const ProjectStateSchema = z.object({
  month: MonthSchema,
  /** Stable identity across months ("id:…" or "name:…|district"). */
  key: z.string().min(1),
  id: z.string().nullable(),
  name: z.string().min(1),
  district: z.string().min(1),
  category: z.string().nullable(),
  nature: NatureSchema.nullable(),
  status: StatusSchema.nullable(),
  content: z.string().nullable(),
  period: PeriodSchema.nullable(),
  totalInvestment: z.number().nullable(),
  annualPlan: z.number().nullable(),
  ytdCompleted: z.number().nullable(),
  /** The project's own schedule to date (1-10月计划投资, 序时计划), when the table gives it. Older published records have no such field. */
  ytdPlanned: z.number().nullable(),
  cumulativeCompleted: z.number().nullable(),
  monthCompleted: z.number().nullable(),
  progressText: z.string().nullable(),
  problems: z.string().nullable(),
  owner: z.string().nullable(),
  leadDepartment: z.string().nullable(),
  leader: z.string().nullable(),
  privateInvestment: z.boolean().nullable(),
  /** 用地面积, 亩. */
  landArea: z.number().nullable(),
  plannedStart: MonthSchema.nullable(),
  actualStart: MonthSchema.nullable(),
  plannedEnd: MonthSchema.nullable(),
  actualEnd: MonthSchema.nullable(),
  longitude: z.number().nullable(),
  latitude: z.number().nullable(),
  remarks: z.string().nullable(),
  source: SourceSchema,
});
export type ProjectState = z.output<typeof ProjectStateSchema>;

/** A project across months. Descriptive fields are taken from its latest month. */
export const ProjectSchema = z.object({
  key: z.string().min(1),
  id: z.string().nullable(),
  /** URL-safe, stable, independent of row order. */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  district: z.string().min(1),
  category: z.string().nullable(),
  /** Every name the project has had, oldest first (renames are data-quality findings). */
  names: z.array(z.string()),
  months: z.array(MonthSchema),
});
export type Project = z.output<typeof ProjectSchema>;

export const ColumnMappingSchema = z.object({
  /** 0-based column index in the file. */
  index: z.number().int().min(0),
  /** Column letter as Excel shows it (A, B, … AA). */
  letter: z.string(),
  /** The flattened header label ("1-10月完成投资/占年度计划(%)"). */
  label: z.string(),
  /** The field it maps to, or null for an unlabelled or unknown helper column. */
  field: z.string().nullable(),
  /** "group-rows" for a field the table has no column for, read from its group rows (一、青岚区（19个）). */
  from: z.literal("group-rows").optional(),
});
export type ColumnMapping = z.output<typeof ColumnMappingSchema>;

export const SkippedRowSchema = z.object({
  line: z.number().int().min(1),
  /** "other-table": a row of a second table stacked under the first in the same sheet, not read. */
  reason: z.enum(["blank", "group", "total", "note", "title", "header", "unit", "other-table"]),
  text: z.string(),
});
export type SkippedRow = z.output<typeof SkippedRowSchema>;

/**
 * Something the loader did with what the user gave that is neither an error nor a warning,
 * listed in the validation report so that nothing is done silently: a sheet read or skipped,
 * cells filled from a merge or from the row above, a field read from group rows, a packaged
 * project's rows joined.
 */
export const NoticeSchema = z.object({
  code: z.enum(["format-differs", "sheet-read", "sheet-skipped", "merge-filled", "blank-filled", "group-field", "package", "helper-column"]),
  /** 1-based lines concerned, ascending (none for the whole file). */
  lines: z.array(z.number().int().min(1)),
  /** Header label of the column concerned. */
  column: z.string().nullable(),
  value: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type Notice = z.output<typeof NoticeSchema>;

/** One snapshot file, as understood. */
export const SnapshotSchema = z.object({
  month: MonthSchema,
  file: z.string(),
  /** What the file is (by its bytes): CSV text, an .xlsx workbook, a BIFF8 .xls or WPS .et workbook, an HTML table. */
  format: z.enum(["csv", "xlsx", "xls", "et", "html"]).optional(),
  /** The worksheet read, for a workbook. */
  sheet: z.string().nullable().optional(),
  /** CSV text encoding; "utf-8" for .xlsx, "utf-16le" for BIFF8 and HTML. */
  encoding: z.enum(["utf-8", "utf-8-bom", "gb18030", "utf-16le"]),
  /** SHA-256 of the file's bytes, to tell when a published month's file changed. */
  sha256: z.string(),
  /** The title row's text, when there is one. */
  title: z.string().nullable(),
  /** 1-based lines of the header row(s). */
  headerLines: z.array(z.number().int().min(1)),
  /** Unit the file's amounts were written in, and where that was read. */
  unit: z.string(),
  unitSource: z.enum(["header", "unit-row", "config"]),
  columns: z.array(ColumnMappingSchema),
  /** How projects are matched to other months. */
  matchedBy: z.enum(["id", "name-and-district"]),
  states: z.array(ProjectStateSchema),
  skipped: z.array(SkippedRowSchema),
  /** Absent in models built by hand (tests); the loader always lists them. */
  notices: z.array(NoticeSchema).optional(),
});
export type Snapshot = z.output<typeof SnapshotSchema>;

/**
 * A site photo (data/photos/<project id>/YYYY-MM[-n].jpg|png|webp), matched to its project and
 * month by the loader. The bytes stay on disk; the build reads them again (by `file`) only to
 * make the published copies, and `sha256` names them.
 */
export const PhotoSchema = z.object({
  /** The project's key (as ProjectState.key). */
  key: z.string().min(1),
  month: MonthSchema,
  /** 1 for YYYY-MM.jpg, 2 for YYYY-MM-2.jpg… */
  n: z.number().int().min(1),
  /** The file as the user would type it (data/photos/XW2026-001/2026-09.jpg). */
  file: z.string(),
  /** Its path under photos/ ("XW2026-001/2026-09.jpg"), the same wherever the data folder is. */
  path: z.string(),
  /** The text of the .txt file of the same name, when there is one. */
  caption: z.string().nullable(),
  /** SHA-256 of the file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** What the bytes are (whatever the extension says). */
  format: z.enum(["jpeg", "png", "webp"]),
  /** Pixels as shown, after the EXIF orientation is applied (a portrait phone photo is taller than wide). */
  width: z.number().int().min(1),
  height: z.number().int().min(1),
});
export type Photo = z.output<typeof PhotoSchema>;

export const ProgrammeSchema = z.object({
  title: z.string(),
  region: z.string().nullable(),
  /** Months with a snapshot, ascending. Gaps are allowed. */
  months: z.array(MonthSchema),
  /** District names in display order. */
  districts: z.array(z.string()),
  /** Category names in display order. */
  categories: z.array(z.string()),
  projects: z.array(ProjectSchema),
  snapshots: z.array(SnapshotSchema),
  /** Site photos by project key, month and number (absent in models built by hand). */
  photos: z.array(PhotoSchema).optional(),
});
export type Programme = z.output<typeof ProgrammeSchema>;
