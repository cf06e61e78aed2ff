import type { Nature, Period, Status } from "../data/model.ts";
import type { SampleCategory } from "./vocabulary.ts";

/**
 * The generator's working record of one project: what stays fixed across months, plus the
 * state it carries from one year to the next. Amounts are integer hundredths of 万元 ("cents"),
 * so sums and differences are exact and every amount has at most two decimals.
 */
export interface SampleProject {
  id: string;
  key: string;
  name: string;
  district: string;
  category: SampleCategory;
  content: string;
  owner: string | null;
  leadDepartment: string;
  leader: string;
  privateInvestment: boolean | null;
  landArea: number | null;
  longitude: number | null;
  latitude: number | null;
  remarks: string | null;
  totalCents: number | null;
  period: Period;
  plannedStart: string | null;
  actualStart: string | null;
  plannedEnd: string | null;
  actualEnd: string | null;
  /** Cumulative investment before the current year. */
  priorCents: number;
  /** Plan status for the current year. */
  nature: Nature;
  /** Status at the end of the previous year (null for a project new to the list). */
  carriedStatus: Status | null;
  /** Whether a cumulative figure is reported (preparatory projects often leave it blank). */
  reportsCumulative: boolean;
  /** Seed for per-project text choices. */
  variant: number;
}

/** A project's year: its plan and the year-to-date curve, index 0 (before January) to 12. */
export interface YearPlan {
  year: number;
  annualPlanCents: number;
  /** Month it starts this year; 0 when already started before the year; null when it does not start. */
  startMonth: number | null;
  /** Month it is completed, or null. */
  completeMonth: number | null;
  /** Months (inclusive) with status 停工. */
  suspended: readonly [number, number] | null;
  /** Months (inclusive) in which year-to-date investment does not grow while under construction. */
  stall: readonly [number, number] | null;
  /** Year-to-date investment at the end of each month, cents; ytd[0] = 0. */
  ytd: number[];
  /** A problem noted for the whole year, when nothing more specific applies. */
  generalProblem: string | null;
}

export function monthString(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Month arithmetic on "YYYY-MM". */
export function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const total = y * 12 + (m - 1) + n;
  return monthString(Math.floor(total / 12), (total % 12) + 1);
}

/** Round a 万元 amount to cents. */
export function toCents(wan: number): number {
  return Math.round(wan * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}
