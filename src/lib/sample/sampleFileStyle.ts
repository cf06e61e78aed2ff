import type { ExcelCsvOptions } from "./excelCsv.ts";

/** Notes under the GBK tables of the sample. */
export const SAMPLE_NOTES = (unit: string): string[] => [
  `注：1.本表金额单位为${unit}；2.★为省重点项目，▲为列入专项债券支持项目；3.“—”“/”表示暂无数据。`,
  "填表人：市发改委重点项目科",
];

/**
 * How the office saved each month's table, mixing styles the way real offices do: the first
 * year's files are GBK exports of the full template (附件1, title, unit row, two-row header,
 * groups by nature, 合计 on top, notes, thousands separators, placeholders, stars); later years
 * mix that template with plain UTF-8-with-BOM exports (one header row, 合计 at the end), and one
 * July file in 亿元.
 */
export function sampleFileStyle(month: string, region: string, firstYear: number, categories: readonly string[]): ExcelCsvOptions {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const title = `${year}年${region}重点项目建设进度表`;
  const template = (unit: "万元" | "亿元", groupBy: "nature" | "category"): ExcelCsvOptions => ({
    month,
    encoding: "gb18030",
    attachmentLabel: true,
    title,
    unitRow: unit,
    filledBy: `${region}发展和改革委员会`,
    twoRowHeader: true,
    groupBy,
    categoryOrder: categories,
    groupSubtotals: groupBy === "category" || m >= 7,
    totalsRow: "top",
    notes: SAMPLE_NOTES(unit),
    thousandsSeparators: true,
    placeholders: true,
    stars: true,
    fullWidthDigits: m === 5 || m === 9,
    dateStyle: "chinese",
  });
  const plain = (headerUnit: "万元" | null): ExcelCsvOptions => ({
    month,
    encoding: "utf-8-bom",
    title,
    headerUnit,
    totalsRow: "bottom",
    notes: [`注：本表数据截至${year}年${m}月底。`],
    dateStyle: "iso",
  });
  if (year === firstYear) return template("万元", "nature");
  if (m <= 4) return template("万元", "category");
  if (m === 7) return template("亿元", "nature");
  if (m === 9 || m === 12) return template("万元", "nature");
  return plain(m === 8 ? "万元" : null);
}
