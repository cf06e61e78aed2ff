import type { Month, ProjectState } from "../data/model.ts";
import { compareNames } from "./compareNames.ts";
import { scopeIndicators } from "./scopeIndicators.ts";
import type { ScopeIndicators } from "./types.ts";

/**
 * The names a state is counted under along a many-valued dimension (its lead departments, its
 * responsible leaders). A state may give several names, or none.
 */
export type NamesOf = (state: ProjectState) => readonly string[];

/** One named scope (a lead department, a responsible leader) in one month. */
export interface NamedScope {
  name: string;
  /** Every indicator over the projects that name this scope (see `scopeIndicators`). */
  indicators: ScopeIndicators;
  /** Keys of those projects, in code-point order. */
  keys: string[];
  /** The keys (a subset of `keys`) of projects that also name another scope: they count for each. */
  shared: string[];
}

/** Keys in code-point order, so lists never depend on row order. */
const byKey = (a: ProjectState, b: ProjectState): number => compareNames(a.key, b.key);

/**
 * Indicators for each name along a many-valued dimension: a project counts, whole, for every
 * distinct name `namesOf` gives it, so a project of "市住建局、市交通局" is in both scopes and sums
 * over the scopes (projects, plans, amounts) can exceed the programme's. A project naming nobody is
 * in no scope (see `unnamedCount`). Scopes in code-point order of their names; no names, no scopes.
 */
export function byNames(states: readonly ProjectState[], month: Month, namesOf: NamesOf): NamedScope[] {
  const groups = new Map<string, ProjectState[]>();
  const many = new Set<ProjectState>();
  for (const s of states) {
    const names = new Set(namesOf(s));
    if (names.size > 1) many.add(s);
    for (const name of names) {
      const group = groups.get(name);
      if (group === undefined) groups.set(name, [s]);
      else group.push(s);
    }
  }
  return [...groups.keys()].sort(compareNames).map((name) => {
    const members = [...(groups.get(name) ?? [])].sort(byKey);
    return {
      name,
      indicators: scopeIndicators(members, month),
      keys: members.map((s) => s.key),
      shared: members.filter((s) => many.has(s)).map((s) => s.key),
    };
  });
}

/** How many states name nobody along the dimension (no department given, say). */
export function unnamedCount(states: readonly ProjectState[], namesOf: NamesOf): number {
  let n = 0;
  for (const s of states) if (namesOf(s).length === 0) n++;
  return n;
}
