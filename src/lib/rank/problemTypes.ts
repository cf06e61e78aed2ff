import type { Month } from "../data/model.ts";

/**
 * The problem ledger's data (问题清单): plain JSON, so that an edition can freeze it. The rules that
 * make it are in `problems.ts`.
 */

/** Why a problem was closed (销号): its item is gone from the cell, the project finished, or it left the table. */
export type ClosedBy = "emptied" | "finished" | "left-table";

/** The project a problem belongs to, as of a month (cells as given: several names stay one text). */
export interface ProblemProject {
  key: string;
  name: string;
  district: string;
  leadDepartment: string | null;
  leader: string | null;
}

export interface Wording {
  month: Month;
  text: string;
}

/** A stretch of months a problem was open. */
export interface Spell {
  /** The month it was first reported (the first spell) or re-opened. */
  opened: Month;
  /** The first available month that no longer had it, and why; null while open. */
  closed: { month: Month; by: ClosedBy } | null;
}

/** A problem over its whole life; project fields as of `lastMonth`, the last month it was open. */
export interface Problem extends ProblemProject {
  /** `${projectKey}#${n}`, n counting the project's problems in the order first reported. */
  id: string;
  firstMonth: Month;
  lastMonth: Month;
  /** The first wording and each change, oldest first; the last is the current one. */
  wordings: Wording[];
  /** Open spells, oldest first: more than one when re-opened. */
  spells: Spell[];
  /** The last spell's closure, null while open. */
  closed: Spell["closed"];
  /** The months it was re-opened (the later spells' `opened`). */
  reopened: Month[];
}

/** An open problem at a month's end, with the project as of that month. */
export interface OpenEntry extends ProblemProject {
  id: string;
  /** Its current wording. */
  text: string;
  firstMonth: Month;
  /** When its current spell began: `firstMonth`, or the month it was re-opened. */
  since: Month;
  /** Months on the list (see `problems.ts`): from the first report to this month, both counted, when never closed. */
  monthsOpen: number;
  /** "raised": first reported this month; "reopened": reported again this month after a closure. */
  change: "raised" | "reopened" | null;
  /** Whether its wording changed this month (an update of an open problem, or a re-opening in new words). */
  reworded: boolean;
  /** The wording before this month's change, when `reworded`. */
  previousText: string | null;
}

/** A problem closed this month, with the project as of the last month it was open. */
export interface ClosedEntry extends ProblemProject {
  id: string;
  /** Its last wording. */
  text: string;
  firstMonth: Month;
  closedIn: Month;
  by: ClosedBy;
  /** How long it took: its months on the list, all spells (reported in March, gone in May: 2). */
  monthsToClose: number;
}

export interface LedgerCounts {
  open: number;
  /** Open at the end of the previous available month (0 for the first). */
  previousOpen: number;
  raised: number;
  reopened: number;
  reworded: number;
  closed: number;
  closedBy: Record<ClosedBy, number>;
  /** Projects with at least one open problem. */
  projects: number;
  /** The largest `monthsOpen` among open problems (the first's), null when none is open. */
  oldestMonthsOpen: number | null;
}

/** Items in a finished (已竣工) project's cell that match none of its open problems: not followed. */
export type FinishedItem = ProblemProject & { text: string };

/** The ledger at one month's end. `open` = `previousOpen` + `raised` + `reopened` − `closed`. */
export interface LedgerMonth {
  month: Month;
  /** The previous available month (any year), null for the first. */
  previous: Month | null;
  /** Oldest first (`compareOpen`): most months open, then first month, project name, key, problem number. */
  open: OpenEntry[];
  /** The open entries first reported, re-opened, or reworded this month (same order). */
  raised: OpenEntry[];
  reopened: OpenEntry[];
  reworded: OpenEntry[];
  /** Closed this month, longest open first (`compareClosed`). */
  closed: ClosedEntry[];
  finishedItems: FinishedItem[];
  counts: LedgerCounts;
}

export interface ProblemLedger {
  /** One per available month, ascending. */
  months: LedgerMonth[];
  /** Every problem, in the order first reported (`compareProblems`). */
  problems: Problem[];
}
