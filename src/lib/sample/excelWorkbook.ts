import { NATURE_WORDS, STATUS_WORDS, periodText } from "../data/tableWords.ts";
import * as XLSX from "@e965/xlsx";
import type { Nature, ProjectState, Status } from "../data/model.ts";
import { csvField } from "./excelCsv.ts";

/**
 * Write a month's table as an office keeps it in Excel or WPS: a title merged across the
 * table, a 编制单位 row with the unit in its right-hand cell, a header of one to three rows
 * with merged parents (投资情况 over 2026年度 over 计划投资 / 1-m月完成 / 完成率), districts
 * named by group rows instead of a column (一、望潮区（12个）), the category, nature and lead
 * department merged down runs of equal values, 序号 restarting in each group, amounts as
 * numbers with a number format, rates as fractions formatted as percentages, dates as date
 * cells. Used by the property test (workbook against its CSV export) and the fixtures.
 */
export interface WorkbookOptions {
  /** "YYYY-MM": names the 年度 and 1-m月 columns. */
  month: string;
  title?: string;
  /** 编制单位 text at the left of the unit row (the unit, 万元, sits in its right-hand cell). */
  filledBy?: string;
  /** 1: one header row; 2: 投资情况 over its columns; 3: 投资情况 over 2026年度 over 计划投资 / 完成 / 完成率. */
  headerRows?: 1 | 2 | 3;
  /** No district column: group rows name the districts. */
  districtGroups?: boolean;
  /** Merge the category, nature and lead department (and the district column) down runs of equal values. */
  mergeRuns?: boolean;
  /** A 合计 row with the sums: under the header ("top") or at the end. */
  totalsRow?: "top" | "bottom" | null;
  /** Dates as date cells (yyyy-mm), else as text. */
  dateCells?: boolean;
  /** A summary sheet (汇总, by district) before the table's sheet. */
  summarySheet?: boolean;
  /** The table's sheet name. */
  sheetName?: string;
  /** An extra column no alias knows ("片区"), to be reported. */
  extraColumn?: string;
}

type Kind = "text" | "amount" | "percent" | "date" | "number" | "serial";

interface Column {
  /** Header labels from the top row down; "" where a merge continues. */
  path: string[];
  kind: Kind;
  get(s: ProjectState, serial: number): string | number | null;
}

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];

const AMOUNT_FORMAT = "#,##0.00";
const PERCENT_FORMAT = "0.0%";
const DATE_FORMAT = "yyyy-mm";

/** Excel's serial of the first day of a "YYYY-MM" month (days since 1899-12-30). */
export function monthSerial(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return Math.round((Date.UTC(y, m - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000);
}


function columnsFor(o: WorkbookOptions): Column[] {
  const [year, m] = o.month.split("-").map(Number) as [number, number];
  const rows = o.headerRows ?? 3;
  const ytd = m === 1 ? "1月完成" : `1-${m}月完成`;
  const single = (label: string, kind: Kind, get: Column["get"]): Column => ({ path: [label], kind, get });
  const cols: Column[] = [
    single("序号", "serial", (_, n) => n),
    single("项目编号", "text", (s) => s.id),
    single("项目名称", "text", (s) => s.name),
  ];
  if (!o.districtGroups) cols.push(single("所属县区", "text", (s) => s.district));
  cols.push(
    single("项目类别", "text", (s) => s.category),
    single("建设性质", "text", (s) => (s.nature ? NATURE_WORDS[s.nature] : null)),
    single("项目状态", "text", (s) => (s.status ? STATUS_WORDS[s.status] : null)),
    single("建设内容及规模", "text", (s) => s.content),
    single("建设起止年限", "text", (s) => periodText(s.period)),
  );
  const money: Array<[string[], Kind, Column["get"]]> =
    rows === 3
      ? [
          [["投资情况（万元）", "总投资"], "amount", (s) => s.totalInvestment],
          [["投资情况（万元）", `${year}年度`, "计划投资"], "amount", (s) => s.annualPlan],
          [["投资情况（万元）", `${year}年度`, ytd], "amount", (s) => s.ytdCompleted],
          [["投资情况（万元）", `${year}年度`, "完成率"], "percent", (s) => (s.annualPlan ? (s.ytdCompleted ?? 0) / s.annualPlan : null)],
          [["投资情况（万元）", "当月完成"], "amount", (s) => s.monthCompleted],
          [["投资情况（万元）", "开工累计完成"], "amount", (s) => s.cumulativeCompleted],
        ]
      : rows === 2
        ? [
            [["总投资（万元）"], "amount", (s) => s.totalInvestment],
            [[`${year}年计划投资（万元）`], "amount", (s) => s.annualPlan],
            [[`${ytd}投资（万元）`, "完成投资"], "amount", (s) => s.ytdCompleted],
            [[`${ytd}投资（万元）`, "占年度计划(%)"], "percent", (s) => (s.annualPlan ? (s.ytdCompleted ?? 0) / s.annualPlan : null)],
            [["当月完成投资（万元）"], "amount", (s) => s.monthCompleted],
            [["开工累计完成投资（万元）"], "amount", (s) => s.cumulativeCompleted],
          ]
        : [
            [["总投资（万元）"], "amount", (s) => s.totalInvestment],
            [[`${year}年计划投资（万元）`], "amount", (s) => s.annualPlan],
            [[`${ytd}投资（万元）`], "amount", (s) => s.ytdCompleted],
            [["当月完成投资（万元）"], "amount", (s) => s.monthCompleted],
            [["开工累计完成投资（万元）"], "amount", (s) => s.cumulativeCompleted],
          ];
  for (const [path, kind, get] of money) cols.push({ path, kind, get });
  cols.push(
    single("形象进度", "text", (s) => s.progressText),
    single("存在问题", "text", (s) => s.problems),
    single("业主单位", "text", (s) => s.owner),
    single("责任单位", "text", (s) => s.leadDepartment),
    single("责任领导", "text", (s) => s.leader),
    single("是否民间投资", "text", (s) => (s.privateInvestment === null ? null : s.privateInvestment ? "是" : "否")),
    single("用地面积(亩)", "number", (s) => s.landArea),
    single("计划开工时间", "date", (s) => s.plannedStart),
    single("实际开工时间", "date", (s) => s.actualStart),
    single("计划竣工时间", "date", (s) => s.plannedEnd),
    single("实际竣工时间", "date", (s) => s.actualEnd),
    single("经度", "number", (s) => s.longitude),
    single("纬度", "number", (s) => s.latitude),
    single("备注", "text", (s) => s.remarks),
  );
  if (o.extraColumn) cols.push(single(o.extraColumn, "text", () => null));
  return cols;
}

/** The header rows: each column's path spread over the rows, parents merged across, single labels merged down. */
function headerRows(cols: Column[], rows: number, top: number): { aoa: string[][]; merges: XLSX.Range[] } {
  const aoa = Array.from({ length: rows }, () => cols.map(() => ""));
  const merges: XLSX.Range[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols.length; c++) {
      const path = cols[c]!.path;
      if (r >= path.length) continue;
      const label = path[r]!;
      const sameAsLeft = c > 0 && cols[c - 1]!.path.slice(0, r + 1).join("\u0000") === path.slice(0, r + 1).join("\u0000");
      if (sameAsLeft) continue;
      aoa[r]![c] = label;
      let right = c;
      while (right + 1 < cols.length && cols[right + 1]!.path.slice(0, r + 1).join("\u0000") === path.slice(0, r + 1).join("\u0000")) right++;
      // The leaf label fills the rows below it.
      const bottom = r === path.length - 1 ? rows - 1 : r;
      if (right > c || bottom > r) merges.push({ s: { r: top + r, c }, e: { r: top + bottom, c: right } });
    }
  }
  return { aoa, merges };
}

interface Group {
  label: string | null;
  states: ProjectState[];
}

function groupsOf(states: readonly ProjectState[], byDistrict: boolean): Group[] {
  if (!byDistrict) return [{ label: null, states: [...states] }];
  const order: string[] = [];
  const by = new Map<string, ProjectState[]>();
  for (const s of states) {
    if (!by.has(s.district)) (order.push(s.district), by.set(s.district, []));
    by.get(s.district)!.push(s);
  }
  return order.map((d) => ({ label: d, states: by.get(d)! }));
}

/** Rows within a group ordered so that equal categories, natures and departments form runs. */
function runOrder(states: ProjectState[]): ProjectState[] {
  const key = (s: ProjectState) => `${s.category ?? ""}\u0000${s.nature ?? ""}\u0000${s.leadDepartment ?? ""}`;
  return states.map((s, i) => ({ s, i })).sort((a, b) => (key(a.s) < key(b.s) ? -1 : key(a.s) > key(b.s) ? 1 : a.i - b.i)).map((x) => x.s);
}

function cell(kind: Kind, value: string | number | null, dateCells: boolean): XLSX.CellObject | null {
  if (value === null || value === "") return null;
  switch (kind) {
    case "amount":
      return { t: "n", v: value as number, z: AMOUNT_FORMAT };
    case "percent":
      return { t: "n", v: value as number, z: PERCENT_FORMAT };
    case "number":
    case "serial":
      return { t: "n", v: value as number };
    case "date":
      return dateCells ? { t: "n", v: monthSerial(value as string), z: DATE_FORMAT } : { t: "s", v: String(value) };
    default:
      return { t: "s", v: String(value) };
  }
}

/** The month's table as a worksheet, with the order the states were written in. */
export function toWorksheet(states: readonly ProjectState[], o: WorkbookOptions): { sheet: XLSX.WorkSheet; written: ProjectState[] } {
  const cols = columnsFor(o);
  const width = cols.length;
  const ws: XLSX.WorkSheet = {};
  const merges: XLSX.Range[] = [];
  let r = 0;
  const put = (row: number, c: number, v: XLSX.CellObject | null) => {
    if (v) ws[XLSX.utils.encode_cell({ r: row, c })] = v;
  };
  if (o.title) {
    put(r, 0, { t: "s", v: o.title });
    merges.push({ s: { r, c: 0 }, e: { r, c: width - 1 } });
    r++;
  }
  if (o.filledBy) {
    put(r, 0, { t: "s", v: `编制单位：${o.filledBy}` });
    put(r, width - 1, { t: "s", v: "单位：万元" });
    r++;
  }
  const rows = o.headerRows ?? 3;
  const header = headerRows(cols, rows, r);
  header.aoa.forEach((labels, i) => labels.forEach((label, c) => put(r + i, c, label ? { t: "s", v: label } : null)));
  merges.push(...header.merges);
  r += rows;

  const sums = (list: readonly ProjectState[], label: string, row: number) => {
    put(row, 0, { t: "s", v: label });
    merges.push({ s: { r: row, c: 0 }, e: { r: row, c: 2 } });
    cols.forEach((col, c) => {
      if (col.kind !== "amount") return;
      const cents = list.reduce((a, s) => a + Math.round(Number(col.get(s, 0) ?? 0) * 100), 0);
      put(row, c, { t: "n", v: cents / 100, z: AMOUNT_FORMAT });
    });
  };
  if (o.totalsRow === "top") sums(states, "合计", r++);

  const written: ProjectState[] = [];
  const merged = new Set(o.mergeRuns ? ["项目类别", "建设性质", "责任单位", ...(o.districtGroups ? [] : ["所属县区"])] : []);
  for (const [gi, g] of groupsOf(states, o.districtGroups === true).entries()) {
    if (g.label !== null) {
      put(r, 0, { t: "s", v: `${CN[gi] ?? gi + 1}、${g.label}（${g.states.length}个）` });
      merges.push({ s: { r, c: 0 }, e: { r, c: 2 } });
      r++;
    }
    const list = o.mergeRuns ? runOrder(g.states) : g.states;
    const first = r;
    list.forEach((s, i) => {
      cols.forEach((col, c) => put(r, c, cell(col.kind, col.get(s, i + 1), o.dateCells === true)));
      written.push(s);
      r++;
    });
    // Merge runs of equal values down the group.
    cols.forEach((col, c) => {
      if (!merged.has(col.path[0]!)) return;
      let start = first;
      for (let row = first + 1; row <= r; row++) {
        const prev = ws[XLSX.utils.encode_cell({ r: start, c })]?.v;
        const here = row < r ? ws[XLSX.utils.encode_cell({ r: row, c })]?.v : undefined;
        if (row < r && here !== undefined && here === prev) {
          delete ws[XLSX.utils.encode_cell({ r: row, c })];
          continue;
        }
        if (row - 1 > start && prev !== undefined) merges.push({ s: { r: start, c }, e: { r: row - 1, c } });
        start = row;
      }
    });
  }
  if (o.totalsRow === "bottom") sums(states, "合计", r++);
  ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: r - 1, c: width - 1 } });
  ws["!merges"] = merges;
  return { sheet: ws, written };
}

/** A district summary sheet (汇总): no project header, skipped by the loader. */
function summarySheet(states: readonly ProjectState[]): XLSX.WorkSheet {
  const by = new Map<string, { n: number; plan: number; ytd: number }>();
  for (const s of states) {
    const e = by.get(s.district) ?? { n: 0, plan: 0, ytd: 0 };
    e.n += 1;
    e.plan += s.annualPlan ?? 0;
    e.ytd += s.ytdCompleted ?? 0;
    by.set(s.district, e);
  }
  return XLSX.utils.aoa_to_sheet([["县区", "项目个数", "年度计划", "累计完成"], ...[...by].map(([d, e]) => [d, e.n, Math.round(e.plan * 100) / 100, Math.round(e.ytd * 100) / 100])]);
}

/** The month's workbook. */
export function toWorkbook(states: readonly ProjectState[], o: WorkbookOptions): { workbook: XLSX.WorkBook; written: ProjectState[] } {
  const wb = XLSX.utils.book_new();
  if (o.summarySheet) XLSX.utils.book_append_sheet(wb, summarySheet(states), "汇总");
  const { sheet, written } = toWorksheet(states, o);
  XLSX.utils.book_append_sheet(wb, sheet, o.sheetName ?? "调度表");
  return { workbook: wb, written };
}

/** The workbook's bytes: .xlsx, or BIFF8 (.xls, and WPS .et, which is BIFF8 too). */
export function workbookBytes(wb: XLSX.WorkBook, bookType: "xlsx" | "biff8"): Uint8Array {
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType, compression: bookType === "xlsx" }) as ArrayBuffer);
}

/**
 * What Excel writes when a sheet is saved as CSV: the text each cell shows, a merged value
 * once in its first cell and blanks elsewhere, fields quoted only when they must be (a comma,
 * a quote, a line break), CRLF between rows and a final CRLF.
 */
export function sheetCsv(ws: XLSX.WorkSheet): string {
  const range = XLSX.utils.decode_range(ws["!ref"] ?? "A1:A1");
  const rows: string[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
      cells.push(csvField(cell ? XLSX.utils.format_cell(cell) : ""));
    }
    rows.push(cells.join(","));
  }
  return rows.join("\r\n") + "\r\n";
}
