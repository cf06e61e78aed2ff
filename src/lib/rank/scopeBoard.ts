import type { Month } from "../data/model.ts";
import { compareNames } from "../indicators/compareNames.ts";
import type { ScopeIndicators } from "../indicators/types.ts";
import type { Board } from "./board.ts";
import type { Weights } from "./compositeScore.ts";
import { flags } from "./flags.ts";
import { rankDistricts } from "./rankDistricts.ts";

/** How a board is ranked and flagged. */
export interface BoardRules {
  /** The composite score's weights (`ranking.weights`). */
  weights: Weights;
  redFlags: number;
  yellowFlags: number;
  /** Scopes with fewer projects are not ranked (at least 1: an empty scope is never ranked). */
  minProjects: number;
}

/** A scope with projects but fewer than `minProjects`: listed, not ranked. */
export interface UnrankedScope {
  name: string;
  projects: number;
}

/** A board of any kind of scope: the district board's shape, plus the scopes left off it. */
export interface ScopeBoard extends Board {
  /** Scopes with projects but fewer than `minProjects`, in code-point order of their names. */
  unranked: UnrankedScope[];
}

/**
 * The board of a month over any scopes (lead departments, say), ranked exactly as `districtBoard`
 * ranks districts: the scopes with at least `minProjects` projects (and a name) are ranked by the
 * composite score of gap, start rate and finish rate (`rankDistricts`), flagged (`flags`), and
 * compared with `previous`. With `minProjects` 1 its entries are `districtBoard`'s.
 */
export function scopeBoard(
  month: Month,
  scopes: ReadonlyArray<{ name: string | null; indicators: ScopeIndicators }>,
  rules: BoardRules,
  previous: Board | null,
): ScopeBoard {
  const least = Math.max(1, rules.minProjects);
  const named = scopes.flatMap((s) => (s.name === null || s.indicators.projects === 0 ? [] : [{ name: s.name, indicators: s.indicators }]));
  const rows = named
    .filter((s) => s.indicators.projects >= least)
    .map((s) => ({ name: s.name, gap: s.indicators.gap, startRate: s.indicators.startRate, finishRate: s.indicators.finishRate }));
  const unranked = named
    .filter((s) => s.indicators.projects < least)
    .map((s) => ({ name: s.name, projects: s.indicators.projects }))
    .sort((a, b) => compareNames(a.name, b.name));
  const before = new Map(previous?.entries.map((e) => [e.name, e.rank]));
  const entries = flags(rankDistricts(rows, rules.weights), rules.redFlags, rules.yellowFlags).map((e) => {
    const previousRank = before.get(e.name) ?? null;
    return { ...e, previousRank, rankChange: previousRank === null ? null : previousRank - e.rank };
  });
  return { month, previous: previous?.month ?? null, entries, unranked };
}
