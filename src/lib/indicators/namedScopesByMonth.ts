import type { Month, Programme } from "../data/model.ts";
import { statesByMonth } from "./indicatorsByMonth.ts";
import { previousInYear } from "./month.ts";
import { monthOverMonth } from "./monthOverMonth.ts";
import type { NamedScope, NamesOf } from "./namedScopes.ts";
import { byNames, unnamedCount } from "./namedScopes.ts";
import type { IndicatorChange } from "./types.ts";

/** A named scope's indicators in one month and their change since the previous month of the year. */
export interface NamedScopeResult extends NamedScope {
  /** Null everywhere when the scope had no projects in the previous month (or there is none). */
  change: IndicatorChange;
}

/** Every named scope of one month. */
export interface NamedMonthIndicators {
  month: Month;
  /** The previous available month of the same year (the base of every change), or null. */
  previous: Month | null;
  scopes: NamedScopeResult[];
  /** Projects that month naming nobody (counted in no scope). */
  unnamed: number;
}

/**
 * `byNames` for every available month of a programme, ascending, each scope with its change since
 * the previous available month of the same year (matched by name), as `indicatorsByMonth` does for
 * districts. Pass how a state's names are read (rank/namedIndicators.ts splits the cells).
 */
export function namedScopesByMonth(programme: Programme, namesOf: NamesOf): NamedMonthIndicators[] {
  const months = statesByMonth(programme);
  const available = months.map((m) => m.month);
  const byMonth = new Map<Month, NamedScope[]>();
  return months.map(({ month, states }) => {
    const previous = previousInYear(available, month);
    const before = new Map((previous === null ? [] : (byMonth.get(previous) ?? [])).map((s) => [s.name, s.indicators]));
    const scopes = byNames(states, month, namesOf);
    byMonth.set(month, scopes);
    return {
      month,
      previous,
      scopes: scopes.map((s) => ({ ...s, change: monthOverMonth(s.indicators, before.get(s.name) ?? null) })),
      unnamed: unnamedCount(states, namesOf),
    };
  });
}
