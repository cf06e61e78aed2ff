import { compareNames } from "../indicators/compareNames.ts";
import type { OpenEntry } from "./problemTypes.ts";
import { compareOpen } from "./problemViews.ts";
import { splitNames } from "./splitNames.ts";

/** Open problems under one name (a lead department, a district, a leader); null: the cell was empty. */
export interface ProblemGroup {
  name: string | null;
  /** Oldest first (`compareOpen`). */
  problems: OpenEntry[];
  /** The largest `monthsOpen` in the group. */
  oldestMonthsOpen: number;
}

/**
 * Open problems grouped by the names `namesOf` gives each (a problem counts under every name; none:
 * the null group). Groups with the most problems first, then the one whose oldest problem is older,
 * then by name; the null group last. Never input order.
 */
export function groupOpen(open: readonly OpenEntry[], namesOf: (e: OpenEntry) => readonly string[]): ProblemGroup[] {
  const groups = new Map<string | null, OpenEntry[]>();
  for (const e of open) {
    const names = namesOf(e);
    for (const name of names.length === 0 ? [null] : names) groups.set(name, [...(groups.get(name) ?? []), e]);
  }
  return [...groups]
    .map(([name, list]) => {
      const problems = [...list].sort(compareOpen);
      return { name, problems, oldestMonthsOpen: problems[0]!.monthsOpen };
    })
    .sort(
      (a, b) =>
        Number(a.name === null) - Number(b.name === null) ||
        b.problems.length - a.problems.length ||
        b.oldestMonthsOpen - a.oldestMonthsOpen ||
        compareNames(a.name ?? "", b.name ?? ""),
    );
}

/** Open problems by lead department; a cell naming several ("市住建局、市交通运输局") counts under each (`splitNames`). */
export function openByDepartment(open: readonly OpenEntry[]): ProblemGroup[] {
  return groupOpen(open, (e) => splitNames(e.leadDepartment));
}

/** Open problems by district. */
export function openByDistrict(open: readonly OpenEntry[]): ProblemGroup[] {
  return groupOpen(open, (e) => [e.district]);
}

/** Open problems by responsible leader; a cell naming several counts under each (`splitNames`). */
export function openByLeader(open: readonly OpenEntry[]): ProblemGroup[] {
  return groupOpen(open, (e) => splitNames(e.leader));
}
