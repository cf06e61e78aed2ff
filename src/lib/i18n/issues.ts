import type { Locale } from "../config/siteConfigSchema.ts";
import type { Field } from "../data/fields.ts";
import type { Issue, IssueCode } from "../common/issue.ts";
import type { FileReport } from "../data/report.ts";
import type { Notice } from "../data/model.ts";
import { fieldNames } from "./fields.ts";

/** Validation messages, zh-CN and en. Each renders an issue's column, value and details. */
type Render = (i: Issue, col: string, d: Record<string, string | number>) => string;

const WORKBOOK_PROBLEM_ZH: Record<string, string> = {
  truncated: "文件不完整，可能在下载或复制时被截断",
  damaged: "文件已损坏",
  "not-workbook": "这是一个压缩包，但不是 Excel 工作簿",
  unsupported: "文件使用了不支持的压缩方式",
  "too-large": "文件解压后过大",
};
const WORKBOOK_PROBLEM_EN: Record<string, string> = {
  truncated: "the file is incomplete, perhaps cut short while downloading or copying",
  damaged: "the file is damaged",
  "not-workbook": "it is a zip archive but not an Excel workbook",
  unsupported: "the file uses an unsupported compression",
  "too-large": "the file is too large once unpacked",
};

const zh: Record<IssueCode, Render> = {
  "not-a-number": (i, col) => `${col}：“${i.value}”不是数字`,
  "excel-error": (i, col) => `${col}：“${i.value}”是 Excel 公式错误，请在原表中修正公式后重新导出`,
  "missing-value": (_, col, d) => (d.fromGroups ? `此行上方没有标明${fieldNames["zh-CN"][d.field as Field]}的分组行（如“一、青岚区（19个）”），无法确定${fieldNames["zh-CN"][d.field as Field]}` : `${col}：为空，项目行必须填写此项`),
  "month-mismatch": (i, col, d) => `${col}：表头写的是${i.value}月，但文件名表示 ${d.month}（应为 1-${d.expected}月），请确认是否存错了月份`,
  "year-mismatch": (i, col, d) => `${col}：表头写的是${i.value}年，但文件名表示 ${d.month}（应为 ${d.expected}年）`,
  "duplicate-project": (i, col, d) => `${col}：“${i.value}”在本月表中重复出现（另见第${d.otherLine}行）`,
  "missing-column": (_, __, d) =>
    `缺少必需的列「${fieldNames["zh-CN"][d.field as Field]}」${d.groups ? "，也没有标明县区的分组行（如“一、青岚区（19个）”）" : ""}；如表头用了别的名称，请在 site.yaml 的 columns 中映射`,
  "empty-file": () => `文件为空`,
  "no-header": (_, __, d) =>
    `${d.sheets ? `工作簿的 ${d.count} 个工作表（${d.sheets}）中都` : d.sheet ? `工作表“${d.sheet}”中` : ""}找不到表头行：前40行中没有一行同时包含「项目名称」和至少两个已知列（如「所属县区」「年度计划投资」「1-10月完成投资」）`,
  "bad-file-name": (i) => `文件名“${i.value}”不是 YYYY-MM 格式（例如 2026-10.csv、2026-10.xlsx），无法确定月份；可用 npm run import -- 文件名 导入，自动识别月份并命名`,
  "duplicate-month": (i, _, d) => `${i.value} 已有快照文件 ${d.other}，同一月份只能有一个文件`,
  "no-snapshots": (_, __, d) => `数据目录“${d.folder}”中没有 snapshots/YYYY-MM.csv（或 .xlsx、.xls、.et）快照文件`,
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
  "unreadable-workbook": (_, __, d) =>
    `无法读取工作簿（.${d.format}）：${WORKBOOK_PROBLEM_ZH[String(d.problem)] ?? `文件可能已损坏或设置了打开密码（${d.reason}）`}。请在 Excel 或 WPS 中打开，另存为 .xlsx 后重试`,
  "sheet-not-found": (i, _, d) => `site.yaml 的 sheet 指定的工作表“${i.value}”不存在；此工作簿的工作表有：${d.sheets}`,
  "not-progress-table": (_, __, d) =>
    `这不是月度进度调度表：表头没有本年完成投资列（如「1-10月完成投资」「年度累计完成投资」），只有${d.found}等列，看起来是一份${d.kind === "plan" ? "年度投资计划表" : "项目储备或前期工作清单"}。请导入含本年累计完成投资的调度表；如完成投资列用了别的名称，请在 site.yaml 的 columns 中映射`,
  "several-tables": (i, _, d) => `工作簿中有多个工作表是项目进度表，已读取“${i.value}”，未读取“${d.others}”；如需读取其他工作表，请在 site.yaml 中设置 sheet`,
  "second-table": (i, _, d) => `从这一行起是另一张表（“${i.value}”，共 ${d.rows} 行），已停止读取；如需使用，请把它放到单独的文件或工作表中`,
  "title-month-mismatch": (i, _, d) => `标题“${i.value}”写的是 ${d.titleMonth}，与文件的月份 ${d.month} 不一致；请确认是否存错了月份，或标题忘了改`,
  "temporary-file": (i) => `“${i.value}”是 Excel 或 WPS 打开工作簿时生成的临时文件，已跳过`,
  "photo-bad-name": (i, _, d) =>
    d.where === "name"
      ? `文件名“${i.value}”不是照片的命名方式：应为 年-月.jpg（如 2026-09.jpg），同月第二张起为 2026-09-2.jpg、2026-09-3.jpg……；说明文字放在同名的 .txt 文件（如 2026-09.txt）中`
      : `“${i.value}”${d.where === "root" ? "直接放在 photos 文件夹中" : "放在项目文件夹的子文件夹中"}：照片应放在以项目编号命名的文件夹中，如 photos/${d.example}/2026-09.jpg`,
  "photo-format": (i, _, d) =>
    `${d.format ? `“${i.value}”的内容是 ${String(d.format).toUpperCase()} 格式，` : `“${i.value}”`}不是支持的照片格式：应为 JPEG（.jpg、.jpeg）、PNG（.png）或 WebP（.webp）；苹果手机的 HEIC 照片请先导出为 JPEG`,
  "photo-unreadable": (i, _, d) => `无法读取照片“${i.value}”：文件已损坏或不完整（${d.reason}），可能在复制或下载时被截断；请重新从相机或手机导出`,
  "photo-unknown-project": (i, _, d) => `文件夹“${i.value}”不是任何项目的项目编号：照片应放在 photos/项目编号/ 中，编号与调度表「项目编号」列一致（如“${d.example}”），也可用项目页地址中的代号`,
  "photo-month": (i, _, d) =>
    `照片的月份 ${i.value} 不是项目“${d.project}”在调度表中的月份（该项目只在 ${d.first === d.last ? d.first : `${d.first} 至 ${d.last} 的 ${d.count} 期`}调度表中）；文件名的年月应为照片所属的调度月份`,
  "photo-duplicate": (i, _, d) => `“${i.value}”与“${d.other}”都是 ${d.month} 的第 ${d.n} 张照片；同月多张请命名为 ${d.month}.jpg、${d.month}-2.jpg、${d.month}-3.jpg……`,
  "edition-photo-missing": (i, _, d) =>
    `已发布的 ${d.month} 期（第${d.revision}版）展示的照片 ${i.value} 已不在数据中或已被改动（校验和不符）。已发布的期次不能更改：请恢复原照片（git checkout）；如要换一张，请以新的编号加入（如 ${d.photoMonth}-${d.next}.jpg）`,
  "photo-caption-orphan": (i) => `说明文字“${i.value}”没有同名的照片（如 2026-09.txt 是 2026-09.jpg 的说明），未使用`,
};

const en: Record<IssueCode, Render> = {
  "not-a-number": (i, col) => `${col}: "${i.value}" is not a number`,
  "excel-error": (i, col) => `${col}: "${i.value}" is an Excel formula error; fix the formula in the workbook and export again`,
  "missing-value": (_, col, d) => (d.fromGroups ? `no group row above this row names its ${fieldNames.en[d.field as Field]} (e.g. 一、青岚区（19个）)` : `${col}: empty; a project row must give it`),
  "month-mismatch": (i, col, d) => `${col}: the header says month ${i.value} but the file name says ${d.month} (expected 1-${d.expected}); was the table saved under the wrong month?`,
  "year-mismatch": (i, col, d) => `${col}: the header says ${i.value} but the file name says ${d.month} (expected ${d.expected})`,
  "duplicate-project": (i, col, d) => `${col}: "${i.value}" appears twice in this month's table (see also line ${d.otherLine})`,
  "missing-column": (_, __, d) =>
    `the required column "${fieldNames.en[d.field as Field]}" is missing${d.groups ? ", and no group rows name districts (e.g. 一、青岚区（19个）)" : ""}; if the header uses another name, map it under columns in site.yaml`,
  "empty-file": () => `the file is empty`,
  "no-header": (_, __, d) =>
    `no header row found${d.sheets ? ` in any of the workbook's ${d.count} sheets (${d.sheets})` : d.sheet ? ` in sheet "${d.sheet}"` : ""}: none of the first 40 rows names the project-name column (项目名称) and at least two other known columns`,
  "bad-file-name": (i) => `the file name "${i.value}" is not YYYY-MM (e.g. 2026-10.csv, 2026-10.xlsx), so its month is unknown; npm run import -- <file> works out the month and names the file`,
  "duplicate-month": (i, _, d) => `${i.value} already has the snapshot ${d.other}; one file per month`,
  "no-snapshots": (_, __, d) => `the data folder "${d.folder}" has no snapshots/YYYY-MM.csv (or .xlsx, .xls, .et) files`,
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
  "unreadable-workbook": (_, __, d) =>
    `the workbook (.${d.format}) cannot be read: ${WORKBOOK_PROBLEM_EN[String(d.problem)] ?? `it may be damaged or password-protected (${d.reason})`}. Open it in Excel or WPS and save it as .xlsx`,
  "sheet-not-found": (i, _, d) => `the sheet "${i.value}" named by sheet in site.yaml does not exist; the workbook's sheets are: ${d.sheets}`,
  "not-progress-table": (_, __, d) =>
    `this is not a monthly progress table: the header has no year-to-date column (e.g. 1-10月完成投资, 年度累计完成投资), only ${d.found} and the like; it looks like ${d.kind === "plan" ? "an annual investment plan" : "a reserve or preparatory project list"}. Import the scheduling table with year-to-date completion; if that column has another name, map it under columns in site.yaml`,
  "several-tables": (i, _, d) => `several sheets of the workbook are progress tables: read "${i.value}", not "${d.others}"; set sheet in site.yaml to read another`,
  "second-table": (i, _, d) => `another table starts on this row ("${i.value}", ${d.rows} rows) and was not read; put it in a file or sheet of its own to use it`,
  "title-month-mismatch": (i, _, d) => `the title "${i.value}" names ${d.titleMonth}, not the file's month ${d.month}; was the table saved under the wrong month, or the title not updated?`,
  "temporary-file": (i) => `"${i.value}" is a temporary file Excel or WPS makes while a workbook is open; skipped`,
  "photo-bad-name": (i, _, d) =>
    d.where === "name"
      ? `the file name "${i.value}" is not a photo's name: expected year-month.jpg (e.g. 2026-09.jpg), and from a month's second photo on 2026-09-2.jpg, 2026-09-3.jpg…; a caption goes in a .txt file of the same name (2026-09.txt)`
      : `"${i.value}" is ${d.where === "root" ? "directly in the photos folder" : "in a folder inside a project's folder"}: a photo goes in the folder named after its project's id, e.g. photos/${d.example}/2026-09.jpg`,
  "photo-format": (i, _, d) =>
    `"${i.value}"${d.format ? ` holds a ${String(d.format).toUpperCase()} image, which` : ""} is not a supported photo format: expected JPEG (.jpg, .jpeg), PNG (.png) or WebP (.webp); export an iPhone's HEIC photos as JPEG first`,
  "photo-unreadable": (i, _, d) => `the photo "${i.value}" cannot be read: the file is damaged or incomplete (${d.reason}), perhaps cut short while copying or downloading; export it again from the camera or phone`,
  "photo-unknown-project": (i, _, d) => `the folder "${i.value}" is not the id of any project: photos go in photos/<project id>/, the id as the tables' 项目编号 column gives it (e.g. "${d.example}"), or the code in the project page's address`,
  "photo-month": (i, _, d) =>
    `the photo's month ${i.value} is not a month in which project "${d.project}" is on the tables (it is on ${d.first === d.last ? `the ${d.first} table` : `${d.count} tables from ${d.first} to ${d.last}`}); the file name gives the table month the photo belongs to`,
  "photo-duplicate": (i, _, d) => `"${i.value}" and "${d.other}" are both photo ${d.n} of ${d.month}; name a month's photos ${d.month}.jpg, ${d.month}-2.jpg, ${d.month}-3.jpg…`,
  "edition-photo-missing": (i, _, d) =>
    `the published edition of ${d.month} (revision ${d.revision}) shows the photo ${i.value}, which is no longer in the data or was changed (checksum mismatch). A published edition cannot change: restore the photo (git checkout); to show another, add it under a new number (e.g. ${d.photoMonth}-${d.next}.jpg)`,
  "photo-caption-orphan": (i) => `the caption "${i.value}" has no photo of the same name (2026-09.txt is the caption of 2026-09.jpg); not used`,
};

const messages: Record<Locale, Record<IssueCode, Render>> = { "zh-CN": zh, en };

export function issueMessage(i: Issue, locale: Locale): string {
  const col = i.column === null ? "" : locale === "en" ? `column "${i.column}"` : `列「${i.column}」`;
  return messages[locale][i.code](i, col, i.detail);
}

const skipZh = { blank: "空行", group: "分组行", total: "合计行", note: "表注", title: "标题行", header: "表头行", unit: "单位行", "other-table": "另一张表" };
const skipEn = { blank: "blank", group: "group", total: "total", note: "note", title: "title", header: "header", unit: "unit", "other-table": "another table" };

/** Lines as runs: [6, 7, 8, 9, 12] → "6–9、12" (zh) or "6–9, 12" (en). */
export function lineRanges(lines: readonly number[], sep: string): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    out.push(j > i ? `${lines[i]}–${lines[j]}` : `${lines[i]}`);
    i = j + 1;
  }
  return out.join(sep);
}

type NoticeRender = (n: Notice, lines: string) => string;

const SHEET_REASON_ZH: Record<string, string> = {
  empty: "空白",
  hidden: "隐藏的工作表",
  "no-header": "没有项目表头（如汇总表、说明页）",
  "no-progress": "有项目表头但没有本年完成投资列（计划或储备清单）",
  "not-chosen": "未选用",
};
const SHEET_REASON_EN: Record<string, string> = {
  empty: "empty",
  hidden: "hidden",
  "no-header": "no project header (a summary or notes sheet)",
  "no-progress": "a project header without a year-to-date column (a plan or reserve list)",
  "not-chosen": "not chosen",
};

const noticeZh: Record<Notice["code"], NoticeRender> = {
  "format-differs": (n) => `文件扩展名为 .${n.value}，内容实为 ${n.detail.format}，已按 ${n.detail.format} 读取`,
  "sheet-read": (n) => `读取工作表“${n.value}”（${n.detail.by === "config" ? "site.yaml 的 sheet 指定" : "表头可识别"}）`,
  "sheet-skipped": (n) => `跳过工作表“${n.value}”：${SHEET_REASON_ZH[String(n.detail.reason)] ?? n.detail.reason}`,
  "merge-filled": (n, l) => `${n.detail.letter}列「${n.column}」第 ${l} 行：沿用合并单元格 ${n.detail.cell} 的值“${n.value}”`,
  "blank-filled": (n, l) =>
    n.detail.package
      ? `第 ${l} 行没有项目名称但有另一责任单位，视为第 ${n.detail.fromLine} 行“${n.value}”的分行，沿用其编号、名称和县区`
      : `${n.detail.letter}列「${n.column}」第 ${l} 行为空，视为导出时留空的合并单元格，沿用第 ${n.detail.fromLine} 行的“${n.value}”`,
  "group-field": (n) => `表中没有「${fieldNames["zh-CN"][n.value as Field]}」列，取自分组行（如“${n.detail.example}”，共 ${n.detail.groups} 组）`,
  package: (n, l) => `“${n.value}”按责任单位分为 ${n.detail.rows} 行（第 ${l} 行：${n.detail.departments}），已合并为一个项目，金额相加`,
  "helper-column": (n, l) => `${n.value}列没有表头，第 ${l} 行的值未使用（辅助列）`,
};
const noticeEn: Record<Notice["code"], NoticeRender> = {
  "format-differs": (n) => `the file is named .${n.value} but is ${n.detail.format}; read as ${n.detail.format}`,
  "sheet-read": (n) => `read sheet "${n.value}" (${n.detail.by === "config" ? "named by sheet in site.yaml" : "its header is recognised"})`,
  "sheet-skipped": (n) => `skipped sheet "${n.value}": ${SHEET_REASON_EN[String(n.detail.reason)] ?? n.detail.reason}`,
  "merge-filled": (n, l) => `column ${n.detail.letter} "${n.column}", lines ${l}: the value "${n.value}" of the merged cell ${n.detail.cell}`,
  "blank-filled": (n, l) =>
    n.detail.package
      ? `lines ${l} have no project name but another lead department: taken as parts of "${n.value}" (line ${n.detail.fromLine}), with its id, name and district`
      : `column ${n.detail.letter} "${n.column}", lines ${l}: blank, taken as a merged cell left blank by the export; "${n.value}" of line ${n.detail.fromLine} used`,
  "group-field": (n) => `the table has no ${fieldNames.en[n.value as Field]} column; read from its group rows (e.g. "${n.detail.example}", ${n.detail.groups} groups)`,
  package: (n, l) => `"${n.value}" is split over ${n.detail.rows} rows by lead department (lines ${l}: ${n.detail.departments}); joined as one project, amounts summed`,
  "helper-column": (n, l) => `column ${n.value} has no header; its values on lines ${l} are not used (a helper column)`,
};

export function noticeMessage(n: Notice, locale: Locale): string {
  return (locale === "en" ? noticeEn : noticeZh)[n.code](n, lineRanges(n.lines, locale === "en" ? ", " : "、"));
}

const FORMAT_NAME: Record<string, string> = { xlsx: "Excel 工作簿 .xlsx", xls: "Excel 97-2003 工作簿 .xls", et: "WPS 表格 .et", html: "网页表格" };
const FORMAT_NAME_EN: Record<string, string> = { xlsx: "Excel workbook .xlsx", xls: "Excel 97-2003 workbook .xls", et: "WPS spreadsheet .et", html: "HTML table" };

/** Report lines around the messages. */
export const reportText = {
  "zh-CN": {
    fileLine: (f: FileReport) =>
      `${f.file}：${f.month}，${f.format && f.format !== "csv" ? `${FORMAT_NAME[f.format]}，工作表“${f.sheet}”` : `编码 ${f.encoding}`}，表头第 ${f.headerLines.join("、")} 行，单位 ${f.unit}（${{ header: "表头", "unit-row": "单位行", config: "配置" }[f.unitSource]}），${f.projects} 个项目，按${f.matchedBy === "id" ? "项目编号" : "项目名称和县区"}匹配各月`,
    columnsLine: (s: string) => `列：${s}`,
    groupColumn: "分组行",
    skippedLine: (s: string) => `跳过：${s}`,
    skipReason: skipZh,
    filledLine: (s: string) => `填充：${s}（--verbose 列出每一处）`,
    filledPart: (letter: string, column: string, merges: number, cells: number, how: "merge" | "above") =>
      `${letter}列「${column}」${how === "merge" ? `${merges} 个合并单元格` : `${merges} 处导出时留空的合并单元格`}共 ${cells} 格`,
    more: (n: number) => `……另 ${n} 条（--verbose 列出全部）`,
    errorsHeading: (n: number) => `错误（${n}）：`,
    warningsHeading: (n: number) => `警告（${n}）：`,
    files: (n: number) => `（${n} 个文件）`,
    summary: (files: number, errors: number, warnings: number) => `共 ${files} 个文件，${errors} 个错误，${warnings} 个警告。${errors > 0 ? "有错误，不会生成网站。" : ""}`,
  },
  en: {
    fileLine: (f: FileReport) =>
      `${f.file}: ${f.month}, ${f.format && f.format !== "csv" ? `${FORMAT_NAME_EN[f.format]}, sheet "${f.sheet}"` : f.encoding}, header on line ${f.headerLines.join(" and ")}, unit ${f.unit} (from ${f.unitSource}), ${f.projects} projects, matched across months by ${f.matchedBy === "id" ? "id" : "name and district"}`,
    columnsLine: (s: string) => `columns: ${s}`,
    groupColumn: "group rows",
    skippedLine: (s: string) => `skipped: ${s}`,
    skipReason: skipEn,
    filledLine: (s: string) => `filled: ${s} (--verbose lists each)`,
    filledPart: (letter: string, column: string, merges: number, cells: number, how: "merge" | "above") =>
      `column ${letter} "${column}": ${merges} ${how === "merge" ? "merged cells" : "merged cells left blank by the export"}, ${cells} cells`,
    more: (n: number) => `… ${n} more (--verbose lists all)`,
    errorsHeading: (n: number) => `Errors (${n}):`,
    warningsHeading: (n: number) => `Warnings (${n}):`,
    files: (n: number) => ` (${n} files)`,
    summary: (files: number, errors: number, warnings: number) => `${files} files, ${errors} errors, ${warnings} warnings.${errors > 0 ? " Nothing will be published." : ""}`,
  },
} as const;

const SOURCE_ZH = { option: "--month 参数", name: "文件名", title: "标题行", header: "表头" } as const;
const SOURCE_EN = { option: "the --month option", name: "the file name", title: "the title row", header: "the header" } as const;

/** What `npm run import` says. */
export const importText = {
  "zh-CN": {
    usage: "用法：npm run import -- <文件> [--month YYYY-MM] [--replace] [--data 目录] [--locale zh-CN|en]",
    read: (file: string, format: string, sheet: string | null) => `读取：${file}（${FORMAT_NAME[format] ?? "CSV 文本"}${sheet ? `，工作表“${sheet}”` : ""}）`,
    month: (month: string, yearFrom: keyof typeof SOURCE_ZH, monthFrom: keyof typeof SOURCE_ZH) =>
      `月份：${month}（${yearFrom === monthFrom ? `取自${SOURCE_ZH[monthFrom]}` : `年份取自${SOURCE_ZH[yearFrom]}，月份取自${SOURCE_ZH[monthFrom]}`}）`,
    disagrees: (source: keyof typeof SOURCE_ZH, what: string) => `注意：${SOURCE_ZH[source]}写的是 ${what}`,
    table: (lines: string, projects: number, skipped: number) => `表头第 ${lines} 行，${projects} 个项目，跳过 ${skipped} 行（见下方报告）`,
    noMonth: (file: string) => `无法从文件名、标题或表头确定“${file}”是哪个月的表（如“2026年1-10月…”“截至10月底”“1-10月完成投资”），请用 --month YYYY-MM 指定`,
    badMonth: (value: string) => `--month 的值“${value}”不是 YYYY-MM 格式（例如 2026-10）`,
    invalid: "有错误，未导入。请修正后重试。",
    exists: (files: string) => `${files} 已有这个月的快照，未导入；如要替换，请加 --replace`,
    replaced: (files: string) => `已删除同月旧文件：${files}`,
    written: (file: string) => `已写入：${file}`,
    missing: (file: string) => `找不到文件：${file}`,
  },
  en: {
    usage: "usage: npm run import -- <file> [--month YYYY-MM] [--replace] [--data DIR] [--locale zh-CN|en]",
    read: (file: string, format: string, sheet: string | null) => `read: ${file} (${FORMAT_NAME_EN[format] ?? "CSV text"}${sheet ? `, sheet "${sheet}"` : ""})`,
    month: (month: string, yearFrom: keyof typeof SOURCE_EN, monthFrom: keyof typeof SOURCE_EN) =>
      `month: ${month} (${yearFrom === monthFrom ? `from ${SOURCE_EN[monthFrom]}` : `year from ${SOURCE_EN[yearFrom]}, month from ${SOURCE_EN[monthFrom]}`})`,
    disagrees: (source: keyof typeof SOURCE_EN, what: string) => `note: ${SOURCE_EN[source]} says ${what}`,
    table: (lines: string, projects: number, skipped: number) => `header on lines ${lines}, ${projects} projects, ${skipped} rows skipped (see the report below)`,
    noMonth: (file: string) => `cannot tell the month of "${file}" from its name, title or header (e.g. 2026年1-10月…, 截至10月底, 1-10月完成投资); give it with --month YYYY-MM`,
    badMonth: (value: string) => `--month "${value}" is not YYYY-MM (e.g. 2026-10)`,
    invalid: "errors found; nothing imported. Fix them and try again.",
    exists: (files: string) => `${files} already holds this month's snapshot; nothing imported. Add --replace to replace it`,
    replaced: (files: string) => `removed the month's previous file: ${files}`,
    written: (file: string) => `written: ${file}`,
    missing: (file: string) => `no such file: ${file}`,
  },
} as const;
