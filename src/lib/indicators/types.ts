import type { Month } from "../data/model.ts";

/** One category's share of a scope's annual plan (投资结构). */
export interface CategoryShare {
  /** Category name; null for projects without one. */
  category: string | null;
  projects: number;
  /** Σ annual plan of the category, 万元. */
  annualPlan: number;
  /** annualPlan / the scope's Σ annual plan; null when the scope's plan is 0. */
  share: number | null;
}

/**
 * Every indicator of SPEC §4 for one scope (a set of project states) in one month.
 * Amounts in 万元, land in 亩, rates as fractions (0.615, not 61.5), null = not applicable.
 */
export interface ScopeIndicators {
  month: Month;
  projects: number;
  totalInvestment: number;
  annualPlan: number;
  ytdCompleted: number;
  completionRate: number | null;
  timeProgress: number;
  gap: number | null;
  /** Projects whose table gives their own schedule to date (1-10月计划投资, 序时计划). */
  scheduledProjects: number;
  /** Σ their scheduled investment to date, 万元. */
  scheduled: number;
  /** Σ scheduled ÷ Σ annual plan over those projects: where their own schedules say they should be. */
  scheduleProgress: number | null;
  /** (Σ invested − Σ scheduled) ÷ Σ annual plan over those projects: ahead of (behind) their own schedules. */
  scheduleGap: number | null;
  newProjects: number;
  newStarted: number;
  startRate: number | null;
  finishPlanned: number;
  finished: number;
  finishRate: number | null;
  reserveProjects: number;
  reserveStarted: number;
  reserveConversion: number | null;
  privateKnown: number;
  privateProjects: number;
  privateShareByCount: number | null;
  privatePlan: number;
  privateShareByPlan: number | null;
  landArea: number;
  landInvestment: number;
  intensity: number | null;
  structure: CategoryShare[];
}

/** Every indicator that has a definition (all of them but the month). */
export type DefinitionId = Exclude<keyof ScopeIndicators, "month">;

/** The numeric indicators: those with a month-on-month change. */
export type IndicatorId = Exclude<DefinitionId, "structure">;

/** Month-on-month change of every numeric indicator (current − previous); null when not applicable. */
export type IndicatorChange = Record<IndicatorId, number | null>;

/** The scope dimensions the programme is cut by. */
export type Dimension = "district" | "category" | "nature" | "leadDepartment";

/** One scope's indicators in one month and their change since the previous month of the year. */
export interface ScopeResult {
  /** District, category, nature or lead department; the region (or null) for the whole programme. */
  name: string | null;
  indicators: ScopeIndicators;
  change: IndicatorChange;
}

/** All scopes in one month. */
export interface MonthIndicators {
  month: Month;
  /** The previous available month of the same year (the base of every change), or null. */
  previous: Month | null;
  programme: ScopeResult;
  districts: ScopeResult[];
  categories: ScopeResult[];
  natures: ScopeResult[];
  departments: ScopeResult[];
}
