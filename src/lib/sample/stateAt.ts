import type { ProjectState } from "../data/model.ts";
import { statusAt } from "./planYear.ts";
import { PROBLEMS, progressText } from "./projectText.ts";
import { type SampleProject, type YearPlan, fromCents, monthString } from "./sampleProject.ts";

/**
 * A project's own schedule to date in month m (cents): nothing before the month it is planned to
 * start this year, then a front-light curve to the whole annual plan in December, as offices' 投资
 * 节点表 run (slow in spring, fast in autumn).
 */
export function scheduledCents(project: SampleProject, plan: YearPlan, m: number): number {
  const planned = project.plannedStart;
  const start =
    plan.startMonth === 0 || planned === null || Number(planned.slice(0, 4)) < plan.year ? 1 : Number(planned.slice(0, 4)) > plan.year ? 13 : Number(planned.slice(5, 7));
  if (m < start) return 0;
  return Math.round(plan.annualPlanCents * Math.min(1, ((m - start + 1) / (13 - start)) ** 1.15));
}

/** The row of a project in the table for month m of its plan's year (`withSchedule`: the table gives 1-M月计划投资). */
export function stateAt(project: SampleProject, plan: YearPlan, m: number, line: number, withSchedule = false): ProjectState {
  const month = monthString(plan.year, m);
  const status = statusAt(plan, m);
  const ytd = plan.ytd[m] ?? 0;
  const previous = m <= 2 ? 0 : (plan.ytd[m - 1] ?? 0);
  const cumulative = project.priorCents + ytd;
  const share = project.totalCents ? cumulative / project.totalCents : ytd / Math.max(1, plan.annualPlanCents);

  let actualStart: string | null = null;
  if (plan.startMonth === 0) actualStart = project.actualStart;
  else if (plan.startMonth !== null && plan.startMonth <= m) actualStart = monthString(plan.year, plan.startMonth);

  let problems: string | null = null;
  const v = project.variant;
  if (status === "suspended") problems = PROBLEMS.suspended[v % PROBLEMS.suspended.length]!;
  else if (status !== "completed") {
    if (plan.stall !== null && m >= plan.stall[0] && m <= plan.stall[1] + 1) problems = PROBLEMS.stall[v % PROBLEMS.stall.length]!;
    else if (status === "not-started" && project.nature === "new" && project.plannedStart !== null && project.plannedStart < month)
      problems = PROBLEMS.lateStart[v % PROBLEMS.lateStart.length]!;
    else problems = plan.generalProblem;
  }

  return {
    month,
    key: project.key,
    id: project.id,
    name: project.name,
    district: project.district,
    category: project.category,
    nature: project.nature,
    status,
    content: project.content,
    period: { ...project.period },
    totalInvestment: project.totalCents === null ? null : fromCents(project.totalCents),
    annualPlan: fromCents(plan.annualPlanCents),
    ytdCompleted: fromCents(ytd),
    ytdPlanned: withSchedule ? fromCents(scheduledCents(project, plan, m)) : null,
    cumulativeCompleted: project.reportsCumulative || status !== "not-started" ? fromCents(cumulative) : null,
    monthCompleted: fromCents(ytd - previous),
    progressText: progressText(status, share, v + Math.floor(m / 4), project.category),
    problems,
    owner: project.owner,
    leadDepartment: project.leadDepartment,
    leader: project.leader,
    privateInvestment: project.privateInvestment,
    landArea: project.landArea,
    plannedStart: project.plannedStart,
    actualStart,
    plannedEnd: project.plannedEnd,
    actualEnd: plan.completeMonth !== null && m >= plan.completeMonth ? monthString(plan.year, plan.completeMonth) : null,
    longitude: project.longitude,
    latitude: project.latitude,
    remarks: project.remarks,
    source: { file: `snapshots/${month}.csv`, line },
  };
}
