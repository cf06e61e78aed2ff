import { NATURE_WORDS, STATUS_WORDS } from "../data/tableWords.ts";
import type { Locale } from "../config/siteConfigSchema.ts";

/**
 * Every sentence template of the generated narrative and of warning reasons, in both languages.
 * Templates receive figures already formatted (see `src/lib/narrative/format.ts`) and never contain
 * a figure of their own. Directions are -1 (behind / down), 0 (level) or 1 (ahead / up).
 */

export type Direction = -1 | 0 | 1;
export type FlagColour = "red" | "yellow";

export interface ProgressFigures {
  /** "2026年6月底" / "June 2026". */
  asOf: string;
  /** The region or district; null when unknown. */
  scope: string | null;
  projects: string;
  ytd: string;
  plan: string;
  rate: string;
  gap: { direction: Direction; points: string };
  /** Change of the completion rate since the previous month, when there is one. */
  change: { direction: Direction; points: string } | null;
}

export interface CountFigures {
  planned: string;
  done: string;
  rate: string;
}

export interface NarrativeTemplates {
  /** The end of a month, after "截至" / "By the end of". */
  asOf(month: string): string;
  /** Fallback scope name for the whole programme. */
  programmeScope: string;
  noProjects(v: { asOf: string; scope: string | null }): string;
  progress(v: ProgressFigures): string;
  progressWithoutPlan(v: { asOf: string; scope: string | null; projects: string; ytd: string }): string;
  starts(v: CountFigures | null): string;
  finishes(v: CountFigures | null): string;
  reserve(v: CountFigures | null): string;
  /** Joins the clauses of starts, finishes and reserve into one sentence. */
  countsSentence(clauses: string[]): string;
  privateShare(v: { projects: string; share: string }): string;
  flags(v: { red: string[]; yellow: string[] }): string;
  /** Projects with a warning, by their worst level (figures formatted; "0" when none). */
  warnings(v: { projects: string; red: string; yellow: string } | null): string;
  rank(v: {
    score: string;
    rank: string;
    of: string;
    change: { direction: Direction; places: string } | null;
    flag: FlagColour | null;
  }): string;
  project(v: {
    name: string;
    district: string;
    nature: string | null;
    status: string | null;
    asOf: string;
    plan: string;
    ytd: string;
    rate: string;
    gap: { direction: Direction; points: string };
  }): string;
  projectWithoutPlan(v: { name: string; district: string; nature: string | null; status: string | null; asOf: string; ytd: string }): string;
  projectRank(v: { rank: string; of: string }): string;
  warningBehind(v: { level: FlagColour; plan: string; ytd: string; rate: string; timeProgress: string; points: string }): string;
  /** Behind the project's own schedule (1-10月计划投资), when site.yaml measures warnings against it. */
  warningBehindSchedule(v: { level: FlagColour; plan: string; ytd: string; scheduled: string; points: string }): string;
  /** A behind-time-progress warning inside a project paragraph, whose figures were just given. */
  behindLevel(level: FlagColour): string;
  warningLateStart(v: { plannedStart: string; month: string; months: string }): string;
  warningStalled(v: { months: string; from: string; to: string; ytdFrom: string; ytdTo: string }): string;
  /** The problem ledger's month: raised and closed, what is still open, the oldest. */
  problems(v: { raised: string; reopened: string; closed: string; open: string; oldest: string | null; none: boolean }): string;
  /** 半年一总结: who leads the half-year board, who rose most since the first month, the flags. */
  halfYear(v: { scope: "districts" | "departments"; year: string; first: string; firstRed: string; risers: string[]; rise: string | null; red: string[]; yellow: string[] }): string;
  nature: Record<"new" | "continuing" | "completing" | "preparatory", string>;
  status: Record<"not-started" | "under-construction" | "completed" | "suspended", string>;
  list(items: string[]): string;
}

const zhList = (items: string[]): string => items.join("、");
const enList = (items: string[]): string =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const zhLevel = (level: FlagColour): string => (level === "red" ? "红色" : "黄色");
const plural = (n: string, one: string, many: string): string => `${n} ${n === "1" ? one : many}`;

const zh: NarrativeTemplates = {
  asOf: (month) => `${month}底`,
  programmeScope: "全市",
  noProjects: ({ asOf, scope }) => `截至${asOf}，${scope ?? "全市"}暂无重点项目。`,
  progress: ({ asOf, scope, projects, ytd, plan, rate, gap, change }) =>
    `截至${asOf}，${scope ?? "全市"}${projects}个重点项目完成投资${ytd}，占年度计划${plan}的${rate}，` +
    (gap.direction > 0 ? `快于时序进度${gap.points}` : gap.direction < 0 ? `慢于时序进度${gap.points}` : "与时序进度持平") +
    (change === null
      ? ""
      : change.direction > 0
        ? `，完成率比上月提高${change.points}`
        : change.direction < 0
          ? `，完成率比上月降低${change.points}`
          : "，完成率与上月持平") +
    "。",
  progressWithoutPlan: ({ asOf, scope, projects, ytd }) =>
    `截至${asOf}，${scope ?? "全市"}${projects}个重点项目完成投资${ytd}，暂无年度计划投资。`,
  starts: (v) => (v === null ? "无计划新开工项目" : `新开工项目${v.planned}个，已开工${v.done}个，开工率${v.rate}`),
  finishes: (v) => (v === null ? "无计划竣工项目" : `计划竣工项目${v.planned}个，已竣工${v.done}个，竣工率${v.rate}`),
  reserve: (v) => (v === null ? "" : `前期储备项目${v.planned}个，已开工${v.done}个，储备转化率${v.rate}`),
  countsSentence: (clauses) => `${clauses.filter((c) => c !== "").join("；")}。`,
  privateShare: ({ projects, share }) => `民间投资项目${projects}个，占年度计划投资的${share}。`,
  flags: ({ red, yellow }) =>
    [red.length > 0 ? `${zhList(red)}获红旗` : "", yellow.length > 0 ? `${zhList(yellow)}获黄旗` : ""]
      .filter((s) => s !== "")
      .join("，") + (red.length + yellow.length > 0 ? "。" : ""),
  warnings: (v) =>
    v === null
      ? "无预警项目。"
      : v.yellow === "0"
        ? `预警项目${v.projects}个，均为红色预警。`
        : v.red === "0"
          ? `预警项目${v.projects}个，均为黄色预警。`
          : `预警项目${v.projects}个，其中红色预警${v.red}个、黄色预警${v.yellow}个。`,
  rank: ({ score, rank, of, change, flag }) =>
    `综合得分${score}分，在${of}个县区中排第${rank}位` +
    (change === null
      ? ""
      : change.direction > 0
        ? `，比上月上升${change.places}位`
        : change.direction < 0
          ? `，比上月下降${change.places}位`
          : "，与上月持平") +
    (flag === "red" ? "，获红旗" : flag === "yellow" ? "，获黄旗" : "") +
    "。",
  project: ({ name, district, nature, status, asOf, plan, ytd, rate, gap }) =>
    `${name}（${[district, nature, status].filter((s) => s !== null).join("，")}）本年计划投资${plan}，` +
    `截至${asOf}完成投资${ytd}，占年度计划的${rate}，` +
    (gap.direction > 0 ? `快于时序进度${gap.points}` : gap.direction < 0 ? `慢于时序进度${gap.points}` : "与时序进度持平") +
    "。",
  projectWithoutPlan: ({ name, district, nature, status, asOf, ytd }) =>
    `${name}（${[district, nature, status].filter((s) => s !== null).join("，")}）本年无计划投资，截至${asOf}完成投资${ytd}。`,
  projectRank: ({ rank, of }) => `在${of}个有年度计划的项目中排第${rank}位。`,
  warningBehind: ({ level, plan, ytd, rate, timeProgress, points }) =>
    `年度计划${plan}，完成${ytd}（${rate}），慢于时序进度（${timeProgress}）${points}，列为${zhLevel(level)}预警。`,
  warningBehindSchedule: ({ level, plan, ytd, scheduled, points }) =>
    `年度计划${plan}，按自身计划应完成${scheduled}，实际完成${ytd}，慢于自身计划${points}，列为${zhLevel(level)}预警。`,
  behindLevel: (level) => `列为${zhLevel(level)}预警。`,
  problems: ({ raised, reopened, closed, open, oldest, none }) =>
    none
      ? "问题清单中暂无未解决的问题。"
      : `问题清单本月新增${raised}个${reopened === "0" ? "" : `、重新提出${reopened}个`}，销号${closed}个，尚有${open}个未解决${oldest === null ? "" : `，最久的已挂账${oldest}个月`}。`,
  halfYear: ({ scope, year, first, firstRed, risers, rise, red, yellow }) =>
    `${year}年上半年，${scope === "districts" ? "县区" : "责任单位"}综合排名第一的是${first}，上半年获红旗${firstRed}次` +
    (risers.length > 0 && rise !== null ? `；与年初相比，${zhList(risers)}名次上升最多（上升${rise}位）` : "") +
    (red.length > 0 ? `；6月获红旗的是${zhList(red)}` : "") +
    (yellow.length > 0 ? `，获黄旗的是${zhList(yellow)}` : "") +
    "。",
  warningLateStart: ({ plannedStart, month, months }) =>
    `计划${plannedStart}开工，至${month}已过${months}个月仍未开工，列为红色预警。`,
  warningStalled: ({ months, from, to, ytdFrom, ytdTo }) =>
    `本年完成投资连续${months}个月没有增长（${from}${ytdFrom}，${to}${ytdTo}），列为黄色预警。`,
  // The Chinese labels are the table's own words.
  nature: NATURE_WORDS,
  status: STATUS_WORDS,
  list: zhList,
};

const en: NarrativeTemplates = {
  asOf: (month) => month,
  programmeScope: "the programme",
  noProjects: ({ asOf, scope }) => `By the end of ${asOf}, ${scope ?? "the programme"} had no key projects.`,
  progress: ({ asOf, scope, projects, ytd, plan, rate, gap, change }) =>
    `By the end of ${asOf}, the ${plural(projects, "key project", "key projects")}${scope === null ? "" : ` in ${scope}`} ` +
    `had invested ${ytd}, ${rate} of the annual plan of ${plan}, ` +
    (gap.direction > 0
      ? `${gap.points} ahead of time progress`
      : gap.direction < 0
        ? `${gap.points} behind time progress`
        : "in line with time progress") +
    (change === null
      ? ""
      : change.direction > 0
        ? `; the completion rate rose ${change.points} on the previous month`
        : change.direction < 0
          ? `; the completion rate fell ${change.points} on the previous month`
          : "; the completion rate was unchanged on the previous month") +
    ".",
  progressWithoutPlan: ({ asOf, scope, projects, ytd }) =>
    `By the end of ${asOf}, the ${plural(projects, "key project", "key projects")}${scope === null ? "" : ` in ${scope}`} ` +
    `had invested ${ytd}, with no annual plan given.`,
  starts: (v) =>
    v === null
      ? "No project is due to start this year"
      : `Of the ${plural(v.planned, "project", "projects")} due to start this year, ${v.done} had started (start rate ${v.rate})`,
  finishes: (v) =>
    v === null
      ? "no project is due to finish"
      : `of the ${v.planned} due to finish, ${v.done} had finished (finish rate ${v.rate})`,
  reserve: (v) =>
    v === null ? "" : `of the ${plural(v.planned, "reserve project", "reserve projects")}, ${v.done} had started (conversion ${v.rate})`,
  countsSentence: (clauses) => {
    const s = clauses.filter((c) => c !== "").join("; ");
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  },
  privateShare: ({ projects, share }) =>
    `${plural(projects, "private-investment project holds", "private-investment projects hold")} ${share} of the annual plan.`,
  flags: ({ red, yellow }) =>
    [red.length > 0 ? `Red flags go to ${enList(red)}` : "", yellow.length > 0 ? `yellow flags to ${enList(yellow)}` : ""]
      .filter((s) => s !== "")
      .join("; ")
      .replace(/^y/, "Y") + (red.length + yellow.length > 0 ? "." : ""),
  warnings: (v) =>
    v === null
      ? "No project carries a warning."
      : v.yellow === "0" || v.red === "0"
        ? `${plural(v.projects, "project carries a", "projects carry a")} ${v.yellow === "0" ? "red" : "yellow"} warning.`
        : `${plural(v.projects, "project carries", "projects carry")} a warning: ${v.red} red and ${v.yellow} yellow.`,
  rank: ({ score, rank, of, change, flag }) =>
    `It scored ${score}, ranking no. ${rank} of ${of} districts` +
    (change === null
      ? ""
      : change.direction > 0
        ? ` (up ${change.places} on the previous month)`
        : change.direction < 0
          ? ` (down ${change.places} on the previous month)`
          : " (unchanged on the previous month)") +
    (flag === "red" ? ", with a red flag" : flag === "yellow" ? ", with a yellow flag" : "") +
    ".",
  project: ({ name, district, nature, status, asOf, plan, ytd, rate, gap }) =>
    `${name} (${[district, nature, status].filter((s) => s !== null).join(", ")}) has an annual plan of ${plan}; ` +
    `by the end of ${asOf} it had invested ${ytd}, ${rate} of the plan, ` +
    (gap.direction > 0
      ? `${gap.points} ahead of time progress`
      : gap.direction < 0
        ? `${gap.points} behind time progress`
        : "in line with time progress") +
    ".",
  projectWithoutPlan: ({ name, district, nature, status, asOf, ytd }) =>
    `${name} (${[district, nature, status].filter((s) => s !== null).join(", ")}) has no annual plan; ` +
    `by the end of ${asOf} it had invested ${ytd} this year.`,
  projectRank: ({ rank, of }) => `It ranks no. ${rank} of the ${of} projects with an annual plan.`,
  warningBehind: ({ level, plan, ytd, rate, timeProgress, points }) =>
    `${ytd} invested of an annual plan of ${plan} (${rate}), ${points} behind time progress (${timeProgress}): ${level} warning.`,
  warningBehindSchedule: ({ level, plan, ytd, scheduled, points }) =>
    `${ytd} invested against ${scheduled} scheduled to date (annual plan ${plan}), ${points} behind its own schedule: ${level} warning.`,
  behindLevel: (level) => `${level === "red" ? "Red" : "Yellow"} warning.`,
  problems: ({ raised, reopened, closed, open, oldest, none }) =>
    none
      ? "No problem is open on the problem list."
      : `Problem list: ${plural(raised, "problem", "problems")} raised this month${reopened === "0" ? "" : ` and ${reopened} raised again`}, ${closed} closed; ${open} still open${oldest === null ? "" : `, the oldest for ${plural(oldest, "month", "months")}`}.`,
  halfYear: ({ scope, year, first, firstRed, risers, rise, red, yellow }) =>
    `In the first half of ${year}, ${first} led the ${scope === "districts" ? "district" : "department"} board, with ${plural(firstRed, "red flag", "red flags")} over the half` +
    (risers.length > 0 && rise !== null ? `; ${enList(risers)} rose most since the start of the year (${plural(rise, "place", "places")})` : "") +
    (red.length > 0 ? `; June's red flags went to ${enList(red)}` : "") +
    (yellow.length > 0 ? ` and its yellow flags to ${enList(yellow)}` : "") +
    ".",
  warningLateStart: ({ plannedStart, month, months }) =>
    `Planned to start in ${plannedStart}, still not started ${plural(months, "month", "months")} later (${month}): red warning.`,
  warningStalled: ({ months, from, to, ytdFrom, ytdTo }) =>
    `Investment this year has not grown for ${plural(months, "month", "months")} (${ytdFrom} in ${from}, ${ytdTo} in ${to}): yellow warning.`,
  nature: { new: "due to start", continuing: "continuing", completing: "due to finish", preparatory: "in preparation" },
  status: {
    "not-started": "not started",
    "under-construction": "under construction",
    completed: "completed",
    suspended: "suspended",
  },
  list: enList,
};

/** The narrative templates of a locale. */
export const NARRATIVE: Record<Locale, NarrativeTemplates> = { "zh-CN": zh, en };
