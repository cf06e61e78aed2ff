import type { ProjectState } from "../data/model.ts";
import { compareNames } from "./compareNames.ts";
import { ratio } from "./ratio.ts";
import type { CategoryShare } from "./types.ts";

/** Plans compared to 1e-6 万元, so float noise in a sum cannot reorder equal categories. */
const planOrder = (plan: number): number => Math.round(plan * 1e6);

/**
 * 投资结构: each category's share of the scope's annual plan, largest plan first (ties by name,
 * projects without a category last). Shares are null when the scope's plan sums to 0.
 */
export function structure(states: readonly ProjectState[]): CategoryShare[] {
  const byCategory = new Map<string | null, { projects: number; annualPlan: number }>();
  let total = 0;
  for (const s of states) {
    const entry = byCategory.get(s.category) ?? { projects: 0, annualPlan: 0 };
    const plan = s.annualPlan !== null && Number.isFinite(s.annualPlan) ? s.annualPlan : 0;
    entry.projects += 1;
    entry.annualPlan += plan;
    total += plan;
    byCategory.set(s.category, entry);
  }
  return [...byCategory]
    .map(([category, e]) => ({ category, projects: e.projects, annualPlan: e.annualPlan, share: ratio(e.annualPlan, total) }))
    .sort(
      (a, b) =>
        Number(a.category === null) - Number(b.category === null) ||
        planOrder(b.annualPlan) - planOrder(a.annualPlan) ||
        compareNames(a.category ?? "", b.category ?? ""),
    );
}
