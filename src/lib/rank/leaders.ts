import type { BoardEntry } from "./board.ts";
import type { ProjectBoardEntry } from "./projectBoard.ts";

/** 一马当先榜: the leading districts and projects. */
export interface Leaders {
  districts: BoardEntry[];
  projects: ProjectBoardEntry[];
}

/**
 * The entries ranked within `size`. Ties at the cut are all shown (a board of 5 may show 6 when
 * two share 5th place): leaving one of two equals out would make the board depend on names.
 */
export function topRanks<T extends { rank: number }>(ranked: readonly T[], size: number): T[] {
  return ranked.filter((r) => r.rank <= size);
}

/** 一马当先榜 from a month's district board and project board, `size` places each. */
export function leaders(districts: readonly BoardEntry[], projects: readonly ProjectBoardEntry[], size: number): Leaders {
  return { districts: topRanks(districts, size), projects: topRanks(projects, size) };
}
