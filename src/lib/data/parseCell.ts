import type { Nature, Period, Status } from "./model.ts";
import { cleanText, isPlaceholder, toHalfWidth } from "./normalise.ts";

/**
 * Cell parsers. Each returns a tagged result instead of throwing, so the loader can
 * collect every problem (OWID's "error values": a bad cell is a value that says why).
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
export function parseNumber(raw: string | undefined): Parsed<number> {
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
  ["new", /^(新开工|新建|新开|计划新开工|新开工项目|新建项目)$/],
  ["continuing", /^(续建|续建项目|在建续建)$/],
  ["completing", /^(竣工|竣工投产|计划竣工|建成投产|竣工项目|续建竣工)$/],
  ["preparatory", /^(前期|预备|储备|前期项目|预备项目|储备项目|谋划|前期预备)$/],
];

export function parseNature(raw: string | undefined): Parsed<Nature> {
  return parseVocabulary(raw, NATURES);
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

export function parseBoolean(raw: string | undefined): Parsed<boolean> {
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
 * serial (46082). Returned as "YYYY-MM".
 */
export function parseMonth(raw: string | undefined): Parsed<string> {
  const c = classify(raw);
  if (!("s" in c)) return c;
  const s = c.s;
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
export function parsePeriod(raw: string | undefined): Parsed<Period> {
  const c = classify(raw);
  if (!("s" in c)) return c;
  const m = PERIOD.exec(c.s.replace(/[—–~～]/g, "-"));
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
