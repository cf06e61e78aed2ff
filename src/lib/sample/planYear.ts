import type { Status } from "../data/model.ts";
import type { Random } from "./random.ts";
import { roundPlan } from "./newProject.ts";
import { PROBLEMS } from "./projectText.ts";
import type { SampleProject, YearPlan } from "./sampleProject.ts";

/** How a district performs in a year: leaders have pace > 1 and invest early; laggards start late. */
export interface DistrictPace {
  /** Expected share of the annual plan completed by December. */
  pace: number;
  /** Exponent of the year-to-date curve: below 1 front-loaded, above 1 back-loaded. */
  gamma: number;
  /** 0–0.5: how much more likely starts and completions slip. */
  lateness: number;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function monthOf(month: string | null, year: number, fallback: number): number {
  if (month === null) return fallback;
  const y = Number(month.slice(0, 4));
  if (y < year) return 1;
  if (y > year) return 13;
  return Number(month.slice(5, 7));
}

/** Plan a project's year: annual plan, start, completion, suspension, stall and the ytd curve. */
export function planYear(rng: Random, project: SampleProject, year: number, district: DistrictPace): YearPlan {
  const { nature, totalCents, priorCents, period } = project;
  const remaining = totalCents === null ? Number.POSITIVE_INFINITY : Math.max(0, totalCents - priorCents);
  const remainingWan = remaining / 100;
  const totalWan = totalCents === null ? null : totalCents / 100;
  const started = project.carriedStatus === "under-construction" || project.carriedStatus === "suspended" || nature === "continuing" || nature === "completing";

  // Annual plan.
  let planWan: number;
  const plannedStartMonth = monthOf(project.plannedStart, year, 6);
  switch (nature) {
    case "continuing":
      planWan = (remainingWan / Math.max(1, period.endYear - year + 1)) * rng.float(0.8, 1.3);
      break;
    case "completing":
      planWan = remainingWan * rng.float(0.92, 1);
      break;
    case "new":
      planWan = ((totalWan ?? 5000) / Math.max(1, period.endYear - year + 1)) * rng.float(0.5, 0.9) * Math.min(1, (13 - plannedStartMonth) / 10);
      break;
    case "preparatory":
      planWan = Math.min(rng.logUniform(80, 2500), totalWan === null ? Number.POSITIVE_INFINITY : totalWan * 0.1);
      break;
  }
  if (!Number.isFinite(planWan)) planWan = rng.logUniform(200, 5000);
  const annualPlanCents = roundPlan(Math.max(planWan, 50)) * 100;

  // Start.
  let startMonth: number | null = null;
  if (started) startMonth = 0;
  else if (nature === "new") {
    if (!rng.chance(0.08 + district.lateness * 0.15)) {
      const delay = rng.weighted([[-1, 8], [0, 45 - district.lateness * 40], [1, 16], [2, 10 + district.lateness * 10], [3, 6 + district.lateness * 10], [4, 4 + district.lateness * 10]]);
      const s = Math.max(1, plannedStartMonth + delay);
      startMonth = s <= 12 ? s : null;
    }
  } else if (nature === "preparatory" && rng.chance(0.3)) startMonth = rng.int(5, 11);

  // Suspension.
  let suspended: readonly [number, number] | null = null;
  if (project.carriedStatus === "suspended") {
    suspended = rng.chance(0.5) ? [1, rng.int(1, 5)] : [1, 12];
  } else if (startMonth === 0 && nature === "continuing" && rng.chance(0.04)) {
    const from = rng.int(4, 11);
    suspended = [from, rng.chance(0.5) ? Math.min(12, from + rng.int(1, 3)) : 12];
  }

  // Completion.
  let completeMonth: number | null = null;
  if (nature === "completing" && (suspended === null || suspended[1] < 12)) {
    const slip = rng.weighted([[0, 60], [1, 15], [2, 8], [99, 12 + district.lateness * 30]]);
    const c = Math.max(monthOf(project.plannedEnd, year, 12), suspended === null ? 1 : suspended[1] + 1) + slip;
    completeMonth = c <= 12 ? c : null;
  }
  const end = completeMonth ?? 12;
  const s0 = startMonth === null ? (nature === "preparatory" ? 0 : 12) : Math.max(0, startMonth - 1);

  // Stall: year-to-date flat for 2–4 months while under construction.
  let stall: readonly [number, number] | null = null;
  if (startMonth !== null && suspended === null && rng.chance(0.16)) {
    const k = rng.int(2, 4);
    const first = Math.max(s0 + 2, 3);
    const last = Math.min(end, 12) - k + 1;
    if (last >= first) {
      const a = rng.int(first, last);
      stall = [a, a + k - 1];
    }
  }

  // How much of the plan is done by December (or by completion).
  let target: number;
  if (completeMonth !== null) target = annualPlanCents * rng.float(0.97, 1.03);
  else if (startMonth === null && nature !== "preparatory") target = 0;
  else {
    let ratio = clamp(rng.normal(district.pace, 0.1), 0.3, 1.35);
    if (nature === "new" && startMonth !== null) ratio *= Math.min(1, (13 - startMonth) / Math.max(1, 13 - plannedStartMonth));
    if (nature === "completing") ratio *= rng.float(0.6, 0.9);
    if (nature === "preparatory" && startMonth === null) ratio *= rng.float(0.3, 1);
    if (suspended !== null) ratio *= Math.max(0.15, (12 - (suspended[1] - suspended[0] + 1)) / 12);
    target = annualPlanCents * ratio;
  }
  target = Math.round(Math.min(target, remaining));

  // The year-to-date curve: an s-shaped share of the target, month by month.
  const f = (t: number): number => Math.pow(t, district.gamma);
  const weights: number[] = [0];
  for (let m = 1; m <= 12; m++) {
    const inStall = stall !== null && m >= stall[0] && m <= stall[1];
    const inSuspension = suspended !== null && m >= suspended[0] && m <= suspended[1];
    if (m <= s0 || m > end || inStall || inSuspension) weights.push(0);
    else {
      const span = end - s0;
      const w = f((m - s0) / span) - f((m - s0 - 1) / span);
      weights.push(w * (m <= 2 ? 0.6 : 1) * rng.float(0.6, 1.4));
    }
  }
  const sum = weights.reduce((a, b) => a + b, 0);
  const ytd: number[] = [];
  let acc = 0;
  for (const w of weights) {
    acc += w;
    ytd.push(sum === 0 ? 0 : Math.round((target * acc) / sum));
  }

  const generalProblem = rng.chance(0.15) ? rng.pick(PROBLEMS.general) : null;
  return { year, annualPlanCents, startMonth, completeMonth, suspended, stall, ytd, generalProblem };
}

/** Status at the end of month m of the plan's year. */
export function statusAt(plan: YearPlan, m: number): Status {
  if (plan.completeMonth !== null && m >= plan.completeMonth) return "completed";
  if (plan.suspended !== null && m >= plan.suspended[0] && m <= plan.suspended[1]) return "suspended";
  if (plan.startMonth !== null && plan.startMonth <= m) return "under-construction";
  return "not-started";
}
