import type { SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month, Programme, ProjectState } from "../data/model.ts";
import { indicatorsByMonth, statesByMonth } from "../indicators/indicatorsByMonth.ts";
import { yearOf } from "../indicators/month.ts";
import type { MonthIndicators } from "../indicators/types.ts";
import type { Board } from "./board.ts";
import { districtBoard } from "./board.ts";
import type { Leaders } from "./leaders.ts";
import { leaders } from "./leaders.ts";
import type { ProjectBoardEntry } from "./projectBoard.ts";
import { projectBoard } from "./projectBoard.ts";
import type { QuarterlyBoard } from "./quarterly.ts";
import { quarterlyBoards } from "./quarterly.ts";
import type { Riser } from "./risers.ts";
import { risers } from "./risers.ts";
import type { ProjectWarning } from "./warnings.ts";
import { monthWarnings } from "./warnings.ts";
import type { NamedMonthIndicators } from "../indicators/namedScopesByMonth.ts";
import { departmentIndicatorsByMonth, leaderIndicatorsByMonth } from "./namedIndicators.ts";
import { departmentBoards, type DepartmentMonth } from "./departmentBoard.ts";
import { problemLedger } from "./problems.ts";
import type { ProblemLedger } from "./problemTypes.ts";

/** Everything computed for one month. */
export interface MonthComputed extends MonthIndicators {
  board: Board;
  projectBoard: ProjectBoardEntry[];
  leaders: Leaders;
  risers: Riser[];
  warnings: ProjectWarning[];
}

/** One month of the lead departments (五个一): each department's indicators, and their board. */
export interface DepartmentsComputed extends NamedMonthIndicators, Omit<DepartmentMonth, "month"> {}

export interface Computed {
  /** Ascending by month. */
  months: MonthComputed[];
  quarterly: QuarterlyBoard[];
  /** Per month, ascending: each lead department's indicators (a project counts for each it names) and their board. */
  departments: DepartmentsComputed[];
  /** Per month, ascending: each responsible leader's indicators. */
  leaders: NamedMonthIndicators[];
  /** Every problem reported in 存在问题, followed across all months. */
  ledger: ProblemLedger;
}

/**
 * Every indicator, board, flag and warning for every month of a programme. Boards compare with the
 * previous available month (any year); indicator changes and stalled warnings stay within a year.
 */
export function computeAll(programme: Programme, config: SiteConfig): Computed {
  const indicators = indicatorsByMonth(programme);
  const states = statesByMonth(programme);
  const keyed: Array<{ month: Month; byKey: Map<string, ProjectState> }> = states.map((m) => ({
    month: m.month,
    byKey: new Map(m.states.map((s) => [s.key, s])),
  }));
  const months: MonthComputed[] = [];
  let previousBoard: Board | null = null;
  indicators.forEach((ind, i) => {
    const current = states[i]?.states ?? [];
    const board = districtBoard(ind.month, ind.districts, config.ranking, previousBoard);
    const projects = projectBoard(current, ind.month);
    const earlier = keyed
      .slice(0, i)
      .filter((k) => yearOf(k.month) === yearOf(ind.month))
      .map((k) => k.byKey);
    months.push({
      ...ind,
      board,
      projectBoard: projects,
      leaders: leaders(board.entries, projects, config.ranking.boardSize),
      risers: risers(board.entries, config.ranking.boardSize),
      warnings: monthWarnings(current, earlier, config.warnings),
    });
    previousBoard = board;
  });
  const byDepartment = departmentIndicatorsByMonth(programme);
  const boards = new Map(departmentBoards(byDepartment, config).map((d) => [d.month, d]));
  const departments = byDepartment.map((d) => {
    const b = boards.get(d.month)!;
    return { ...d, board: b.board, leaders: b.leaders, risers: b.risers };
  });
  return {
    months,
    quarterly: quarterlyBoards(months.map((m) => m.board)),
    departments,
    leaders: leaderIndicatorsByMonth(programme),
    ledger: problemLedger(programme),
  };
}
