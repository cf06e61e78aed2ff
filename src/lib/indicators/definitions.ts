import type { Locale } from "../config/siteConfigSchema.ts";
import type { DefinitionId } from "./types.ts";

/** How an indicator's value is shown: money in 万元/亿元, counts, fractions as % or points, 亩, 万元/亩. */
export type IndicatorDisplay = "money" | "count" | "percent" | "points" | "area" | "intensity" | "structure";

export interface IndicatorDefinition {
  id: DefinitionId;
  display: IndicatorDisplay;
  name: Record<Locale, string>;
  formula: Record<Locale, string>;
  /** An interpretation choice the methodology page must state, when there is one. */
  note?: Record<Locale, string>;
}

type Text = Record<Locale, string>;
const t = (zh: string, en: string): Text => ({ "zh-CN": zh, en });

function define(
  id: DefinitionId,
  display: IndicatorDisplay,
  name: Text,
  formula: Text,
  note?: Text,
): IndicatorDefinition {
  return note === undefined ? { id, display, name, formula } : { id, display, name, formula, note };
}

/**
 * The one definition of every indicator (SPEC §4), in display order. The methodology page prints
 * these; the code in this folder computes exactly what they say. "Scope" is the set of projects
 * counted (the programme, a district, a category, a nature or a lead department) in month m of year y.
 */
export const INDICATORS: readonly IndicatorDefinition[] = [
  define("projects", "count", t("项目数", "Projects"), t("范围内项目个数", "Number of projects in scope")),
  define(
    "totalInvestment",
    "money",
    t("总投资", "Total investment"),
    t("Σ 总投资（未填报的不计）", "Σ total investment (blanks ignored)"),
  ),
  define(
    "annualPlan",
    "money",
    t("年度计划投资", "Annual plan"),
    t("Σ 年度计划投资（未填报的不计）", "Σ annual investment plan (blanks ignored)"),
  ),
  define(
    "ytdCompleted",
    "money",
    t("本年完成投资", "Invested this year"),
    t("Σ 1至m月完成投资（未填报的不计）", "Σ investment completed from January to month m (blanks ignored)"),
  ),
  define(
    "completionRate",
    "percent",
    t("年度投资完成率", "Annual completion rate"),
    t("Σ 1至m月完成投资 ÷ Σ 年度计划投资", "Σ invested this year ÷ Σ annual plan"),
    t(
      "分子、分母都取范围内全部项目（含无年度计划的项目）；年度计划合计为0时不适用。",
      "Both sums run over every project in scope (including those without a plan); not applicable when the plans sum to 0.",
    ),
  ),
  define("timeProgress", "percent", t("时序进度", "Time progress"), t("m ÷ 12", "m ÷ 12")),
  define(
    "gap",
    "points",
    t("快于（慢于）时序进度", "Ahead of (behind) time progress"),
    t("年度投资完成率 − 时序进度，以百分点表示", "annual completion rate − time progress, in percentage points"),
  ),
  define(
    "scheduledProjects",
    "count",
    t("给出自身计划的项目", "Projects with their own schedule"),
    t("调度表给出“1至m月计划投资”（或“序时计划”）的项目个数", "Projects whose table gives their planned investment from January to month m (序时计划)"),
  ),
  define(
    "scheduled",
    "money",
    t("按自身计划应完成投资", "Scheduled investment to date"),
    t("Σ 1至m月计划投资（仅给出自身计划的项目）", "Σ planned investment from January to month m (projects with a schedule only)"),
  ),
  define(
    "scheduleProgress",
    "percent",
    t("自身计划进度", "Own-schedule progress"),
    t("Σ 1至m月计划投资 ÷ Σ 年度计划投资（仅给出自身计划的项目）", "Σ scheduled to date ÷ Σ annual plan (projects with a schedule only)"),
    t(
      "时序进度假定全年均匀推进（m ÷ 12）；项目自己的年度投资节点表往往前慢后快。没有项目给出自身计划时不适用。",
      "Time progress assumes even progress through the year (m ÷ 12); a project's own timetable often starts slowly. Not applicable when no project gives a schedule.",
    ),
  ),
  define(
    "scheduleGap",
    "points",
    t("快于（慢于）自身计划", "Ahead of (behind) own schedule"),
    t("（Σ 本年完成投资 − Σ 1至m月计划投资）÷ Σ 年度计划投资，仅给出自身计划的项目，以百分点表示", "(Σ invested − Σ scheduled to date) ÷ Σ annual plan, projects with a schedule only, in percentage points"),
  ),
  define(
    "newProjects",
    "count",
    t("新开工项目", "Projects due to start"),
    t("建设性质为“新开工”的项目个数", "Projects whose nature is “new” (新开工)"),
  ),
  define(
    "newStarted",
    "count",
    t("新开工项目已开工", "Due to start and started"),
    t(
      "新开工项目中，项目状态为在建、已竣工或停工，或实际开工时间不晚于m月的个数",
      "Projects due to start whose status is under construction, completed or suspended, or whose actual start is no later than month m",
    ),
    t("停工项目已经开工，计为已开工。", "A suspended project has started, so it counts as started."),
  ),
  define(
    "startRate",
    "percent",
    t("开工率", "Start rate"),
    t("新开工项目已开工个数 ÷ 新开工项目个数", "started ÷ projects due to start"),
  ),
  define(
    "finishPlanned",
    "count",
    t("计划竣工项目", "Projects due to finish"),
    t(
      "建设性质为“竣工”，或建设起止年限的结束年为y年的项目个数",
      "Projects whose nature is “completing” (竣工) or whose construction period ends in year y",
    ),
  ),
  define(
    "finished",
    "count",
    t("计划竣工项目已竣工", "Due to finish and finished"),
    t("计划竣工项目中项目状态为“已竣工”的个数", "Projects due to finish whose status is completed (已竣工)"),
  ),
  define(
    "finishRate",
    "percent",
    t("竣工率", "Finish rate"),
    t("已竣工个数 ÷ 计划竣工项目个数", "finished ÷ projects due to finish"),
  ),
  define(
    "reserveProjects",
    "count",
    t("前期储备项目", "Reserve projects"),
    t("建设性质为“前期”的项目个数", "Projects whose nature is “preparatory” (前期/储备)"),
  ),
  define(
    "reserveStarted",
    "count",
    t("储备项目已开工", "Reserve projects started"),
    t("前期储备项目中已开工的个数（开工的判断同上）", "Reserve projects that have started (started as above)"),
  ),
  define(
    "reserveConversion",
    "percent",
    t("储备转化率", "Reserve conversion"),
    t("储备项目已开工个数 ÷ 前期储备项目个数", "reserve projects started ÷ reserve projects"),
  ),
  define(
    "privateKnown",
    "count",
    t("填报是否民间投资的项目", "Projects stating private investment"),
    t("“是否民间投资”已填报的项目个数", "Projects whose private-investment cell is filled"),
  ),
  define(
    "privateProjects",
    "count",
    t("民间投资项目", "Private-investment projects"),
    t("“是否民间投资”为“是”的项目个数", "Projects marked as private investment"),
  ),
  define(
    "privateShareByCount",
    "percent",
    t("民间投资占比（按个数）", "Private share by count"),
    t("民间投资项目个数 ÷ 填报是否民间投资的项目个数", "private projects ÷ projects stating it"),
    t("未填报是否民间投资的项目不进入分母。", "Projects that do not say are left out of the denominator."),
  ),
  define(
    "privatePlan",
    "money",
    t("民间投资项目年度计划", "Annual plan of private projects"),
    t("Σ 民间投资项目年度计划投资", "Σ annual plan of private projects"),
  ),
  define(
    "privateShareByPlan",
    "percent",
    t("民间投资占比（按年度计划）", "Private share by annual plan"),
    t(
      "民间投资项目年度计划 ÷ 填报是否民间投资的项目年度计划",
      "annual plan of private projects ÷ annual plan of projects stating it",
    ),
    t("未填报是否民间投资的项目不进入分母。", "Projects that do not say are left out of the denominator."),
  ),
  define(
    "landArea",
    "area",
    t("用地面积", "Land area"),
    t("Σ 用地面积（亩），只计用地面积大于0的项目", "Σ land area (mu) of projects with a land area above 0"),
  ),
  define(
    "landInvestment",
    "money",
    t("有用地面积项目的总投资", "Total investment of projects with land"),
    t(
      "Σ 总投资，只计用地面积大于0且填报了总投资的项目",
      "Σ total investment of projects with a land area above 0 and a total investment",
    ),
  ),
  define(
    "intensity",
    "intensity",
    t("亩均投资强度", "Investment intensity"),
    t(
      "Σ 总投资 ÷ Σ 用地面积（万元/亩），分子分母只计同时填报了两者的项目",
      "Σ total investment ÷ Σ land area (万元 per mu), over projects giving both",
    ),
    t(
      "分母只计同时填报总投资的项目，所以可能小于“用地面积”合计。",
      "The denominator counts only projects that also give a total investment, so it may be smaller than the land area total.",
    ),
  ),
  define(
    "structure",
    "structure",
    t("投资结构", "Structure by category"),
    t("各类别年度计划投资 ÷ Σ 年度计划投资", "annual plan of each category ÷ Σ annual plan"),
  ),
];

/** The definition of one indicator. */
export function definition(id: DefinitionId): IndicatorDefinition {
  const found = INDICATORS.find((d) => d.id === id);
  if (found === undefined) throw new Error(`No definition for indicator “${id}”`);
  return found;
}
