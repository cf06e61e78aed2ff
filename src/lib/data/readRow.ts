import type { MoneyUnit, SiteConfig } from "../config/siteConfigSchema.ts";
import { cellAddress, type CellValue, type GridRow } from "./grid.ts";
import { AMOUNT_FIELDS, NEEDED_CELLS, type AmountField, type Field } from "./fields.ts";
import { issue, type Issue, type IssueCode } from "../common/issue.ts";
import type { Column } from "./mapColumns.ts";
import type { ProjectState } from "./model.ts";
import { cleanName, cleanText, nameKey } from "./normalise.ts";
import { parseBoolean, parseMonth, parseNature, parseNumber, parsePeriod, parseStatus, type Parsed } from "./parseCell.ts";
import { columnUnit, toWan } from "./units.ts";

export interface RowContext {
  file: string;
  month: string;
  columns: Column[];
  /** The first column of each field. */
  byField: Map<Field, Column>;
  rowUnit: MoneyUnit | null;
  config: SiteConfig;
  /** The worksheet, for cell addresses in messages (null for a CSV file). */
  sheet: string | null;
}

export interface RowValues {
  line: number;
  /** The project, or null when a needed cell is unusable (the issues say why). */
  state: ProjectState | null;
  /** Amounts in 万元, for checking a 合计 row against its rows. */
  amounts: Partial<Record<AmountField, number>>;
  /** Only label cells are filled: a group heading, not a project. */
  groupLike: boolean;
  /** Fields whose cell the loader filled (from a merge or the row above), not the row's own. */
  filled?: ReadonlySet<Field>;
}

const LABEL_FIELDS: ReadonlySet<Field | null> = new Set(["serial", "id", "name", null]);
const NEEDED: ReadonlySet<Field> = new Set(NEEDED_CELLS);

/** How each field's cell is parsed, what an unusable one is called, and how serious it is. */
const PARSERS = {
  nature: [parseNature, "unknown-nature", "error"],
  status: [parseStatus, "unknown-status", "error"],
  period: [parsePeriod, "bad-period", "warning"],
  plannedStart: [parseMonth, "bad-date", "warning"],
  actualStart: [parseMonth, "bad-date", "warning"],
  plannedEnd: [parseMonth, "bad-date", "warning"],
  actualEnd: [parseMonth, "bad-date", "warning"],
  landArea: [parseNumber, "not-a-number", "warning"],
  longitude: [parseNumber, "not-a-number", "warning"],
  latitude: [parseNumber, "not-a-number", "warning"],
  // derived from plan and completed; read only to report a broken cell
  ytdPercent: [parseNumber, "not-a-number", "warning"],
  privateInvestment: [parseBoolean, "bad-boolean", "warning"],
  finished: [parseBoolean, "bad-boolean", "warning"],
} as const satisfies Partial<Record<Field, readonly [(raw: string | undefined, typed?: CellValue) => Parsed<unknown>, IssueCode, Issue["severity"]]>>;
type ParsedField = keyof typeof PARSERS;
type ParsedValue<F extends ParsedField> = ReturnType<(typeof PARSERS)[F][0]> extends Parsed<infer T> ? T : never;

/** Reads cells of one row and records what is wrong with them. */
class RowReader {
  fatal = false;
  constructor(
    readonly record: GridRow,
    readonly ctx: RowContext,
    readonly issues: Issue[],
    readonly totalRow: boolean,
  ) {}

  raw(f: Field): string | undefined {
    const c = this.ctx.byField.get(f);
    return c ? this.record.cells[c.index] : undefined;
  }

  typed(f: Field): CellValue | undefined {
    const values = this.record.values;
    if (values === undefined) return undefined;
    const c = this.ctx.byField.get(f);
    return c ? values[c.index] : undefined;
  }

  report(severity: Issue["severity"], code: IssueCode, f: Field, value: string): void {
    // A broken cell in a 合计 row only weakens the totals check; the projects are intact.
    if (this.totalRow) severity = "warning";
    if (severity === "error") this.fatal = true;
    const col = this.ctx.byField.get(f);
    const cell = this.ctx.sheet !== null && col && col.from === undefined ? `${this.ctx.sheet}!${cellAddress(col.index, this.record.line)}` : null;
    const detail: Issue["detail"] = col?.from === "group-rows" ? { field: f, fromGroups: 1 } : { field: f };
    this.issues.push(issue(severity, code, { file: this.ctx.file, line: this.record.line, column: col?.label ?? f, value, cell }, detail));
  }

  /** Unpack a parsed cell, reporting an unusable one; "empty" and bad cells give null. */
  take<T>(f: Field, parsed: Parsed<T>, badCode: IssueCode, badSeverity: Issue["severity"]): T | null {
    if (parsed.kind === "value") return parsed.value;
    if (parsed.kind === "excel-error") this.report(NEEDED.has(f) ? "error" : "warning", "excel-error", f, parsed.raw);
    else if (parsed.kind === "invalid") this.report(badSeverity, badCode, f, parsed.raw);
    return null;
  }

  parsed<F extends ParsedField>(f: F): ParsedValue<F> | null {
    if (!this.ctx.byField.has(f)) return null;
    const [parse, code, severity] = PARSERS[f];
    return this.take(f, parse(this.raw(f), this.typed(f)) as Parsed<ParsedValue<F>>, code, severity);
  }

  amounts(): Partial<Record<AmountField, number>> {
    const out: Partial<Record<AmountField, number>> = {};
    for (const f of AMOUNT_FIELDS) {
      const c = this.ctx.byField.get(f);
      if (!c) continue;
      const raw = this.record.cells[c.index];
      const value = this.take(f, parseNumber(raw, this.record.values?.[c.index]), "not-a-number", "error");
      if (value === null) continue;
      out[f] = toWan(value, columnUnit(c, this.ctx.rowUnit, this.ctx.config));
      if (value < 0 && !this.totalRow) this.report("warning", "negative-amount", f, (raw ?? "").trim());
    }
    return out;
  }
}

/** The district's display name: config aliases resolve to the listed name. */
function districtName(raw: string, config: SiteConfig): string {
  for (const d of config.districts) if (typeof d !== "string" && d.aliases.includes(raw)) return d.name;
  return raw;
}

/** Whether only label cells (序号, 编号, 名称) are filled. */
function onlyLabels(record: GridRow, columns: Column[]): boolean {
  for (const c of columns) if (!LABEL_FIELDS.has(c.field) && (record.cells[c.index] ?? "").trim() !== "") return false;
  return true;
}

/**
 * Read one row into a project state, reporting every unusable cell. A 合计 row is read for
 * its amounts only.
 */
export function readRow(record: GridRow, ctx: RowContext, issues: Issue[], opts: { totalRow: boolean }): RowValues {
  const r = new RowReader(record, ctx, issues, opts.totalRow);
  const line = record.line;
  const amounts = r.amounts();
  if (opts.totalRow) {
    // An Excel error anywhere else in a 合计 row (a 完成率 of #DIV/0!) is worth a warning.
    for (const c of ctx.columns) {
      if (c.field === null || c.from !== undefined || (AMOUNT_FIELDS as readonly string[]).includes(c.field)) continue;
      if (parseNumber(record.cells[c.index], record.values?.[c.index]).kind === "excel-error") r.report("warning", "excel-error", c.field, (record.cells[c.index] ?? "").trim());
    }
    return { line, state: null, amounts, groupLike: false };
  }

  const name = cleanName(r.raw("name"));
  if (name !== null && onlyLabels(record, ctx.columns)) return { line, state: null, amounts, groupLike: true };
  if (name === null) r.report("error", "missing-value", "name", "");
  const districtRaw = cleanName(r.raw("district"));
  if (districtRaw === null) r.report("error", "missing-value", "district", "");
  const district = districtRaw === null ? null : districtName(districtRaw, ctx.config);
  const id = cleanName(r.raw("id"))?.replace(/\s+/g, "") ?? null;

  const nature = r.parsed("nature");
  const started = r.parsed("status");
  const finished = r.parsed("finished");
  // 是否竣工 = 是 beside 是否开工 (or alone) makes the project finished.
  const status = finished === true ? "completed" : started;
  const period = r.parsed("period");
  const plannedStart = r.parsed("plannedStart");
  const actualStart = r.parsed("actualStart");
  const plannedEnd = r.parsed("plannedEnd");
  const actualEnd = r.parsed("actualEnd");
  const landArea = r.parsed("landArea");
  const longitude = r.parsed("longitude");
  const latitude = r.parsed("latitude");
  r.parsed("ytdPercent");
  const privateInvestment = r.parsed("privateInvestment");

  const filled = record.filled ? filledFields(record, ctx.columns) : undefined;
  if (r.fatal || name === null || district === null) return { line, state: null, amounts, groupLike: false, filled };
  const state: ProjectState = {
    month: ctx.month,
    key: id ? `id:${id}` : `name:${nameKey(name)}|${district}`,
    id,
    name,
    district,
    category: cleanName(r.raw("category")),
    nature,
    status,
    content: cleanText(r.raw("content")),
    period,
    totalInvestment: amounts.totalInvestment ?? null,
    annualPlan: amounts.annualPlan ?? null,
    ytdCompleted: amounts.ytdCompleted ?? null,
    ytdPlanned: amounts.ytdPlanned ?? null,
    cumulativeCompleted: amounts.cumulativeCompleted ?? null,
    monthCompleted: amounts.monthCompleted ?? null,
    progressText: cleanText(r.raw("progressText")),
    problems: cleanText(r.raw("problems")),
    owner: cleanText(r.raw("owner")),
    leadDepartment: cleanName(r.raw("leadDepartment")),
    leader: cleanName(r.raw("leader")),
    privateInvestment,
    landArea,
    plannedStart,
    actualStart,
    plannedEnd,
    actualEnd,
    longitude,
    latitude,
    remarks: cleanText(r.raw("remarks")),
    source: { file: ctx.file, line },
  };
  return { line, state, amounts, groupLike: false, filled };
}

function filledFields(record: GridRow, columns: Column[]): Set<Field> {
  const out = new Set<Field>();
  for (const c of columns) if (c.field !== null && record.filled!.has(c.index)) out.add(c.field);
  return out;
}
