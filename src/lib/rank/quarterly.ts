import type { Month } from "../data/model.ts";
import { monthNumber, yearOf } from "../indicators/month.ts";
import type { Board } from "./board.ts";

export interface QuarterlyBoard {
  /** "2026-Q2". */
  quarter: string;
  board: Board;
}

/** Whether a month closes a quarter (March, June, September, December). */
export function isQuarterEnd(month: Month): boolean {
  return monthNumber(month) % 3 === 0;
}

/** The quarterly boards: the board as at each quarter-end month that has data, oldest first. */
export function quarterlyBoards(boards: readonly Board[]): QuarterlyBoard[] {
  return boards
    .filter((b) => isQuarterEnd(b.month))
    .sort((a, b) => (a.month < b.month ? -1 : 1))
    .map((board) => ({ quarter: `${yearOf(board.month)}-Q${monthNumber(board.month) / 3}`, board }));
}
