import type { Locale } from "../config/siteConfigSchema.ts";
import type { Field } from "../data/fields.ts";
import type { Issue, IssueCode } from "../data/issue.ts";
import type { FileReport } from "../data/report.ts";
import { fieldNames } from "./fields.ts";

/** Validation messages, zh-CN and en. Each renders an issue's column, value and details. */
type Render = (i: Issue, col: string, d: Record<string, string | number>) => string;

const zh: Record<IssueCode, Render> = {
  "not-a-number": (i, col) => `${col}：“${i.value}”不是数字`,
  "excel-error": (i, col) => `${col}：“${i.value}”是 Excel 公式错误，请在原表中修正公式后重新导出`,
  "missing-value": (_, col) => `${col}：为空，项目行必须填写此项`,
  "month-mismatch": (i, col, d) => `${col}：表头写的是${i.value}月，但文件名表示 ${d.month}（应为 1-${d.expected}月），请确认是否存错了月份`,
  "year-mismatch": (i, col, d) => `${col}：表头写的是${i.value}年，但文件名表示 ${d.month}（应为 ${d.expected}年）`,
  "duplicate-project": (i, col, d) => `${col}：“${i.value}”在本月表中重复出现（另见第${d.otherLine}行）`,
  "missing-column": (_, __, d) => `缺少必需的列「${fieldNames["zh-CN"][d.field as Field]}」；如表头用了别的名称，请在 site.yaml 的 columns 中映射`,
  "empty-file": () => `文件为空`,
  "no-header": () => `找不到表头行：前40行中没有一行同时包含「项目名称」和至少两个已知列（如「所属县区」「年度计划投资」「1-10月完成投资」）`,
  "bad-file-name": (i) => `文件名“${i.value}”不是 YYYY-MM.csv 格式（例如 2026-10.csv），无法确定月份`,
  "duplicate-month": (i, _, d) => `${i.value} 已有快照文件 ${d.other}，同一月份只能有一个文件`,
  "no-snapshots": (_, __, d) => `数据目录“${d.folder}”中没有 snapshots/YYYY-MM.csv 快照文件`,
  "unknown-nature": (i, col) => `${col}：“${i.value}”不是可识别的建设性质（应为 新开工、续建、竣工、前期 之一）`,
  "unknown-status": (i, col) => `${col}：“${i.value}”不是可识别的项目状态（应为 未开工、已开工/在建、已竣工、停工 之一）`,
  config: (i, col, d) => (i.column ? `配置项「${i.column}」` : "配置文件") + (i.value !== null ? `：“${i.value}”` : "") + `无效：${d.message}`,
  "config-column-field": (i, col, d) => `配置项「${i.column}」：“${i.value}”不是已知字段（应为 ${d.fields} 之一）`,
  "unreadable-file": () => `引号未闭合，文件可能被截断或损坏`,
  "edition-altered": (_, __, d) => `已发布的 ${d.month} 期记录（第${d.revision}版）被改动过：内容校验和不符。已发布的期次不能更改；请恢复此文件（git checkout），如需更正请运行 npm run publish -- --month ${d.month} --revise "更正原因" 发布修订版`,
  "edition-snapshot-altered": (_, __, d) => `${d.month} 期已于 ${d.publishedOn} 发布（第${d.revision}版），但此快照文件此后被改动过（校验和不符）。请恢复原文件；如确需更正数据，请运行 npm run publish -- --month ${d.month} --revise "更正原因" 发布修订版`,
  "edition-invalid": (_, __, d) => `期次记录无效：${d.message}`,
  "geo-invalid": (_, __, d) => `边界文件无效：${d.message}（应为 GeoJSON FeatureCollection，每个要素的 properties.name 为县区名称）`,
  "geo-unknown-district": (i) => `边界文件中的“${i.value}”不是数据中的县区，地图上不会显示数值`,
  "totals-mismatch": (i, col, d) => `${col}：合计行为 ${i.value} 万元，但 ${d.rows} 个项目行之和为 ${d.sum} 万元（相差 ${d.difference}）`,
  "bad-date": (i, col) => `${col}：“${i.value}”不是可识别的年月（应如 2026-03 或 2026年3月），已按未填写处理`,
  "bad-period": (i, col) => `${col}：“${i.value}”不是可识别的建设年限（应如 2024-2026 或 2024.03-2026.12），已按未填写处理`,
  "bad-boolean": (i, col) => `${col}：“${i.value}”应为“是”或“否”，已按未填写处理`,
  "negative-amount": (i, col) => `${col}：金额为负数“${i.value}”，请核实`,
  "ytd-exceeds-cumulative": (i, col) => `${col}：本年完成“${i.value}”大于开工累计完成，请核实`,
  "unknown-column": (i, col, d) => (d.duplicateOf ? `${d.letter}列「${i.value}」与「${d.duplicateOf}」是同一字段，已忽略此列` : `${d.letter}列「${i.value}」不是已知列，未使用（如需使用，请在 site.yaml 的 columns 中映射）`),
  "replacement-characters": () => `文件中有无法识别的字符，已按 GB18030 解码，请检查是否有乱码`,
  "project-renamed": (i, _, d) => `项目更名：“${d.previous}”在 ${d.month} 改为“${i.value}”`,
  "project-appeared": (i, _, d) => `项目“${i.value}”在 ${d.previousMonth} 的表中没有，本月新出现`,
  "project-disappeared": (i, _, d) => `项目“${i.value}”在 ${d.previousMonth} 的表中有（第${d.previousLine}行），本月不见了`,
  "district-renamed": (i) => `县区名称变化：“${i.value}”`,
  "no-totals-row": () => `表中没有合计行，无法核对合计`,
};

const en: Record<IssueCode, Render> = {
  "not-a-number": (i, col) => `${col}: "${i.value}" is not a number`,
  "excel-error": (i, col) => `${col}: "${i.value}" is an Excel formula error; fix the formula in the workbook and export again`,
  "missing-value": (_, col) => `${col}: empty; a project row must give it`,
  "month-mismatch": (i, col, d) => `${col}: the header says month ${i.value} but the file name says ${d.month} (expected 1-${d.expected}); was the table saved under the wrong month?`,
  "year-mismatch": (i, col, d) => `${col}: the header says ${i.value} but the file name says ${d.month} (expected ${d.expected})`,
  "duplicate-project": (i, col, d) => `${col}: "${i.value}" appears twice in this month's table (see also line ${d.otherLine})`,
  "missing-column": (_, __, d) => `the required column "${fieldNames.en[d.field as Field]}" is missing; if the header uses another name, map it under columns in site.yaml`,
  "empty-file": () => `the file is empty`,
  "no-header": () => `no header row found: none of the first 40 rows names the project-name column (项目名称) and at least two other known columns`,
  "bad-file-name": (i) => `the file name "${i.value}" is not YYYY-MM.csv (e.g. 2026-10.csv), so its month is unknown`,
  "duplicate-month": (i, _, d) => `${i.value} already has the snapshot ${d.other}; one file per month`,
  "no-snapshots": (_, __, d) => `the data folder "${d.folder}" has no snapshots/YYYY-MM.csv files`,
  "unknown-nature": (i, col) => `${col}: "${i.value}" is not a known nature (expected one of 新开工, 续建, 竣工, 前期)`,
  "unknown-status": (i, col) => `${col}: "${i.value}" is not a known status (expected one of 未开工, 已开工/在建, 已竣工, 停工)`,
  config: (i, _, d) => (i.column ? `key "${i.column}"` : "the configuration file") + (i.value !== null ? `: "${i.value}"` : "") + ` is invalid: ${d.message}`,
  "config-column-field": (i, _, d) => `key "${i.column}": "${i.value}" is not a known field (expected one of ${d.fields})`,
  "unreadable-file": () => `an opening quote is never closed; the file may be truncated or damaged`,
  "edition-altered": (_, __, d) => `the published record of ${d.month} (revision ${d.revision}) was edited: its content checksum does not match. A published edition cannot change; restore this file (git checkout) and, to correct it, run npm run publish -- --month ${d.month} --revise "why"`,
  "edition-snapshot-altered": (_, __, d) => `${d.month} was published on ${d.publishedOn} (revision ${d.revision}) but this snapshot changed since (checksum mismatch). Restore the original file or, to correct the data, run npm run publish -- --month ${d.month} --revise "why"`,
  "edition-invalid": (_, __, d) => `invalid edition record: ${d.message}`,
  "geo-invalid": (_, __, d) => `invalid boundary file: ${d.message} (expected a GeoJSON FeatureCollection whose features name their district in properties.name)`,
  "geo-unknown-district": (i) => `"${i.value}" in the boundary file is not a district of the data; the map shows no value for it`,
  "totals-mismatch": (i, col, d) => `${col}: the total row says ${i.value} (10k yuan) but its ${d.rows} project rows add up to ${d.sum} (difference ${d.difference})`,
  "bad-date": (i, col) => `${col}: "${i.value}" is not a month (expected e.g. 2026-03 or 2026年3月); treated as not given`,
  "bad-period": (i, col) => `${col}: "${i.value}" is not a construction period (expected e.g. 2024-2026 or 2024.03-2026.12); treated as not given`,
  "bad-boolean": (i, col) => `${col}: "${i.value}" should be 是 or 否; treated as not given`,
  "negative-amount": (i, col) => `${col}: negative amount "${i.value}"; please check`,
  "ytd-exceeds-cumulative": (i, col) => `${col}: year-to-date "${i.value}" exceeds the cumulative amount; please check`,
  "unknown-column": (i, _, d) => (d.duplicateOf ? `column ${d.letter} "${i.value}" repeats the field of "${d.duplicateOf}" and is ignored` : `column ${d.letter} "${i.value}" is not a known column and is not used (map it under columns in site.yaml to use it)`),
  "replacement-characters": () => `the file has characters that could not be decoded as GB18030; check for garbled text`,
  "project-renamed": (i, _, d) => `project renamed: "${d.previous}" became "${i.value}" in ${d.month}`,
  "project-appeared": (i, _, d) => `project "${i.value}" was not in the ${d.previousMonth} table and appears this month`,
  "project-disappeared": (i, _, d) => `project "${i.value}" was in the ${d.previousMonth} table (line ${d.previousLine}) and is missing this month`,
  "district-renamed": (i) => `district name changed: "${i.value}"`,
  "no-totals-row": () => `the table has no total row to check against`,
};

const messages: Record<Locale, Record<IssueCode, Render>> = { "zh-CN": zh, en };

export function issueMessage(i: Issue, locale: Locale): string {
  const col = i.column === null ? "" : locale === "en" ? `column "${i.column}"` : `列「${i.column}」`;
  return messages[locale][i.code](i, col, i.detail);
}

const skipZh = { blank: "空行", group: "分组行", total: "合计行", note: "表注", title: "标题行", header: "表头行", unit: "单位行" };
const skipEn = { blank: "blank", group: "group", total: "total", note: "note", title: "title", header: "header", unit: "unit" };

/** Report lines around the messages. */
export const reportText = {
  "zh-CN": {
    fileLine: (f: FileReport) =>
      `${f.file}：${f.month}，编码 ${f.encoding}，表头第 ${f.headerLines.join("、")} 行，单位 ${f.unit}（${{ header: "表头", "unit-row": "单位行", config: "配置" }[f.unitSource]}），${f.projects} 个项目，按${f.matchedBy === "id" ? "项目编号" : "项目名称和县区"}匹配各月`,
    columnsLine: (s: string) => `列：${s}`,
    skippedLine: (s: string) => `跳过：${s}`,
    skipReason: skipZh,
    errorsHeading: (n: number) => `错误（${n}）：`,
    warningsHeading: (n: number) => `警告（${n}）：`,
    summary: (files: number, errors: number, warnings: number) => `共 ${files} 个文件，${errors} 个错误，${warnings} 个警告。${errors > 0 ? "有错误，不会生成网站。" : ""}`,
  },
  en: {
    fileLine: (f: FileReport) =>
      `${f.file}: ${f.month}, ${f.encoding}, header on line ${f.headerLines.join(" and ")}, unit ${f.unit} (from ${f.unitSource}), ${f.projects} projects, matched across months by ${f.matchedBy === "id" ? "id" : "name and district"}`,
    columnsLine: (s: string) => `columns: ${s}`,
    skippedLine: (s: string) => `skipped: ${s}`,
    skipReason: skipEn,
    errorsHeading: (n: number) => `Errors (${n}):`,
    warningsHeading: (n: number) => `Warnings (${n}):`,
    summary: (files: number, errors: number, warnings: number) => `${files} files, ${errors} errors, ${warnings} warnings.${errors > 0 ? " Nothing will be published." : ""}`,
  },
} as const;
