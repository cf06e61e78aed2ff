import { NATURE_WORDS, STATUS_WORDS, periodText } from "../data/tableWords.ts";
import iconv from "iconv-lite";
import type { Nature, ProjectState, Status } from "../data/model.ts";

/**
 * Write a month's table the way Excel on Chinese Windows saves "CSV (逗号分隔)": every row padded
 * to the table's width, merged cells written once with blanks to their right, fields quoted only
 * when they must be, CRLF between rows and LF inside cells, GB18030 by default. Each quirk the
 * loader must accept (SPEC §3.2) is an option; with every option off and `encoding: "utf-8"` the
 * result is a tidy one-header-row CSV.
 */
export interface ExcelCsvOptions {
  /** The table's month, "YYYY-MM": names the 年度计划 and 1-m月 columns. */
  month: string;
  encoding: "gb18030" | "utf-8-bom" | "utf-8";
  /** A title row ("2026年星湾市重点项目建设进度表"). */
  title?: string;
  /** A first row "附件1". */
  attachmentLabel?: boolean;
  /** A row `单位：万元` with the unit in the right-hand cell; amounts are written in that unit. */
  unitRow?: "万元" | "亿元" | null;
  /** 填报单位 text written at the left of the unit row (or on its own row when there is no unit row). */
  filledBy?: string;
  /** Unit written inside the amount headers ("总投资（万元）"), and the amounts in it; must agree with `unitRow`. */
  headerUnit?: "万元" | "亿元" | null;
  /** A merged parent "1-m月完成投资" over "完成投资" and "占年度计划(%)"; other labels sit in the first row. */
  twoRowHeader?: boolean;
  /** Group rows ("一、续建项目（35个）", "（一）产业（12个）") before each group. */
  groupBy?: "nature" | "category" | null;
  /** Order of the category groups (categories not listed follow in order of appearance). */
  categoryOrder?: readonly string[];
  /** Subtotals of the amount columns on group rows (blank otherwise). */
  groupSubtotals?: boolean;
  /** A "合计" row with the sums of the amount columns: right after the header (true, "top") or at the end. */
  totalsRow?: boolean | "top" | "bottom";
  /** Rows under the table; the first is prefixed with "注：" unless it starts with it. */
  notes?: readonly string[];
  /** 1,234.5 (the field is then quoted). */
  thousandsSeparators?: boolean;
  /** "—" (numbers, dates) and "/" (text) for cells that are not given, instead of blanks. */
  placeholders?: boolean;
  /** ★ after the names of 省重点 projects, ▲ after those with 专项债券 support. */
  stars?: boolean;
  /** Some amounts written with full-width digits (１２３４．５). */
  fullWidthDigits?: boolean;
  /** Dates as "2026-03" (iso, default) or "2026年3月". */
  dateStyle?: "iso" | "chinese";
  /** A 当月完成投资 column (default true). */
  monthColumn?: boolean;
  /** A 1-M月计划投资 column: each project's own schedule to date. */
  schedule?: boolean;
}

type Kind = "text" | "amount" | "number" | "percent" | "date" | "serial";

interface Column {
  label: string;
  /** Second-row label (two-row header only). */
  child?: string;
  kind: Kind;
  get(s: ProjectState, serial: number): string | number | null;
}

/** Order of nature groups in a grouped table. */
const NATURE_ORDER: readonly Nature[] = ["new", "continuing", "completing", "preparatory"];
const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

function monthOf(month: string): { year: number; m: number } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw new Error(`toExcelCsv: month must be YYYY-MM, got "${month}"`);
  return { year: Number(match[1]), m: Number(match[2]) };
}

function columnsFor(options: ExcelCsvOptions): Column[] {
  const { year, m } = monthOf(options.month);
  const unit = options.headerUnit ? `（${options.headerUnit}）` : "";
  const ytdLabel = m === 1 ? "1月完成投资" : `1-${m}月完成投资`;
  const two = options.twoRowHeader === true;
  const star = (s: ProjectState): string =>
    !options.stars ? "" : s.remarks?.includes("省重点") ? "★" : s.remarks?.includes("专项债") ? "▲" : "";
  const columns: Column[] = [
    { label: "序号", kind: "serial", get: (_, n) => n },
    { label: "项目编号", kind: "text", get: (s) => s.id },
    { label: "项目名称", kind: "text", get: (s) => s.name + star(s) },
    { label: "所属县区", kind: "text", get: (s) => s.district },
    { label: "项目类别", kind: "text", get: (s) => s.category },
    { label: "建设性质", kind: "text", get: (s) => (s.nature ? NATURE_WORDS[s.nature] : null) },
    { label: "项目状态", kind: "text", get: (s) => (s.status ? STATUS_WORDS[s.status] : null) },
    { label: "建设内容及规模", kind: "text", get: (s) => s.content },
    { label: "建设起止年限", kind: "text", get: (s) => periodText(s.period) },
    { label: `总投资${unit}`, kind: "amount", get: (s) => s.totalInvestment },
    { label: `${year}年计划投资${unit}`, kind: "amount", get: (s) => s.annualPlan },
    // The project's own schedule to date, in the months whose tables give it.
    ...(options.schedule ? [{ label: `${m === 1 ? "1月" : `1-${m}月`}计划投资${unit}`, kind: "amount" as const, get: (s: ProjectState) => s.ytdPlanned }] : []),
    two
      ? { label: `${ytdLabel}${unit}`, child: "完成投资", kind: "amount", get: (s) => s.ytdCompleted }
      : { label: `${ytdLabel}${unit}`, kind: "amount", get: (s) => s.ytdCompleted },
  ];
  if (two) columns.push({ label: "", child: "占年度计划(%)", kind: "percent", get: (s) => percent(s.ytdCompleted, s.annualPlan) });
  if (options.monthColumn !== false) columns.push({ label: `当月完成投资${unit}`, kind: "amount", get: (s) => s.monthCompleted });
  columns.push(
    { label: `开工累计完成投资${unit}`, kind: "amount", get: (s) => s.cumulativeCompleted },
    { label: "形象进度", kind: "text", get: (s) => s.progressText },
    { label: "存在问题", kind: "text", get: (s) => s.problems },
    { label: "业主单位", kind: "text", get: (s) => s.owner },
    { label: "责任单位", kind: "text", get: (s) => s.leadDepartment },
    { label: "责任领导", kind: "text", get: (s) => s.leader },
    { label: "是否民间投资", kind: "text", get: (s) => (s.privateInvestment === null ? null : s.privateInvestment ? "是" : "否") },
    { label: "用地面积(亩)", kind: "number", get: (s) => s.landArea },
    { label: "计划开工时间", kind: "date", get: (s) => s.plannedStart },
    { label: "实际开工时间", kind: "date", get: (s) => s.actualStart },
    { label: "计划竣工时间", kind: "date", get: (s) => s.plannedEnd },
    { label: "实际竣工时间", kind: "date", get: (s) => s.actualEnd },
    { label: "经度", kind: "number", get: (s) => s.longitude },
    { label: "纬度", kind: "number", get: (s) => s.latitude },
    { label: "备注", kind: "text", get: (s) => s.remarks },
  );
  return columns;
}


function percent(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 10000) / 100;
}

/** Digits of an integer string grouped in threes. */
function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * An amount given in 万元, written in `unit` with no more digits than it needs: exact for
 * amounts with at most two decimals (123.45万元 → 0.012345亿元).
 */
export function formatAmount(wan: number, unit: "万元" | "亿元", thousands = false): string {
  const cents = Math.round(wan * 100);
  let text: string;
  if (Math.abs(wan * 100 - cents) > 1e-6 || !Number.isSafeInteger(cents)) {
    text = String(unit === "亿元" ? wan / 10000 : wan);
  } else {
    const scale = unit === "亿元" ? 1_000_000 : 100;
    const digits = unit === "亿元" ? 6 : 2;
    const abs = Math.abs(cents);
    const frac = String(abs % scale).padStart(digits, "0").replace(/0+$/, "");
    text = `${cents < 0 ? "-" : ""}${Math.floor(abs / scale)}${frac ? `.${frac}` : ""}`;
  }
  if (!thousands) return text;
  const [int, frac] = text.split(".") as [string, string | undefined];
  return group(int) + (frac === undefined ? "" : `.${frac}`);
}

function toFullWidth(s: string): string {
  return s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** A small stable hash to pick which cells get a quirk. */
function pickCell(key: string, column: number, modulo: number): boolean {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  h = Math.imul(h ^ column, 16777619);
  return (h >>> 0) % modulo === 0;
}

/** Quote a field as CSV requires (comma, quote, line break) — and as Excel does, only then. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as text (before encoding), rows joined with CRLF and a final CRLF. */
export function toExcelCsvText(states: readonly ProjectState[], options: ExcelCsvOptions): string {
  if (options.unitRow && options.headerUnit && options.unitRow !== options.headerUnit)
    throw new Error(`toExcelCsv: the unit row says ${options.unitRow} but the headers say ${options.headerUnit}`);
  const columns = columnsFor(options);
  const width = columns.length;
  const unit = options.unitRow ?? options.headerUnit ?? "万元";
  const rows: string[][] = [];
  const blankRow = (): string[] => Array.from({ length: width }, () => "");
  const labelRow = (text: string): string[] => {
    const row = blankRow();
    row[0] = text;
    return row;
  };

  const formatValue = (col: Column, index: number, value: string | number | null, key: string): string => {
    if (value === null || value === "") {
      if (!options.placeholders) return "";
      return col.kind === "text" ? "/" : "—";
    }
    if (typeof value === "string") {
      if (col.kind === "date" && options.dateStyle === "chinese") return `${value.slice(0, 4)}年${Number(value.slice(5, 7))}月`;
      return value;
    }
    let text: string;
    if (col.kind === "amount") text = formatAmount(value, unit, options.thousandsSeparators === true);
    else if (col.kind === "percent") text = String(value);
    else text = String(value);
    if (options.fullWidthDigits && (col.kind === "amount" || col.kind === "serial") && pickCell(key, index, 6)) text = toFullWidth(text);
    return text;
  };

  const projectRow = (s: ProjectState, serial: number): string[] =>
    columns.map((col, i) => formatValue(col, i, col.get(s, serial), s.key));

  const sumsRow = (label: string, members: readonly ProjectState[]): string[] => {
    const row = labelRow(label);
    columns.forEach((col, i) => {
      if (i === 0) return;
      if (col.kind === "amount") {
        const cents = members.reduce((acc, s) => acc + Math.round(Number(col.get(s, 0) ?? 0) * 100), 0);
        row[i] = formatAmount(cents / 100, unit, options.thousandsSeparators === true);
      } else if (col.kind === "percent") {
        const ytd = members.reduce((acc, s) => acc + (s.ytdCompleted ?? 0), 0);
        const plan = members.reduce((acc, s) => acc + (s.annualPlan ?? 0), 0);
        row[i] = String(percent(ytd, plan) ?? "");
      }
    });
    return row;
  };

  // Rows above the header.
  if (options.attachmentLabel) rows.push(labelRow("附件1"));
  if (options.title) rows.push(labelRow(options.title));
  if (options.unitRow || options.filledBy) {
    const row = labelRow(options.filledBy ? `填报单位：${options.filledBy.replace(/^填报单位[:：]/, "")}` : "");
    if (options.unitRow) row[width - 1] = `单位：${options.unitRow}`;
    rows.push(row);
  }

  // Header.
  rows.push(columns.map((c) => c.label));
  if (options.twoRowHeader) rows.push(columns.map((c) => c.child ?? ""));

  const totals = options.totalsRow === true ? "top" : options.totalsRow || null;
  if (totals === "top") rows.push(sumsRow("合计", states));

  // Body, grouped or not; serial numbers run through the whole table.
  let serial = 0;
  const groups = groupStates(states, options.groupBy ?? null, options.categoryOrder ?? []);
  groups.forEach((g, gi) => {
    if (g.label !== null) {
      const label =
        options.groupBy === "nature"
          ? `${CHINESE_NUMERALS[gi] ?? gi + 1}、${g.label}项目（${g.states.length}个）`
          : `（${CHINESE_NUMERALS[gi] ?? gi + 1}）${g.label}（${g.states.length}个）`;
      rows.push(options.groupSubtotals ? sumsRow(label, g.states) : labelRow(label));
    }
    for (const s of g.states) rows.push(projectRow(s, ++serial));
  });

  if (totals === "bottom") rows.push(sumsRow("合计", states));
  (options.notes ?? []).forEach((note, i) => rows.push(labelRow(i === 0 && !/^注/.test(note) ? `注：${note}` : note)));

  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function groupStates(
  states: readonly ProjectState[],
  by: "nature" | "category" | null,
  categoryOrder: readonly string[],
): Array<{ label: string | null; states: ProjectState[] }> {
  if (by === null) return [{ label: null, states: [...states] }];
  const order: string[] = [];
  const byLabel = new Map<string, ProjectState[]>();
  const labelOf = (s: ProjectState): string =>
    by === "nature" ? (s.nature ? NATURE_WORDS[s.nature] : "其他") : (s.category ?? "其他");
  order.push(...(by === "nature" ? NATURE_ORDER.map((n) => NATURE_WORDS[n]) : categoryOrder));
  for (const s of states) {
    const label = labelOf(s);
    if (!order.includes(label)) order.push(label);
    const list = byLabel.get(label) ?? [];
    list.push(s);
    byLabel.set(label, list);
  }
  return order.filter((l) => byLabel.has(l)).map((label) => ({ label, states: byLabel.get(label)! }));
}

/** The table encoded as Excel would save it. */
export function toExcelCsv(states: readonly ProjectState[], options: ExcelCsvOptions): Uint8Array {
  const text = toExcelCsvText(states, options);
  switch (options.encoding) {
    case "gb18030":
      return new Uint8Array(iconv.encode(text, "gb18030"));
    case "utf-8-bom":
      return new TextEncoder().encode(`\uFEFF${text}`);
    case "utf-8":
      return new TextEncoder().encode(text);
  }
}
