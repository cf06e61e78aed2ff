import type { Month, Programme, ProjectState } from "../data/model.ts";
import { byScope, NATURE_ORDER } from "./byScope.ts";
import { previousInYear } from "./month.ts";
import { monthOverMonth } from "./monthOverMonth.ts";
import { scopeIndicators } from "./scopeIndicators.ts";
import type { Dimension, MonthIndicators, ScopeIndicators, ScopeResult } from "./types.ts";

/** The states of each available month, ascending by month. */
export function statesByMonth(programme: Programme): Array<{ month: Month; states: ProjectState[] }> {
  return [...programme.snapshots]
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    .map((s) => ({ month: s.month, states: s.states }));
}

function withChange(
  scopes: Array<{ name: string | null; indicators: ScopeIndicators }>,
  previous: Array<{ name: string | null; indicators: ScopeIndicators }> | null,
): ScopeResult[] {
  const before = new Map(previous?.map((p) => [p.name, p.indicators]));
  return scopes.map((s) => ({ ...s, change: monthOverMonth(s.indicators, before.get(s.name) ?? null) }));
}

const ORDERS = (programme: Programme): Record<Dimension, readonly string[]> => ({
  district: programme.districts,
  category: programme.categories,
  nature: NATURE_ORDER,
  leadDepartment: [],
});

/**
 * Indicators of the whole programme and of each district, category, nature and lead department,
 * for every available month, each with its change since the previous available month of the year.
 */
export function indicatorsByMonth(programme: Programme): MonthIndicators[] {
  const months = statesByMonth(programme);
  const available = months.map((m) => m.month);
  const orders = ORDERS(programme);
  const out: MonthIndicators[] = [];
  const byMonth = new Map<Month, MonthIndicators>();
  for (const { month, states } of months) {
    const previous = previousInYear(available, month);
    const before = previous === null ? null : (byMonth.get(previous) ?? null);
    const cut = (dimension: Dimension, prior: ScopeResult[] | undefined): ScopeResult[] =>
      withChange(byScope(states, month, dimension, orders[dimension]), prior ?? null);
    const total = scopeIndicators(states, month);
    const result: MonthIndicators = {
      month,
      previous,
      programme: {
        name: programme.region,
        indicators: total,
        change: monthOverMonth(total, before?.programme.indicators ?? null),
      },
      districts: cut("district", before?.districts),
      categories: cut("category", before?.categories),
      natures: cut("nature", before?.natures),
      departments: cut("leadDepartment", before?.departments),
    };
    byMonth.set(month, result);
    out.push(result);
  }
  return out;
}
