import type { Locale } from "../config/siteConfigSchema.ts";
import { NATURE_WORDS, periodText, STATUS_WORDS } from "../data/tableWords.ts";
import type { EditionContent } from "../editions/content.ts";
import type { CsvValue } from "./csvSafe.ts";

/** One project row of an edition, as published. */
export type EditionProject = EditionContent["projects"][number];

type Text = Record<Locale, string>;
const t = (zh: string, en: string): Text => ({ "zh-CN": zh, en });

/** The year-to-date header's month range: "1-10月"; January alone is "截至1月底". */
function ytdRange(m: number): string {
  return m === 1 ? "截至1月底" : `1-${m}月`;
}

export interface ProjectField {
  /** Key in projects.json (and in the model). */
  json: keyof EditionProject;
  /** The CSV header for an edition of `year`/`month`, or null for a field only the JSON has. */
  csv: ((year: number, month: number) => string) | null;
  /** Unit of the value, when it has one. */
  unit: Text | null;
  description: Text;
  /** The CSV cell, when it differs from the JSON value (codes as the table's words). */
  cell?: (p: EditionProject) => CsvValue;
}

const WAN = t("万元", "10,000 yuan (万元)");
const MONTH = t("年-月（YYYY-MM）", "year-month (YYYY-MM)");
const fixed = (label: string) => () => label;

/**
 * Every published field of a project, in the order of the CSV's columns. The CSV, the JSON and
 * the data README all read this one list, so a column cannot be published without a definition.
 */
export const PROJECT_FIELDS: readonly ProjectField[] = [
  { json: "key", csv: null, unit: null, description: t("项目在各月之间的稳定标识：有项目编号时为“id:编号”，否则为“name:名称|县区”", "The project's identity across months: “id:…” when it has an id, else “name:…|district”") },
  { json: "slug", csv: null, unit: null, description: t("项目页面地址中的名称（projects/<slug>/）", "The project page's address segment (projects/<slug>/)") },
  { json: "month", csv: null, unit: MONTH, description: t("数据所属月份（月末状态）", "The month the row describes (as of month end)") },
  { json: "id", csv: fixed("项目编号"), unit: null, description: t("调度表中的项目编号（未填报时为空）", "Project id in the table (empty when not given)") },
  { json: "name", csv: fixed("项目名称"), unit: null, description: t("项目名称", "Project name") },
  { json: "district", csv: fixed("所属县区"), unit: null, description: t("所属县（市、区）或开发区", "District, county or development zone") },
  { json: "category", csv: fixed("项目类别"), unit: null, description: t("项目类别（如产业、基础设施）", "Category (e.g. industry, infrastructure)") },
  {
    json: "nature",
    csv: fixed("建设性质"),
    unit: null,
    description: t(
      "年初确定的建设性质：新开工（new）、续建（continuing）、竣工（completing，计划年内竣工）、前期（preparatory，前期储备）",
      "Plan status set at the start of the year: 新开工 new, 续建 continuing, 竣工 completing (due to finish this year), 前期 preparatory (reserve)",
    ),
    cell: (p) => (p.nature === null ? null : NATURE_WORDS[p.nature]),
  },
  {
    json: "status",
    csv: fixed("项目状态"),
    unit: null,
    description: t(
      "月末实际状态：未开工（not-started）、在建（under-construction）、已竣工（completed）、停工（suspended）",
      "Actual status at month end: 未开工 not-started, 在建 under-construction, 已竣工 completed, 停工 suspended",
    ),
    cell: (p) => (p.status === null ? null : STATUS_WORDS[p.status]),
  },
  { json: "content", csv: fixed("建设内容及规模"), unit: null, description: t("建设内容及规模", "Scope and scale of the works") },
  {
    json: "period",
    csv: fixed("建设起止年限"),
    unit: null,
    description: t(
      "建设起止年限。CSV写作“2024-2026”或“2024.03-2026.12”；JSON为 {startYear, startMonth, endYear, endMonth}，未知月份为 null",
      "Construction period. CSV: “2024-2026” or “2024.03-2026.12”; JSON: {startYear, startMonth, endYear, endMonth}, months null when unknown",
    ),
    cell: (p) => periodText(p.period),
  },
  { json: "totalInvestment", csv: fixed("总投资（万元）"), unit: WAN, description: t("项目总投资", "Total investment of the project") },
  { json: "annualPlan", csv: (y) => `${y}年计划投资（万元）`, unit: WAN, description: t("本年度计划投资", "Investment planned for the year") },
  { json: "ytdCompleted", csv: (_, m) => `${ytdRange(m)}完成投资（万元）`, unit: WAN, description: t("本年1月至本月完成投资", "Investment completed from January to this month") },
  { json: "ytdPlanned", csv: (_, m) => `${ytdRange(m)}计划投资（万元）`, unit: WAN, description: t("本年1月至本月按项目自身计划应完成的投资（调度表给出时）", "Investment the project's own schedule planned from January to this month (when the table gives it)") },
  { json: "cumulativeCompleted", csv: fixed("开工累计完成投资（万元）"), unit: WAN, description: t("自开工以来累计完成投资", "Investment completed since the project started") },
  { json: "monthCompleted", csv: fixed("当月完成投资（万元）"), unit: WAN, description: t("本月完成投资", "Investment completed in this month") },
  { json: "progressText", csv: fixed("形象进度"), unit: null, description: t("形象进度（填报单位的文字说明）", "Progress on site, as the office describes it") },
  { json: "problems", csv: fixed("存在问题"), unit: null, description: t("存在问题", "Problems reported") },
  { json: "owner", csv: fixed("业主单位"), unit: null, description: t("业主单位（项目建设单位）", "Project owner (the entity that builds it)") },
  { json: "leadDepartment", csv: fixed("责任单位"), unit: null, description: t("责任单位（牵头部门）", "Lead department") },
  { json: "leader", csv: fixed("责任领导"), unit: null, description: t("责任领导（包挂领导）", "Responsible leader") },
  {
    json: "privateInvestment",
    csv: fixed("是否民间投资"),
    unit: null,
    description: t("是否民间投资项目：CSV为“是/否”，JSON为 true/false", "Whether it is a private-investment project: CSV 是/否 (yes/no), JSON true/false"),
    cell: (p) => (p.privateInvestment === null ? null : p.privateInvestment ? "是" : "否"),
  },
  { json: "landArea", csv: fixed("用地面积(亩)"), unit: t("亩", "mu (亩, 666.7 m²)"), description: t("项目用地面积", "Land area of the project") },
  { json: "plannedStart", csv: fixed("计划开工时间"), unit: MONTH, description: t("计划开工时间", "Planned start") },
  { json: "actualStart", csv: fixed("实际开工时间"), unit: MONTH, description: t("实际开工时间", "Actual start") },
  { json: "plannedEnd", csv: fixed("计划竣工时间"), unit: MONTH, description: t("计划竣工时间", "Planned completion") },
  { json: "actualEnd", csv: fixed("实际竣工时间"), unit: MONTH, description: t("实际竣工时间", "Actual completion") },
  { json: "longitude", csv: fixed("经度"), unit: t("度（东经为正）", "degrees (east positive)"), description: t("项目位置经度", "Longitude of the project's location") },
  { json: "latitude", csv: fixed("纬度"), unit: t("度（北纬为正）", "degrees (north positive)"), description: t("项目位置纬度", "Latitude of the project's location") },
  { json: "remarks", csv: fixed("备注"), unit: null, description: t("备注", "Remarks") },
];

/** The fields the CSV has, with their headers for the edition's month. */
export function csvFields(month: string): Array<ProjectField & { header: string }> {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return PROJECT_FIELDS.flatMap((f) => (f.csv === null ? [] : [{ ...f, header: f.csv(year, m) }]));
}
