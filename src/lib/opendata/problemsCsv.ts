import type { LedgerMonth } from "../rank/problemTypes.ts";
import { toCsv } from "./csvSafe.ts";

/** The CSV's words, in the edition's language (the ui dictionary's problems.csv). */
export interface ProblemsCsvLabels {
  headers: { status: string; id: string; project: string; district: string; department: string; leader: string; problem: string; since: string; monthsOpen: string; closedIn: string; closedBy: string };
  open: string;
  closed: string;
  closedBy: Record<"emptied" | "finished" | "left-table", string>;
}

interface Row {
  status: string;
  id: string;
  project: string;
  district: string;
  department: string | null;
  leader: string | null;
  problem: string;
  since: string;
  months: number;
  closedIn: string | null;
  closedBy: string | null;
}

/**
 * The problem list (问题清单) at an edition's month end as one CSV (BOM, formula-safe): every open
 * problem, oldest first, then every problem closed (销号) that month. The problems page shows the
 * oldest of each group; this file has them all. Header only for an edition without a ledger.
 */
export function problemsCsv(ledger: LedgerMonth | null, l: ProblemsCsvLabels): string {
  const rows: Row[] = [];
  for (const o of ledger?.open ?? [])
    rows.push({ status: l.open, id: o.id, project: o.name, district: o.district, department: o.leadDepartment, leader: o.leader, problem: o.text, since: o.firstMonth, months: o.monthsOpen, closedIn: null, closedBy: null });
  for (const c of ledger?.closed ?? [])
    rows.push({ status: l.closed, id: c.id, project: c.name, district: c.district, department: c.leadDepartment, leader: c.leader, problem: c.text, since: c.firstMonth, months: c.monthsToClose, closedIn: c.closedIn, closedBy: l.closedBy[c.by] });
  const h = l.headers;
  return toCsv<Row>(
    [
      { header: h.status, value: (r) => r.status },
      { header: h.id, value: (r) => r.id },
      { header: h.project, value: (r) => r.project },
      { header: h.district, value: (r) => r.district },
      { header: h.department, value: (r) => r.department },
      { header: h.leader, value: (r) => r.leader },
      { header: h.problem, value: (r) => r.problem },
      { header: h.since, value: (r) => r.since },
      { header: h.monthsOpen, value: (r) => r.months },
      { header: h.closedIn, value: (r) => r.closedIn },
      { header: h.closedBy, value: (r) => r.closedBy },
    ],
    rows,
  );
}
