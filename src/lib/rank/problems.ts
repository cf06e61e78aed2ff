import type { Month, Programme, ProjectState } from "../data/model.ts";
import { compareNames } from "../indicators/compareNames.ts";
import { isFinished } from "../indicators/predicates.ts";
import { problemItems, type ProblemItem } from "./problemItems.ts";
import { matchItems } from "./problemMatch.ts";
import type { ClosedBy, ClosedEntry, FinishedItem, LedgerMonth, OpenEntry, Problem, ProblemLedger, ProblemProject, Spell, Wording } from "./problemTypes.ts";
import { compareProblems, monthsOnList, monthView } from "./problemViews.ts";

/**
 * The problem ledger (问题清单, 对账销号) of a programme: every problem written in 存在问题, followed
 * month by month until it is closed (销号). Numbers and the office's own text only.
 *
 * The months are walked in order, each compared with the previous available month of any year:
 * problems persist across years, and a month without a table (January, usually) is not looked at.
 * For each project on a month's table, its cell is split into items (`problemItems`), and
 * 1. items are matched to the project's open problems (`matchItems`): the same wording continues the
 *    problem; a similar wording is an update of it ("reworded", a new entry in its `wordings`);
 * 2. open problems that no item matched are closed `by: "emptied"` (the cell emptied, or no longer
 *    lists them);
 * 3. items still unmatched are matched, the same way, to the project's closed problems: a match
 *    re-opens that problem, which keeps its id and first month and starts a new spell;
 * 4. the items left are new problems, numbered on from the project's last (`${key}#${n}`).
 * A project whose status is 已竣工 has no open problem: its open problems close `by: "finished"`
 * (even when its cell still lists them) and items of its cell matching none of them are not followed
 * (`finishedItems`). A project missing from a month's table closes its open problems
 * `by: "left-table"`. A closure is dated with the first available month that shows it: a problem last
 * reported in December and gone in February closed in February.
 *
 * Ages are calendar months on the list, missing months included. A problem never closed has been
 * open, at month m, the months from its first report to m, both counted (March to September: 7); one
 * closed in month m took `monthsBetween(firstMonth, m)` (reported in March, gone in May: 2). A
 * re-opened problem counts the months of all its spells, not the months it was closed between them.
 *
 * `through`: leave out the months after it (an edition of that month shows nothing later). A month's
 * view never depends on later months either way. Project keys are unique within a month (the loader
 * makes sure of it); the result does not depend on the order of tables or rows.
 */
export function problemLedger(programme: Programme, options: { through?: Month } = {}): ProblemLedger {
  const byMonth = new Map<Month, ProjectState[]>();
  for (const s of programme.snapshots) {
    if (options.through !== undefined && s.month > options.through) continue;
    byMonth.set(s.month, [...(byMonth.get(s.month) ?? []), ...s.states]);
  }
  const projects = new Map<string, Tracks>();
  const all: Track[] = [];
  const months: LedgerMonth[] = [];
  /** Cells repeat from month to month: each text is split once. */
  const itemsOf = new Map<string, ProblemItem[]>();
  for (const month of [...byMonth.keys()].sort(compareNames)) {
    const states = new Map((byMonth.get(month) ?? []).map((s) => [s.key, s]));
    const step: Step = { month, open: [], closed: [], finishedItems: [] };
    // Projects are visited in any order: every list a month shows is sorted by `monthView`.
    for (const [key, p] of projects) if (p.open.length > 0 && !states.has(key)) closeAll(p, step, "left-table");
    for (const [key, state] of states) {
      let p = projects.get(key);
      if (p === undefined) projects.set(key, (p = { open: [], closed: [], count: 0 }));
      const cell = state.problems;
      let items = cell === null ? [] : itemsOf.get(cell);
      if (items === undefined) itemsOf.set(cell!, (items = problemItems(cell)));
      all.push(...walkProject(p, state, items, step));
    }
    months.push(monthView(month, months[months.length - 1] ?? null, step));
  }
  return { months, problems: all.map(record).sort(compareProblems) };
}

/** A problem while the ledger is walked. */
interface Track {
  id: string;
  n: number;
  project: ProblemProject;
  firstMonth: Month;
  lastMonth: Month;
  wordings: Wording[];
  /** `problemKey` of each wording. */
  keys: string[];
  spells: Spell[];
}

/** A project's problems while walked, each list by problem number. */
interface Tracks {
  open: Track[];
  closed: Track[];
  count: number;
}

interface Step {
  month: Month;
  open: OpenEntry[];
  closed: ClosedEntry[];
  finishedItems: FinishedItem[];
}

const projectOf = (s: ProjectState): ProblemProject => ({
  key: s.key,
  name: s.name,
  district: s.district,
  leadDepartment: s.leadDepartment,
  leader: s.leader,
});

const byN = (a: Track, b: Track) => a.n - b.n;
const last = <T>(list: readonly T[]): T => list[list.length - 1]!;

function close(t: Track, step: Step, by: ClosedBy): void {
  last(t.spells).closed = { month: step.month, by };
  const { key, name, district, leadDepartment, leader } = t.project;
  step.closed.push({
    key,
    name,
    district,
    leadDepartment,
    leader,
    id: t.id,
    text: last(t.wordings).text,
    firstMonth: t.firstMonth,
    closedIn: step.month,
    by,
    monthsToClose: monthsOnList(t.spells, step.month),
  });
}

function closeAll(p: Tracks, step: Step, by: ClosedBy): void {
  if (p.open.length === 0) return;
  for (const t of p.open) close(t, step, by);
  p.closed = [...p.closed, ...p.open].sort(byN);
  p.open = [];
}

/** One project's month (steps 1–4 of `problemLedger`); returns the problems it raised. */
function walkProject(p: Tracks, state: ProjectState, items: readonly ProblemItem[], step: Step): Track[] {
  if (items.length === 0 && p.open.length === 0) return []; // most rows: nothing to follow
  const matched = matchItems(items, p.open.map((t) => t.keys));
  const used = new Set(matched.map(([i]) => i));
  if (isFinished(state)) {
    closeAll(p, step, "finished");
    items.forEach((item, i) => {
      if (!used.has(i)) step.finishedItems.push({ ...projectOf(state), text: item.text });
    });
    return [];
  }
  const kept = matched.map(([i, c]) => report(p.open[c]!, items[i]!, state, step, null));
  const gone = p.open.filter((t) => !kept.includes(t));
  const rest = items.filter((_, i) => !used.has(i));
  const again = matchItems(rest, p.closed.map((t) => t.keys));
  const reopened = again.map(([i, c]) => {
    const t = p.closed[c]!;
    t.spells.push({ opened: step.month, closed: null });
    return report(t, rest[i]!, state, step, "reopened");
  });
  const reopenedItems = new Set(again.map(([i]) => i));
  const raised = rest
    .filter((_, i) => !reopenedItems.has(i))
    .map((item) => {
      const n = ++p.count;
      const t: Track = {
        id: `${state.key}#${n}`,
        n,
        project: projectOf(state),
        firstMonth: step.month,
        lastMonth: step.month,
        wordings: [{ month: step.month, text: item.text }],
        keys: [item.key],
        spells: [{ opened: step.month, closed: null }],
      };
      return report(t, item, state, step, "raised");
    });
  for (const t of gone) close(t, step, "emptied");
  p.closed = [...p.closed.filter((t) => !reopened.includes(t)), ...gone].sort(byN);
  p.open = [...kept, ...reopened, ...raised].sort(byN);
  return raised;
}

/** The problem is open at the month's end with `item`'s wording: record it and its entry. */
function report(t: Track, item: ProblemItem, state: ProjectState, step: Step, change: OpenEntry["change"]): Track {
  const before = last(t.wordings).text;
  const reworded = last(t.keys) !== item.key;
  if (reworded) {
    t.wordings.push({ month: step.month, text: item.text });
    t.keys.push(item.key);
  }
  t.project = projectOf(state);
  t.lastMonth = step.month;
  // Fields written out, not spread: spreading made this the ledger's slowest line.
  const { key, name, district, leadDepartment, leader } = state;
  step.open.push({
    key,
    name,
    district,
    leadDepartment,
    leader,
    id: t.id,
    text: last(t.wordings).text,
    firstMonth: t.firstMonth,
    since: last(t.spells).opened,
    monthsOpen: monthsOnList(t.spells, step.month),
    change,
    reworded,
    previousText: reworded ? before : null,
  });
  return t;
}

function record(t: Track): Problem {
  const spells = t.spells.map((s) => ({ opened: s.opened, closed: s.closed === null ? null : { ...s.closed } }));
  const { key, name, district, leadDepartment, leader } = t.project;
  return {
    key,
    name,
    district,
    leadDepartment,
    leader,
    id: t.id,
    firstMonth: t.firstMonth,
    lastMonth: t.lastMonth,
    wordings: t.wordings.map((w) => ({ ...w })),
    spells,
    closed: last(spells).closed,
    reopened: spells.slice(1).map((s) => s.opened),
  };
}
