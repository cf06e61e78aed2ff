import type { Month } from "../data/model.ts";
import { compareNames } from "../indicators/compareNames.ts";
import { monthsBetween } from "../indicators/month.ts";
import type { ClosedBy, ClosedEntry, FinishedItem, LedgerMonth, OpenEntry, Problem, ProblemLedger, Spell } from "./problemTypes.ts";

/** The problem number n of an id `${projectKey}#${n}`. */
export const problemNumber = (id: string): number => Number(id.slice(id.lastIndexOf("#") + 1));

type Identity = Pick<Problem, "firstMonth" | "name" | "key" | "id">;

/** In the order first reported: first month, then project name, project key, problem number. Never input order. */
export function compareProblems(a: Identity, b: Identity): number {
  return (
    compareNames(a.firstMonth, b.firstMonth) ||
    compareNames(a.name, b.name) ||
    compareNames(a.key, b.key) ||
    problemNumber(a.id) - problemNumber(b.id)
  );
}

/** Oldest first: most months open, then as `compareProblems`. */
export function compareOpen(a: OpenEntry, b: OpenEntry): number {
  return b.monthsOpen - a.monthsOpen || compareProblems(a, b);
}

/** Longest open first: most months to close, then as `compareProblems`. */
export function compareClosed(a: ClosedEntry, b: ClosedEntry): number {
  return b.monthsToClose - a.monthsToClose || compareProblems(a, b);
}

/**
 * Months on the list at the end of `month`: each closed spell from its opening to its closing month
 * (that month not counted), and the open spell from its opening to `month`, both counted.
 */
export function monthsOnList(spells: readonly Spell[], month: Month): number {
  let total = 0;
  for (const s of spells) total += s.closed === null ? monthsBetween(s.opened, month) + 1 : monthsBetween(s.opened, s.closed.month);
  return total;
}

/** A month's view from its open and closed entries (any order). */
export function monthView(
  month: Month,
  previous: LedgerMonth | null,
  entries: { open: readonly OpenEntry[]; closed: readonly ClosedEntry[]; finishedItems: readonly FinishedItem[] },
): LedgerMonth {
  const open = [...entries.open].sort(compareOpen);
  const closed = [...entries.closed].sort(compareClosed);
  const raised = open.filter((e) => e.change === "raised");
  const reopened = open.filter((e) => e.change === "reopened");
  const reworded = open.filter((e) => e.reworded);
  const closedBy: Record<ClosedBy, number> = { emptied: 0, finished: 0, "left-table": 0 };
  for (const c of closed) closedBy[c.by]++;
  const finishedItems = [...entries.finishedItems].sort(
    (a, b) => compareNames(a.name, b.name) || compareNames(a.key, b.key) || compareNames(a.text, b.text),
  );
  return {
    month,
    previous: previous?.month ?? null,
    open,
    raised,
    reopened,
    reworded,
    closed,
    finishedItems,
    counts: {
      open: open.length,
      previousOpen: previous?.counts.open ?? 0,
      raised: raised.length,
      reopened: reopened.length,
      reworded: reworded.length,
      closed: closed.length,
      closedBy,
      projects: new Set(open.map((e) => e.key)).size,
      oldestMonthsOpen: open[0]?.monthsOpen ?? null,
    },
  };
}

/** The ledger at a month's end, or null when the programme has no table for that month. */
export function ledgerMonth(ledger: ProblemLedger, month: Month): LedgerMonth | null {
  return ledger.months.find((m) => m.month === month) ?? null;
}

/** A project's problems (its problem history), in the order first reported. */
export function projectProblems(ledger: ProblemLedger, key: string): Problem[] {
  return ledger.problems.filter((p) => p.key === key).sort((a, b) => problemNumber(a.id) - problemNumber(b.id));
}
