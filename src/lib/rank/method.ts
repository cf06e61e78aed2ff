import type { Locale } from "../config/siteConfigSchema.ts";

/** The components of the district score, in the order of `ranking.weights` in site.yaml. */
export const COMPONENTS = ["gap", "startRate", "finishRate"] as const;
export type ComponentId = (typeof COMPONENTS)[number];

type Text = Record<Locale, string>;

/**
 * The ranking and warning rules as text, for the methodology page. The code in this folder does
 * exactly this; change both together.
 */
export const RANKING_METHOD: Record<
  "components" | "normalisation" | "missing" | "weights" | "ties" | "flags" | "rankChange" | "boards" | "quarterly" | "projectBoard",
  Text
> = {
  components: {
    "zh-CN": "综合得分由三项指标构成：快于（慢于）时序进度、开工率、竣工率。",
    en: "The composite score has three components: the gap to time progress, the start rate and the finish rate.",
  },
  normalisation: {
    "zh-CN":
      "每项指标在当月参与排名的县区之间按极差法折算为0至100分：最低者0分，最高者100分，其余按比例；各县区数值相同时均得100分。",
    en: "Each component is scaled min–max across that month's ranked districts onto 0–100: the lowest scores 0, the highest 100, the rest in proportion; when all are equal, all score 100.",
  },
  missing: {
    "zh-CN":
      "某县区某项指标不适用（如没有计划新开工项目）时，该项不计分，其余各项权重按比例放大；各项都不适用时得0分。",
    en: "When a component does not apply to a district (no project due to start, say) it is left out and the other weights are scaled up; a district with no applicable component scores 0.",
  },
  weights: {
    "zh-CN": "综合得分为各项得分的加权平均，权重取自 site.yaml 的 ranking.weights（默认50、30、20），按和为1归一。",
    en: "The score is the weighted mean of the component scores, with the weights of ranking.weights in site.yaml (default 50, 30, 20) normalised to sum 1.",
  },
  ties: {
    "zh-CN": "得分精确到1e-9后相同的县区并列同一名次，下一名次顺延（如1、1、3）；并列者按名称的字符编码排序显示。",
    en: "Scores equal to 1e-9 share a rank and the next rank skips (1, 1, 3); tied districts are listed by the code points of their names.",
  },
  flags: {
    "zh-CN":
      "排名前N位的县区获红旗，后M位获黄旗（N、M取自 ranking.redFlags、ranking.yellowFlags）。并列名次跨越名额界限时，该并列组均不授旗，旗数不超过名额；一个县区不同时获红旗和黄旗，县区数不足时先授红旗。只有当月有项目的县区参与排名。",
    en: "The top N districts get red flags and the bottom M yellow flags (ranking.redFlags, ranking.yellowFlags). A tied group that would straddle the cut gets no flag, so flags never exceed their counts; no district gets both, red being given first when there are few districts. Only districts with projects that month are ranked.",
  },
  rankChange: {
    "zh-CN": "名次变化与上一个有数据的月份相比（跨年度也比较），上升为正。",
    en: "Rank change is against the previous month with data (also across a year boundary); a rise is positive.",
  },
  boards: {
    "zh-CN":
      "一马当先榜列出综合排名和项目排名前 ranking.boardSize 位（含并列）；奋起直追榜列出名次上升最多的县区（只列上升的，含并列）。",
    en: "The leaders board lists the districts and projects ranked within ranking.boardSize (ties included); the risers board lists the districts with the largest rank gains (gains only, ties included).",
  },
  quarterly: {
    "zh-CN": "季度榜为3月、6月、9月、12月当月的排名榜。",
    en: "The quarterly boards are the boards as at March, June, September and December.",
  },
  projectBoard: {
    "zh-CN": "项目排名只含年度计划大于0且填报了本年完成投资的项目，按项目完成率减时序进度从高到低排列，并列规则同上（按名称、再按项目标识排序）。",
    en: "The project board holds projects with an annual plan above 0 and a year-to-date figure, ranked by completion rate minus time progress; ties as above (by name, then key).",
  },
};

export const WARNING_METHOD: Record<"behind" | "lateStart" | "stalled" | "rounding", Text> = {
  behind: {
    "zh-CN":
      "项目完成率（本年完成投资÷年度计划）慢于时序进度10至30个百分点（含10和30）为黄色预警，超过30个百分点为红色预警（阈值取自 warnings.yellowBehindPoints、redBehindPoints）。年度计划为空或为0的项目不作此项预警。",
    en: "A project 10 to 30 points (inclusive) behind time progress gets a yellow warning, more than 30 a red one (warnings.yellowBehindPoints, redBehindPoints). Projects without an annual plan above 0 get no such warning.",
  },
  lateStart: {
    "zh-CN": "建设性质为新开工、计划开工时间已过 warnings.lateStartMonths 个月（默认3个月）仍未开工的项目为红色预警。",
    en: "A project due to start that has not started warnings.lateStartMonths months (default 3) after its planned start gets a red warning.",
  },
  stalled: {
    "zh-CN":
      "本年完成投资在同一年度最近 warnings.stalledMonths+1 个连续的有数据月份中没有任何一个月增长，为黄色预警（停滞）；已竣工项目和没有年度计划的项目除外。",
    en: "A project whose investment this year did not grow in any step across the last warnings.stalledMonths+1 consecutive months with data of the same year gets a yellow (stalled) warning; completed projects and projects without an annual plan are skipped.",
  },
  rounding: {
    "zh-CN": "落后点数先精确到1e-9再与阈值比较，以免浮点误差把恰好10个百分点判为不足。",
    en: "Points behind are rounded to 1e-9 before comparing with the thresholds, so float noise cannot put exactly 10 points below 10.",
  },
};
