import type { Programme, ProjectState } from "../data/model.ts";
import type { NamedMonthIndicators } from "../indicators/namedScopesByMonth.ts";
import { namedScopesByMonth } from "../indicators/namedScopesByMonth.ts";
import { splitNames } from "./splitNames.ts";

/** The lead departments (责任单位) a project's cell names, each once ("市住建局、市交通局" → both). */
export function departmentsOf(state: ProjectState): readonly string[] {
  return splitNames(state.leadDepartment);
}

/** The responsible leaders (责任领导) a project's cell names, each once ("张三、李四" → both). */
export function leadersOf(state: ProjectState): readonly string[] {
  return splitNames(state.leader);
}

/**
 * Indicators of every lead department in every month (五个一: one lead department per project, but
 * a cell naming two counts the project for each, so department sums can exceed the programme's).
 * Unlike `indicatorsByMonth(…).departments`, which groups by the cell's whole text, this splits it.
 */
export function departmentIndicatorsByMonth(programme: Programme): NamedMonthIndicators[] {
  return namedScopesByMonth(programme, departmentsOf);
}

/** Indicators of every responsible leader in every month; a project naming two counts for each. */
export function leaderIndicatorsByMonth(programme: Programme): NamedMonthIndicators[] {
  return namedScopesByMonth(programme, leadersOf);
}
