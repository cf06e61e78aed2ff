import type { Month, ProjectState } from "../data/model.ts";
import { compareNames } from "./compareNames.ts";
import { scopeIndicators } from "./scopeIndicators.ts";
import type { Dimension, ScopeIndicators } from "./types.ts";

/** The nature values in the order the office lists them. */
export const NATURE_ORDER = ["new", "continuing", "completing", "preparatory"] as const;

/** The scope a state falls in along a dimension (null: not given). */
export function scopeOf(state: ProjectState, dimension: Dimension): string | null {
  switch (dimension) {
    case "district":
      return state.district;
    case "category":
      return state.category;
    case "nature":
      return state.nature;
    case "leadDepartment":
      return state.leadDepartment;
  }
}

/**
 * Indicators for each scope along a dimension. Scopes come in the given display order (each listed
 * one appears, empty or not), then the others found in the data by name, then the "not given"
 * scope (name null) when some states have no value.
 */
export function byScope(
  states: readonly ProjectState[],
  month: Month,
  dimension: Dimension,
  order: readonly string[] = [],
): Array<{ name: string | null; indicators: ScopeIndicators }> {
  const groups = new Map<string | null, ProjectState[]>();
  for (const name of order) groups.set(name, []);
  for (const s of states) {
    const name = scopeOf(s, dimension);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [s]);
    else group.push(s);
  }
  const listed = new Set<string | null>(order);
  const others = [...groups.keys()]
    .filter((name) => !listed.has(name))
    .sort((a, b) => Number(a === null) - Number(b === null) || compareNames(a ?? "", b ?? ""));
  return [...order, ...others].map((name) => ({ name, indicators: scopeIndicators(groups.get(name) ?? [], month) }));
}
