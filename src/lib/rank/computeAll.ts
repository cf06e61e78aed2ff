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

/** Everything computed for one month. */
export interface MonthComputed extends MonthIndicators {
  board: Board;
  projectBoard: ProjectBoardEntry[];
  leaders: Leaders;
  risers: Riser[];
  warnings: ProjectWarning[];
}

export interface Computed {
  /** Ascending by month. */
  months: MonthComputed[];
  quarterly: QuarterlyBoard[];
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
  return { months, quarterly: quarterlyBoards(months.map((m) => m.board)) };
}
