import type { ProjectState } from "../data/model.ts";
import { yearOf } from "./month.ts";

/**
 * Whether a project has started by the end of its month: its status says so (在建, 已竣工, 停工 — a
 * suspended project has started), or its actual start month is on or before the month. Either is
 * enough: tables often fill one and not the other.
 */
export function hasStarted(state: Pick<ProjectState, "status" | "actualStart" | "month">): boolean {
  return (
    state.status === "under-construction" ||
    state.status === "completed" ||
    state.status === "suspended" ||
    (state.actualStart !== null && state.actualStart <= state.month)
  );
}

/** 新开工: planned at the start of the year to start this year. */
export function isNew(state: ProjectState): boolean {
  return state.nature === "new";
}

/** 前期/储备: a reserve project, still in preparation at the start of the year. */
export function isReserve(state: ProjectState): boolean {
  return state.nature === "preparatory";
}

/**
 * Planned to finish this year: nature 竣工, or a construction period ending in the month's year
 * (pass `year` when testing many states of one month).
 */
export function isPlannedToFinish(state: ProjectState, year: number = yearOf(state.month)): boolean {
  return state.nature === "completing" || (state.period !== null && state.period.endYear === year);
}

/**
 * Finished by month end: status 已竣工. (An actual completion month alone is not taken as
 * finished: the status column is the office's statement.)
 */
export function isFinished(state: Pick<ProjectState, "status">): boolean {
  return state.status === "completed";
}
