import type { Locale, SiteConfig } from "../config/siteConfigSchema.ts";
import type { EditionContent } from "../editions/content.ts";
import { INDICATORS, type IndicatorDisplay } from "../indicators/definitions.ts";
import { formatFor } from "../i18n/format/index.ts";
import { RANKING_METHOD, WARNING_METHOD } from "../rank/method.ts";
import { licenseUrl } from "./licenseUrl.ts";
import { csvFields, PROJECT_FIELDS } from "./projectFields.ts";

/** The files of an edition's open data, as the README links them (paths relative to the README). */
export interface OpenDataFiles {
  csv: string;
  projectsJson: string;
  indicatorsJson: string;
  oc4ids: string;
  changes: string;
  /** The problem list and its description, when the edition keeps one. */
  problems?: [string, string];
}

export interface DataReadmeInput {
  content: EditionContent;
  config: Pick<SiteConfig, "publisher" | "license" | "locale">;
  /** The edition's page (absolute URL), for citation. */
  editionUrl: string;
  files: OpenDataFiles;
  /** The snapshot file the edition was made from, and its SHA-256, when known. */
  snapshot?: { file: string; sha256: string } | null;
  /** Publication date (YYYY-MM-DD) and revision of the edition, when published. */
  publishedOn?: string | null;
  revision?: number | null;
  revisionNote?: string | null;
}

/** Markdown text that shows as written: punctuation that would become markup is escaped, lines joined. */
export function mdText(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ").replace(/([\\`*_[\]<>|#!~])/g, "\\$1");
}

const DISPLAY_UNIT: Record<IndicatorDisplay, Record<Locale, string>> = {
  money: { "zh-CN": "万元", en: "万元 (10,000 yuan)" },
  count: { "zh-CN": "个", en: "count" },
  percent: { "zh-CN": "比率（小数，0.615 即 61.5%）", en: "fraction (0.615 = 61.5%)" },
  points: { "zh-CN": "比率之差（小数，−0.064 即慢6.4个百分点）", en: "difference of fractions (−0.064 = 6.4 points behind)" },
  area: { "zh-CN": "亩", en: "mu (亩)" },
  intensity: { "zh-CN": "万元/亩", en: "万元 per mu" },
  structure: { "zh-CN": "列表（各类别占比）", en: "list (share of each category)" },
};

const L = {
  "zh-CN": {
    heading: (title: string, month: string) => `# ${title}：${month}开放数据`,
    intro: (month: string) => `本目录是${month}这一期的全部数据：项目表（CSV、JSON）、计算出的指标与排名（JSON）、以及 OC4IDS 格式的项目数据包。同一期数据发布后不再改动；如有更正，以新的修订版发布并附说明。`,
    files: "## 文件",
    fileHead: ["文件", "格式", "内容"],
    fileRows: (f: OpenDataFiles) => [
      [f.csv, "CSV（UTF-8 带 BOM，逗号分隔，CRLF 换行）", "项目表，列名与调度表相同，可直接用 Excel 打开，也可作为 snapshots/YYYY-MM.csv 重新导入"],
      [f.projectsJson, "JSON", "项目表，字段见下表；建设性质、项目状态为英文代码"],
      [f.indicatorsJson, "JSON", "全市、各县区、各类别、各建设性质、各责任单位的指标，县区排名与红旗黄旗，季度榜，一马当先榜，奋起直追榜，项目榜，项目预警"],
      [f.oc4ids, "JSON（OC4IDS 0.9）", "开放基础设施合同数据标准（OC4IDS）项目数据包"],
      [f.changes, "CSV（UTF-8 带 BOM）", "与上一期相比的全部项目变化：新列入、不再列入、新开工、新竣工、新增预警、解除预警、预警等级变化"],
      ...(f.problems ? [[f.problems[0], "CSV（UTF-8 带 BOM）", f.problems[1]]] : []),
    ],
    source: "## 来源",
    publisher: (p: string) => `发布单位：${p}`,
    snapshot: (file: string, sha: string) => `原始数据：调度表 \`${file}\`，SHA-256 \`${sha}\``,
    noSnapshot: "原始数据：发布单位每月报送的重点项目调度表。",
    published: (d: string) => `发布日期：${d}`,
    revision: (n: number) => `修订版：第${n}版`,
    revisionNote: (s: string) => `修订说明：${s}`,
    license: "## 许可",
    licenseText: (l: string, url: string | null) => (url ? `本数据以 [${l}](${url}) 许可发布。使用时请注明来源。` : `本数据以 ${l} 许可发布。使用时请注明来源。`),
    cite: "## 引用方式",
    citation: (publisher: string, title: string, month: string, date: string | null, url: string) =>
      `${publisher}. ${title}：${month}[DB/OL]. ${date ? `(${date}). ` : ""}${url}`,
    columns: "## 项目表字段（CSV 与 projects.json）",
    columnsIntro: "金额单位均为万元；空单元格（JSON 中为 null）表示未填报。CSV 中以 = + - @ 开头的文字前加了一个单引号（'），以免被电子表格当作公式执行；纯数字（如 -5）不加。",
    columnHead: ["CSV 列名", "JSON 字段", "单位", "说明"],
    notInCsv: "（仅 JSON）",
    indicators: "## 指标定义（indicators.json）",
    indicatorsIntro:
      "indicators.json 中 programme、districts、categories、natures、departments 的每一项为 {name, indicators, change}：indicators 为当月各指标，change 为与本年上一个有数据月份相比的变化（不适用时为 null）。比率以小数表示。",
    indicatorHead: ["指标", "字段", "单位", "计算方法", "说明"],
    ranking: "## 排名与预警规则",
    rankingIntro: "board 为县区排名榜（rank 名次，score 综合得分，flag 为 red 红旗 / yellow 黄旗），warnings 为项目预警（level 为 red / yellow，reason 为原因）。",
    oc4ids: "## OC4IDS 数据包",
    oc4idsText:
      "项目状态对应 projectStatus 代码表：未开工 → preparation，在建 → implementation，已竣工 → completion，停工 → implementation（停工在当月观测值的 notes 中说明）。项目类别按 projectSector 代码表映射到 sector，原类别保留在 additionalClassifications。总投资与完成投资换算为元（CNY）。责任单位为 publicAuthority，业主单位为 buyer。financialProgress 指标列出本年各月的1至当月完成投资。",
  },
  en: {
    heading: (title: string, month: string) => `# ${title}: open data, ${month}`,
    intro: (month: string) => `This folder holds all the data of the ${month} edition: the project table (CSV, JSON), the computed indicators and rankings (JSON), and an OC4IDS project package. A published edition never changes; a correction is published as a new revision with a note.`,
    files: "## Files",
    fileHead: ["File", "Format", "Contents"],
    fileRows: (f: OpenDataFiles) => [
      [f.csv, "CSV (UTF-8 with BOM, comma-separated, CRLF)", "The project table with the scheduling table's Chinese headers; opens in Excel and re-imports as snapshots/YYYY-MM.csv"],
      [f.projectsJson, "JSON", "The project table, fields below; nature and status as codes"],
      [f.indicatorsJson, "JSON", "Indicators of the programme and of every district, category, nature and lead department; the district board with red and yellow flags; quarterly board; leaders; risers; project board; project warnings"],
      [f.oc4ids, "JSON (OC4IDS 0.9)", "Open Contracting for Infrastructure Data Standard project package"],
      [f.changes, "CSV (UTF-8 with BOM)", "Every project-level change since the previous edition: added, removed, started, finished, warnings raised, cleared or changing level"],
      ...(f.problems ? [[f.problems[0], "CSV (UTF-8 with BOM)", f.problems[1]]] : []),
    ],
    source: "## Source",
    publisher: (p: string) => `Publisher: ${p}`,
    snapshot: (file: string, sha: string) => `Source file: the scheduling table \`${file}\`, SHA-256 \`${sha}\``,
    noSnapshot: "Source: the monthly key-project scheduling table reported by the publisher.",
    published: (d: string) => `Published: ${d}`,
    revision: (n: number) => `Revision: ${n}`,
    revisionNote: (s: string) => `Revision note: ${s}`,
    license: "## Licence",
    licenseText: (l: string, url: string | null) => (url ? `Published under [${l}](${url}). Please credit the source.` : `Published under ${l}. Please credit the source.`),
    cite: "## How to cite",
    citation: (publisher: string, title: string, month: string, date: string | null, url: string) =>
      `${publisher}${date ? ` (${date.slice(0, 4)})` : ""}. ${title}: ${month} [Data set]. ${url}`,
    columns: "## Project fields (CSV and projects.json)",
    columnsIntro:
      "Amounts are in 万元 (10,000 yuan); an empty cell (null in JSON) means not given. In the CSV, text starting with = + - @ has a leading apostrophe (') so that spreadsheets do not run it as a formula; plain numbers such as -5 do not.",
    columnHead: ["CSV header", "JSON field", "Unit", "Meaning"],
    notInCsv: "(JSON only)",
    indicators: "## Indicators (indicators.json)",
    indicatorsIntro:
      "Each item of programme, districts, categories, natures and departments in indicators.json is {name, indicators, change}: the month's indicators and their change since the previous month with data in the same year (null when not applicable). Rates are fractions.",
    indicatorHead: ["Indicator", "Field", "Unit", "Formula", "Note"],
    ranking: "## Ranking and warning rules",
    rankingIntro: "board is the district board (rank, score, flag red / yellow); warnings are the project warnings (level red / yellow, with the reason).",
    oc4ids: "## OC4IDS package",
    oc4idsText:
      "Status follows the projectStatus codelist: not started → preparation, under construction → implementation, completed → completion, suspended → implementation (the suspension is stated in the month's observation notes). Categories map to projectSector codes in sector, with the original category kept in additionalClassifications. Amounts are converted to yuan (CNY). The lead department is the publicAuthority, the owner the buyer. The financialProgress metric lists the investment completed from January to each month of the year.",
  },
} as const;

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const cell = (s: string) => mdText(s) || " ";
  return [`| ${head.map(cell).join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

/**
 * The README of an edition's open data, in the site's language: files, source (with the snapshot's
 * checksum), licence, how to cite, every CSV column and JSON field with its unit, and the indicator
 * definitions and ranking rules taken from the code that computes them. Every text from the data or
 * the configuration is escaped, so it reads as written.
 */
export function dataReadme(input: DataReadmeInput): string {
  const { content, config } = input;
  const locale = config.locale;
  const l = L[locale];
  const month = formatFor(locale).month(content.month);
  const title = content.title;
  const publisher = config.publisher ?? title;
  const license = licenseUrl(config.license);
  const out: string[] = [l.heading(mdText(title), month), "", l.intro(month), ""];

  out.push(l.files, "", ...table(l.fileHead, l.fileRows(input.files)), "");

  out.push(l.source, "", `- ${l.publisher(mdText(publisher))}`);
  if (input.snapshot) out.push(`- ${l.snapshot(input.snapshot.file.replace(/`/g, ""), input.snapshot.sha256.replace(/[^0-9a-f]/gi, ""))}`);
  else out.push(`- ${l.noSnapshot}`);
  if (input.publishedOn) out.push(`- ${l.published(mdText(input.publishedOn))}`);
  if (input.revision) out.push(`- ${l.revision(input.revision)}`);
  if (input.revisionNote) out.push(`- ${l.revisionNote(mdText(input.revisionNote))}`);
  out.push("");

  out.push(l.license, "", l.licenseText(mdText(config.license), license), "");
  out.push(l.cite, "", `> ${l.citation(mdText(publisher), mdText(title), month, input.publishedOn ?? null, `<${new URL(input.editionUrl).href}>`)}`, "");

  const headers = new Map(csvFields(content.month).map((f) => [f.json, f.header]));
  out.push(
    l.columns,
    "",
    l.columnsIntro,
    "",
    ...table(
      l.columnHead,
      PROJECT_FIELDS.map((f) => [headers.get(f.json) ?? l.notInCsv, f.json, f.unit?.[locale] ?? "", f.description[locale]]),
    ),
    "",
  );

  out.push(
    l.indicators,
    "",
    l.indicatorsIntro,
    "",
    ...table(
      l.indicatorHead,
      INDICATORS.map((d) => [d.name[locale], d.id, DISPLAY_UNIT[d.display][locale], d.formula[locale], d.note?.[locale] ?? ""]),
    ),
    "",
  );

  out.push(l.ranking, "", l.rankingIntro, "");
  for (const text of [...Object.values(RANKING_METHOD), ...Object.values(WARNING_METHOD)]) out.push(`- ${mdText(text[locale])}`);
  out.push("", l.oc4ids, "", l.oc4idsText, "");
  return out.join("\n");
}
