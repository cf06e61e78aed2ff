import { labelFacts } from "./headerLabel.ts";
import type { Column } from "./mapColumns.ts";
import { toHalfWidth } from "./normalise.ts";

/** The year and the last month a text names, either possibly null. */
export interface MonthFacts {
  year: number | null;
  month: number | null;
}

const CN_MONTHS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/**
 * The year and month a file name or a title names: `2026年1-10月重点项目调度表` → 2026, 10;
 * `截至10月底` → 10; `2026-10`, `2026.10`, `202610` → 2026, 10; `一至十月` → 10.
 */
export function monthFacts(text: string): MonthFacts {
  let s = toHalfWidth(text).replace(/\s+/g, "").replace(/\.(xlsx|xls|et|csv)$/i, "");
  s = s.replace(/([一二三四五六七八九十]{1,3})月/g, (all, n: string) => (CN_MONTHS[n] !== undefined ? `${CN_MONTHS[n]}月` : all)).replace(/一至(?=\d)/g, "1-");
  const ym = /(?:^|[^\d])((?:19|20)\d{2})[-_.年/]?(0[1-9]|1[0-2])(?:月|(?!\d))/.exec(s);
  // "2026-10", "202610", "2026年10月"; but "2026年10-12月" would be a range, read below.
  if (ym && !/^[-~—至到]\d{1,2}月/.test(s.slice(ym.index + ym[0].length))) return { year: Number(ym[1]), month: Number(ym[2]) };
  const facts = labelFacts(s);
  const bareYear = /(?:^|[^\d])((?:19|20)\d{2})(?:年|[-_.])/.exec(s);
  const year = facts.year ?? (bareYear ? Number(bareYear[1]) : null);
  const month = facts.monthTo !== null && facts.monthTo >= 1 && facts.monthTo <= 12 ? facts.monthTo : null;
  return { year, month };
}

export type MonthSource = "option" | "name" | "title" | "header";

export interface TableMonth {
  /** "YYYY-MM", or null when the year or the month is found nowhere. */
  month: string | null;
  year: number | null;
  monthNumber: number | null;
  /** Where the year and the month were read. */
  yearFrom: MonthSource | null;
  monthFrom: MonthSource | null;
  /** Other places that name another month (the validation then reports the header's). */
  disagreements: Array<{ source: MonthSource; year: number | null; month: number | null }>;
}

/**
 * The month of a table given as a file people named: `--month` first, else the file name,
 * the title row, then the header (`1-10月完成投资`, `2026年计划投资`). Each of year and month is
 * taken from the first place that names it.
 */
export function monthOfTable(input: { option?: string | null; fileName: string; title: string | null; columns: readonly Column[] }): TableMonth {
  const sources: Array<[MonthSource, MonthFacts]> = [];
  if (input.option) {
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(input.option);
    if (m) sources.push(["option", { year: Number(m[1]), month: Number(m[2]) }]);
  }
  sources.push(["name", monthFacts(input.fileName.split(/[\\/]/).pop() ?? input.fileName)]);
  if (input.title) sources.push(["title", monthFacts(input.title)]);
  const dated = input.columns.filter((c) => c.field === "annualPlan" || c.field === "ytdCompleted" || c.field === "ytdPercent");
  const ytd = input.columns.find((c) => c.field === "ytdCompleted");
  sources.push(["header", { year: dated.find((c) => c.facts.year !== null)?.facts.year ?? null, month: ytd?.facts.monthTo ?? null }]);

  const yearAt = sources.find(([, f]) => f.year !== null);
  const monthAt = sources.find(([, f]) => f.month !== null);
  const year = yearAt?.[1].year ?? null;
  const monthNumber = monthAt?.[1].month ?? null;
  const disagreements = sources
    .filter(([, f]) => (f.year !== null && f.year !== year) || (f.month !== null && f.month !== monthNumber))
    .map(([source, f]) => ({ source, ...f }));
  return {
    month: year !== null && monthNumber !== null ? `${year}-${String(monthNumber).padStart(2, "0")}` : null,
    year,
    monthNumber,
    yearFrom: yearAt?.[0] ?? null,
    monthFrom: monthAt?.[0] ?? null,
    disagreements,
  };
}
