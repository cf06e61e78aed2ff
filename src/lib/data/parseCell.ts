import type { CellValue } from "./grid.ts";
import type { Nature, Period, Status } from "./model.ts";
import { cleanText, isPlaceholder, toHalfWidth } from "./normalise.ts";
import { serialDate } from "./numberFormat.ts";

/**
 * Cell parsers. Each returns a tagged result instead of throwing, so the loader can
 * collect every problem (OWID's "error values": a bad cell is a value that says why).
 * Parsers of numbers, months, periods and flags also take a workbook cell's typed value,
 * which they prefer to its text: a number is read as the number, not as the text its format
 * shows.
 */
export type Parsed<T> =
  | { kind: "value"; value: T }
  | { kind: "empty" }
  | { kind: "excel-error"; raw: string }
  | { kind: "invalid"; raw: string };

const EXCEL_ERROR = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

function classify(raw: string | undefined): { kind: "empty" } | { kind: "excel-error"; raw: string } | { s: string } {
  if (raw === undefined) return { kind: "empty" };
  const s = toHalfWidth(raw).replace(/[\s\u00a0]+/g, "");
  if (s === "" || isPlaceholder(s)) return { kind: "empty" };
  if (EXCEL_ERROR.test(s)) return { kind: "excel-error", raw: raw.trim() };
  return { s };
}

/**
 * A number as offices write it: thousands separators, full-width digits, a trailing %
 * (returned as the number shown, 61.5 for "61.5%"), a leading + or −, (1,234) for negatives.
 */
export function parseNumber(raw: string | undefined, typed?: CellValue): Parsed<number> {
  if (typed !== undefined) {
    if (typed.kind === "number") return { kind: "value", value: typed.percent ? Math.round(typed.value * 100 * 1e9) / 1e9 : typed.value };
    if (typed.kind === "error") return { kind: "excel-error", raw: (raw ?? "").trim() };
    if (typed.kind === "date" || typed.kind === "boolean") return { kind: "invalid", raw: (raw ?? "").trim() };
  }
  // The common case, a plain decimal, without the normalisation below.
  if (raw !== undefined && /^-?\d{1,15}(\.\d+)?$/.test(raw)) return { kind: "value", value: Number(raw) };
  const c = classify(raw);
  if (!("s" in c)) return c;
  let s = c.s.replace(/[−–]/g, "-");
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1]!;
  }
  s = s.replace(/%$/, "");
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(s) || !/\d/.test(s)) return { kind: "invalid", raw: raw!.trim() };
  const value = Number(s.replace(/,/g, ""));
  if (!Number.isFinite(value)) return { kind: "invalid", raw: raw!.trim() };
  return { kind: "value", value: negative ? -value : value };
}

const NATURES: ReadonlyArray<readonly [Nature, RegExp]> = [
  ["new", /^(新开工|新建|新开|计划新开工|新开工项目|新建项目|开工)$/],
  ["continuing", /^(续建|续建项目|在建续建|在建)$/],
  ["completing", /^(竣工|竣工投产|计划竣工|建成投产|竣工项目|续建竣工|投产|建成)$/],
  ["preparatory", /^(前期|预备|储备|前期项目|预备项目|储备项目|谋划|前期预备)$/],
];

/** Group headings name natures as batches: 在建一批, 新开工项目一批. */
const BATCH = /(项目)?一批$/;

export function parseNature(raw: string | undefined): Parsed<Nature> {
  const parsed = parseVocabulary(raw, NATURES);
  if (parsed.kind !== "invalid" || !BATCH.test(parsed.raw)) return parsed;
  const again = parseVocabulary(parsed.raw.replace(BATCH, ""), NATURES);
  return again.kind === "value" ? again : parsed;
}

const STATUSES: ReadonlyArray<readonly [Status, RegExp]> = [
  ["not-started", /^(未开工|前期|未动工|尚未开工|前期阶段|否)$/],
  ["under-construction", /^(已开工|在建|开工|施工中|建设中|已动工|是|续建)$/],
  ["completed", /^(已竣工|竣工|已投产|已建成|建成|投产|完工|已完工|竣工投产)$/],
  ["suspended", /^(停工|停缓建|缓建|暂停|停建|已停工)$/],
];

export function parseStatus(raw: string | undefined): Parsed<Status> {
  return parseVocabulary(raw, STATUSES);
}

function parseVocabulary<T>(raw: string | undefined, table: ReadonlyArray<readonly [T, RegExp]>): Parsed<T> {
  const c = classify(raw);
  if (!("s" in c)) return c;
  const s = c.s.replace(/[★▲*]/g, "");
  for (const [value, re] of table) if (re.test(s)) return { kind: "value", value };
  return { kind: "invalid", raw: raw!.trim() };
}

export function parseBoolean(raw: string | undefined, typed?: CellValue): Parsed<boolean> {
  if (typed?.kind === "boolean") return { kind: "value", value: typed.value };
  if (typed?.kind === "error") return { kind: "excel-error", raw: (raw ?? "").trim() };
  const c = classify(raw);
  if (!("s" in c)) return c;
  if (/^(是|Y|YES|TRUE|1|√|✓|民间投资|民投)$/i.test(c.s)) return { kind: "value", value: true };
  if (/^(否|N|NO|FALSE|0|×|非民间投资)$/i.test(c.s)) return { kind: "value", value: false };
  return { kind: "invalid", raw: raw!.trim() };
}

/** Excel's day serial for 1970-01-01 (it counts from 1899-12-30). */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A month cell: 2026-03, 2026.3, 2026/3/15, 2026年3月(15日), 202603, or an Excel date
 * serial (46082). Returned as "YYYY-MM". `2026.1` is October: it is how Excel shows 2026.10
 * typed into a number cell (January is typed 2026.01). A workbook's date cell is read as the
 * day it shows; a number cell holding a whole serial as a date serial.
 */
export function parseMonth(raw: string | undefined, typed?: CellValue): Parsed<string> {
  if (typed?.kind === "date") return monthValue(typed.year, typed.month, raw ?? "");
  if (typed?.kind === "error") return { kind: "excel-error", raw: (raw ?? "").trim() };
  if (typed?.kind === "number") {
    const v = typed.value;
    if (Number.isInteger(v) && v >= 10000 && v < 100000) {
      const d = serialDate(v);
      return d ? monthValue(d.year, d.month, raw ?? String(v)) : { kind: "invalid", raw: (raw ?? String(v)).trim() };
    }
    // 2026.1 is 2026.10 as Excel stores it; read the number, not the text its format shows.
    return parseMonth(String(v));
  }
  const c = classify(raw);
  if (!("s" in c)) return c;
  const s = c.s;
  if (/^\d{4}\.1$/.test(s)) return monthValue(Number(s.slice(0, 4)), 10, raw!);
  let m = /^(\d{4})[-./年](\d{1,2})(?:[-./月](\d{1,2})日?|月(?:份|底|初|中旬|上旬|下旬)?)?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  if (m) return monthValue(Number(m[1]), Number(m[2]), raw!);
  m = /^(\d{5})(\.\d+)?$/.exec(s);
  if (m) {
    const d = new Date((Number(m[1]) - EXCEL_EPOCH_OFFSET) * 86_400_000);
    return monthValue(d.getUTCFullYear(), d.getUTCMonth() + 1, raw!);
  }
  return { kind: "invalid", raw: raw!.trim() };
}

function monthValue(year: number, month: number, raw: string): Parsed<string> {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return { kind: "invalid", raw: raw.trim() };
  return { kind: "value", value: `${year}-${String(month).padStart(2, "0")}` };
}

const PERIOD_PART = String.raw`(\d{4})(?:[.\-/年](\d{1,2})月?)?年?`;
const PERIOD = new RegExp(`^${PERIOD_PART}(?:[-~—–至到]+|-{2})${PERIOD_PART}$`);

/** 建设起止年限: "2024-2026", "2024年至2026年", "2024.03-2026.12", "2024年3月-2026年12月", "2026". */
export function parsePeriod(raw: string | undefined, typed?: CellValue): Parsed<Period> {
  if (typed?.kind === "error") return { kind: "excel-error", raw: (raw ?? "").trim() };
  // A year typed as a number (2026) reads as the year; anything else by the text it shows.
  if (typed?.kind === "number" && Number.isInteger(typed.value)) return parsePeriod(String(typed.value));
  const c = classify(raw);
  if (!("s" in c)) return c;
  // 2024/2026: two years separated by a slash (a slash between a year and a month is 2024/3).
  const slash = /^(\d{4})年?\/(\d{4})年?$/.exec(c.s);
  const m = slash ? ([slash[0], slash[1], undefined, slash[2], undefined] as const) : PERIOD.exec(c.s.replace(/[—–~～]/g, "-"));
  if (m) {
    const period = {
      startYear: Number(m[1]),
      startMonth: m[2] ? Number(m[2]) : null,
      endYear: Number(m[3]),
      endMonth: m[4] ? Number(m[4]) : null,
    };
    const badMonth = [period.startMonth, period.endMonth].some((x) => x !== null && (x < 1 || x > 12));
    const reversed =
      period.endYear < period.startYear ||
      (period.endYear === period.startYear && period.startMonth !== null && period.endMonth !== null && period.endMonth < period.startMonth);
    if (!badMonth && !reversed) return { kind: "value", value: period };
  }
  const single = /^(\d{4})年?$/.exec(c.s);
  if (single) {
    const y = Number(single[1]);
    return { kind: "value", value: { startYear: y, startMonth: null, endYear: y, endMonth: null } };
  }
  return { kind: "invalid", raw: raw!.trim() };
}

/** A free-text cell (content, progress, problems…): line breaks kept. */
export function parseText(raw: string | undefined): string | null {
  return cleanText(raw);
}
