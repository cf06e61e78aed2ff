import type { MoneyUnit, SiteConfig } from "../config/siteConfigSchema.ts";
import type { CsvRecord } from "./csvRecords.ts";
import { AMOUNT_FIELDS, NEEDED_CELLS, type AmountField, type Field } from "./fields.ts";
import { issue, type Issue, type IssueCode } from "./issue.ts";
import type { Column } from "./mapColumns.ts";
import type { ProjectState } from "./model.ts";
import { cleanName, cleanText, nameKey } from "./normalise.ts";
import { parseBoolean, parseMonth, parseNature, parseNumber, parsePeriod, parseStatus, type Parsed } from "./parseCell.ts";
import { columnUnit, toWan } from "./units.ts";

export interface RowContext {
  file: string;
  month: string;
  columns: Column[];
  rowUnit: MoneyUnit | null;
  config: SiteConfig;
}

export interface RowValues {
  line: number;
  /** The project, or null when a needed cell is unusable (the issues say why). */
  state: ProjectState | null;
  /** Amounts in 万元, for checking a 合计 row against its rows. */
  amounts: Partial<Record<AmountField, number>>;
  /** Only label cells are filled: a group heading, not a project. */
  groupLike: boolean;
}

const LABEL_FIELDS: ReadonlySet<Field | null> = new Set(["serial", "id", "name", null]);

/** The district's display name: config aliases resolve to the listed name. */
function districtName(raw: string, config: SiteConfig): string {
  for (const d of config.districts) {
    if (typeof d === "string") continue;
    if (d.aliases.includes(raw)) return d.name;
  }
  return raw;
}

/**
 * Read one row into a project state, reporting every unusable cell. A 合计 row is read for
 * its amounts only.
 */
export function readRow(record: CsvRecord, ctx: RowContext, issues: Issue[], opts: { totalRow: boolean }): RowValues {
  const { file, month, columns, config } = ctx;
  const line = record.line;
  const cell = (c: Column) => record.cells[c.index];
  const byField = new Map<Field, Column>();
  for (const c of columns) if (c.field !== null && !byField.has(c.field)) byField.set(c.field, c);
  const raw = (f: Field) => {
    const c = byField.get(f);
    return c ? cell(c) : undefined;
  };
  let fatal = false;
  const report = (severity: Issue["severity"], code: IssueCode, f: Field, value: string, detail: Issue["detail"] = {}) => {
    // A broken cell in a 合计 row only weakens the totals check; the projects are intact.
    if (opts.totalRow) severity = "warning";
    if (severity === "error") fatal = true;
    issues.push(issue(severity, code, { file, line, column: byField.get(f)?.label ?? f, value }, { field: f, ...detail }));
  };
  const needed = (f: Field) => (NEEDED_CELLS as readonly Field[]).includes(f);

  /** Unpack a parsed cell, reporting an unusable one; "empty" and bad cells give null. */
  function take<T>(f: Field, parsed: Parsed<T>, badCode: IssueCode, badSeverity: Issue["severity"]): T | null {
    if (parsed.kind === "value") return parsed.value;
    if (parsed.kind === "excel-error") report(needed(f) ? "error" : "warning", "excel-error", f, parsed.raw);
    else if (parsed.kind === "invalid") report(badSeverity, badCode, f, parsed.raw);
    return null;
  }

  const amounts: Partial<Record<AmountField, number>> = {};
  for (const f of AMOUNT_FIELDS) {
    const c = byField.get(f);
    if (!c) continue;
    const value = take(f, parseNumber(cell(c)), "not-a-number", "error");
    if (value === null) continue;
    amounts[f] = toWan(value, columnUnit(c, ctx.rowUnit, config));
    if (value < 0 && !opts.totalRow) report("warning", "negative-amount", f, cell(c)!.trim());
  }
  if (opts.totalRow) return { line, state: null, amounts, groupLike: false };

  const name = cleanName(raw("name"));
  const rest = columns.filter((c) => !LABEL_FIELDS.has(c.field) && (cell(c) ?? "").trim() !== "");
  if (name !== null && rest.length === 0) return { line, state: null, amounts, groupLike: true };
  if (name === null) report("error", "missing-value", "name", "");
  const districtRaw = cleanName(raw("district"));
  if (districtRaw === null) report("error", "missing-value", "district", "");
  const district = districtRaw === null ? null : districtName(districtRaw, config);
  const id = cleanName(raw("id"))?.replace(/\s+/g, "") ?? null;

  const nature = take("nature", parseNature(raw("nature")), "unknown-nature", "error");
  const status = take("status", parseStatus(raw("status")), "unknown-status", "error");
  const period = take("period", parsePeriod(raw("period")), "bad-period", "warning");
  const monthOf = (f: Field) => take(f, parseMonth(raw(f)), "bad-date", "warning");
  const number = (f: Field) => take(f, parseNumber(raw(f)), "not-a-number", "warning");
  const plannedStart = monthOf("plannedStart");
  const actualStart = monthOf("actualStart");
  const plannedEnd = monthOf("plannedEnd");
  const actualEnd = monthOf("actualEnd");
  const landArea = number("landArea");
  const longitude = number("longitude");
  const latitude = number("latitude");
  number("ytdPercent"); // derived from plan and completed; read only to report a broken cell
  const privateInvestment = take("privateInvestment", parseBoolean(raw("privateInvestment")), "bad-boolean", "warning");

  if (fatal || name === null || district === null) return { line, state: null, amounts, groupLike: false };
  const state: ProjectState = {
    month,
    key: id ? `id:${id}` : `name:${nameKey(name)}|${district}`,
    id,
    name,
    district,
    category: cleanName(raw("category")),
    nature,
    status,
    content: cleanText(raw("content")),
    period,
    totalInvestment: amounts.totalInvestment ?? null,
    annualPlan: amounts.annualPlan ?? null,
    ytdCompleted: amounts.ytdCompleted ?? null,
    cumulativeCompleted: amounts.cumulativeCompleted ?? null,
    monthCompleted: amounts.monthCompleted ?? null,
    progressText: cleanText(raw("progressText")),
    problems: cleanText(raw("problems")),
    owner: cleanText(raw("owner")),
    leadDepartment: cleanName(raw("leadDepartment")),
    leader: cleanName(raw("leader")),
    privateInvestment,
    landArea,
    plannedStart,
    actualStart,
    plannedEnd,
    actualEnd,
    longitude,
    latitude,
    remarks: cleanText(raw("remarks")),
    source: { file, line },
  };
  return { line, state, amounts, groupLike: false };
}
