import { AMOUNT_FIELDS, type AmountField, type Field } from "./fields.ts";
import { cellAddress } from "./grid.ts";
import { issue, type Issue } from "../common/issue.ts";
import type { Column } from "./mapColumns.ts";
import type { Notice, ProjectState, Status } from "./model.ts";
import type { RowValues } from "./readRow.ts";

/** Fields compared to tell a repeated row from another part of a package (everything but the row). */
const SAME_EXCEPT: ReadonlySet<keyof ProjectState> = new Set(["source"]);

function identical(a: ProjectState, b: ProjectState): boolean {
  for (const k of Object.keys(a) as Array<keyof ProjectState>) {
    if (SAME_EXCEPT.has(k)) continue;
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) return false;
  }
  return true;
}

/**
 * Rows that name the same project (same id, or same name and district). A packaged project
 * (打捆项目) is split over rows by 责任单位: each row another lead department. Those rows become
 * one project, its amounts summed (an amount merged over the rows counts once) and its
 * departments listed, and a notice says which rows were joined. A row repeating another
 * exactly, or naming the same project with the same department, is a duplicate (an error).
 */
export function mergePackages(file: string, rows: RowValues[], columns: readonly Column[], sheet: string | null = null): { rows: RowValues[]; issues: Issue[]; notices: Notice[] } {
  const byKey = new Map<string, RowValues[]>();
  let repeated = false;
  for (const r of rows) {
    if (!r.state) continue;
    const list = byKey.get(r.state.key);
    if (list) (list.push(r), (repeated = true));
    else byKey.set(r.state.key, [r]);
  }
  if (!repeated) return { rows, issues: [], notices: [] };

  const issues: Issue[] = [];
  const notices: Notice[] = [];
  const label = (f: Field) => columns.find((c) => c.field === f)?.label ?? f;
  const replaced = new Map<RowValues, RowValues | null>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const first = list[0]!;
    const members = [first];
    for (const r of list.slice(1)) {
      const st = r.state!;
      const twin = members.find((m) => identical(m.state!, st));
      const dept = st.leadDepartment;
      const anotherDept = dept !== null && first.state!.leadDepartment !== null && members.every((m) => m.state!.leadDepartment !== dept);
      if (twin === undefined && anotherDept) {
        members.push(r);
        continue;
      }
      const other = twin ?? first;
      const column = columns.find((c) => c.field === (st.id ? "id" : "name"));
      const cell = sheet !== null && column ? `${sheet}!${cellAddress(column.index, st.source.line)}` : null;
      issues.push(
        issue("error", "duplicate-project", { file, line: st.source.line, column: label(st.id ? "id" : "name"), value: st.id ?? st.name, cell }, { otherLine: other.state!.source.line }),
      );
      replaced.set(r, null);
    }
    if (members.length < 2) continue;
    const joined = joinPackage(members);
    replaced.set(first, joined);
    for (const m of members.slice(1)) replaced.set(m, null);
    notices.push({
      code: "package",
      lines: members.map((m) => m.line),
      column: label("leadDepartment"),
      value: joined.state!.name,
      detail: { departments: joined.state!.leadDepartment ?? "", rows: members.length },
    });
  }
  const out: RowValues[] = [];
  for (const r of rows) {
    const to = replaced.get(r);
    if (to === undefined) out.push(r);
    else if (to !== null) out.push(to);
  }
  return { rows: out, issues, notices };
}

const distinct = <T>(values: Array<T | null>): T[] => [...new Set(values.filter((v): v is T => v !== null))];

function joinText(values: Array<string | null>, sep: string): string | null {
  const d = distinct(values);
  return d.length === 0 ? null : d.join(sep);
}

/** A package's status: finished when every part is, started when any part is. */
function joinStatus(values: Array<Status | null>): Status | null {
  const d = distinct(values);
  if (d.length <= 1) return d[0] ?? null;
  if (d.includes("under-construction") || d.includes("completed")) return "under-construction";
  if (d.includes("suspended")) return "suspended";
  return "not-started";
}

function minMonth(values: Array<string | null>): string | null {
  return distinct(values).sort()[0] ?? null;
}
function maxMonth(values: Array<string | null>): string | null {
  return distinct(values).sort().at(-1) ?? null;
}

function joinPackage(members: RowValues[]): RowValues {
  const states = members.map((m) => m.state!);
  const base = states[0]!;
  /** A part's own value: a value filled from a merge over the rows is the package's, counted once. */
  const own = (m: RowValues, f: Field) => m.filled === undefined || !m.filled.has(f);
  const sum = (f: AmountField | "landArea"): number | null => {
    let total: number | null = null;
    members.forEach((m, i) => {
      const v = m.state![f];
      if (v !== null && (i === 0 || own(m, f))) total = Math.round(((total ?? 0) + v) * 1e6) / 1e6;
    });
    return total;
  };
  const amounts: RowValues["amounts"] = {};
  for (const f of AMOUNT_FIELDS) {
    let total: number | undefined;
    members.forEach((m, i) => {
      const v = m.amounts[f];
      if (v !== undefined && (i === 0 || own(m, f))) total = Math.round(((total ?? 0) + v) * 1e6) / 1e6;
    });
    if (total !== undefined) amounts[f] = total;
  }
  const state: ProjectState = {
    ...base,
    leadDepartment: joinText(states.map((s) => s.leadDepartment), "、"),
    leader: joinText(states.map((s) => s.leader), "、"),
    owner: joinText(states.map((s) => s.owner), "、"),
    content: joinText(states.map((s) => s.content), "\n"),
    progressText: joinText(states.map((s) => s.progressText), "\n"),
    problems: joinText(states.map((s) => s.problems), "\n"),
    remarks: joinText(states.map((s) => s.remarks), "\n"),
    status: joinStatus(states.map((s) => s.status)),
    totalInvestment: sum("totalInvestment"),
    annualPlan: sum("annualPlan"),
    ytdCompleted: sum("ytdCompleted"),
    ytdPlanned: sum("ytdPlanned"),
    cumulativeCompleted: sum("cumulativeCompleted"),
    monthCompleted: sum("monthCompleted"),
    landArea: sum("landArea"),
    plannedStart: minMonth(states.map((s) => s.plannedStart)),
    actualStart: minMonth(states.map((s) => s.actualStart)),
    plannedEnd: maxMonth(states.map((s) => s.plannedEnd)),
    actualEnd: maxMonth(states.map((s) => s.actualEnd)),
  };
  return { line: members[0]!.line, state, amounts, groupLike: false };
}
