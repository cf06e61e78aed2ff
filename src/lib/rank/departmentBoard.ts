import type { SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month } from "../data/model.ts";
import type { ScopeIndicators } from "../indicators/types.ts";
import type { Board, BoardEntry } from "./board.ts";
import { topRanks } from "./leaders.ts";
import type { Riser } from "./risers.ts";
import { risers } from "./risers.ts";
import type { ScopeBoard } from "./scopeBoard.ts";
import { scopeBoard } from "./scopeBoard.ts";

type Rules = Pick<SiteConfig, "ranking" | "departments">;
type Scopes = ReadonlyArray<{ name: string | null; indicators: ScopeIndicators }>;

/**
 * The lead-department board (责任单位排名榜) of a month, ranked like the district board: the same
 * composite score and weights (`ranking.weights`), flags by `departments.redFlags` / `yellowFlags`,
 * departments with fewer than `departments.minProjects` projects listed as unranked, rank change
 * against `previous`. A project naming two departments counts for both (`departmentIndicatorsByMonth`).
 */
export function departmentBoard(month: Month, departments: Scopes, rules: Rules, previous: Board | null): ScopeBoard {
  const { redFlags, yellowFlags, minProjects } = rules.departments;
  return scopeBoard(month, departments, { weights: rules.ranking.weights, redFlags, yellowFlags, minProjects }, previous);
}

/** The lead departments' boards of one month. */
export interface DepartmentMonth {
  month: Month;
  board: ScopeBoard;
  /** 一马当先: the departments ranked within `ranking.boardSize` (ties at the cut included). */
  leaders: BoardEntry[];
  /**
   * 奋起直追: the largest rank gains since the previous board, within `ranking.boardSize` (the
   * district risers' shape: `districtRank` is the department's rank on this board).
   */
  risers: Riser[];
}

/**
 * Every month's department board, 一马当先 and 奋起直追, oldest first. Each board's rank changes
 * are against the previous month with data (any year), as the district boards' are.
 */
export function departmentBoards(months: ReadonlyArray<{ month: Month; scopes: Scopes }>, rules: Rules): DepartmentMonth[] {
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const out: DepartmentMonth[] = [];
  let previous: Board | null = null;
  for (const { month, scopes } of sorted) {
    const board = departmentBoard(month, scopes, rules, previous);
    const size = rules.ranking.boardSize;
    out.push({ month, board, leaders: topRanks(board.entries, size), risers: risers(board.entries, size) });
    previous = board;
  }
  return out;
}
