export { byScope, NATURE_ORDER, scopeOf } from "./byScope.ts";
export { compareNames } from "./compareNames.ts";
export { definition, INDICATORS } from "./definitions.ts";
export type { IndicatorDefinition, IndicatorDisplay } from "./definitions.ts";
export { indicatorsByMonth, statesByMonth } from "./indicatorsByMonth.ts";
export { landIntensity } from "./landIntensity.ts";
export type { LandIntensity } from "./landIntensity.ts";
export { byNames, unnamedCount } from "./namedScopes.ts";
export type { NamedScope, NamesOf } from "./namedScopes.ts";
export { namedScopesByMonth } from "./namedScopesByMonth.ts";
export type { NamedMonthIndicators, NamedScopeResult } from "./namedScopesByMonth.ts";
export { monthNumber, monthsBetween, previousAvailable, previousInYear, yearOf } from "./month.ts";
export { INDICATOR_IDS, monthOverMonth } from "./monthOverMonth.ts";
export { hasStarted, isFinished, isNew, isPlannedToFinish, isReserve } from "./predicates.ts";
export { difference, ratio } from "./ratio.ts";
export { scopeIndicators } from "./scopeIndicators.ts";
export { structure } from "./structure.ts";
export { count, sum } from "./sum.ts";
export { timeProgress } from "./timeProgress.ts";
export type {
  CategoryShare,
  DefinitionId,
  Dimension,
  IndicatorChange,
  IndicatorId,
  MonthIndicators,
  ScopeIndicators,
  ScopeResult,
} from "./types.ts";
