import type { Issue, IssueCode } from "../common/issue.ts";
import { compareNames } from "../indicators/compareNames.ts";

export interface IssueGroup {
  code: IssueCode;
  count: number;
  issues: Issue[];
}

/**
 * The loader's warnings grouped by code for the data-quality page: largest group first, then by
 * code; issues inside a group by file and line. Errors are left out (they stop the build).
 */
export function dataQuality(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<IssueCode, Issue[]>();
  for (const i of issues) {
    if (i.severity !== "warning") continue;
    const list = groups.get(i.code);
    if (list === undefined) groups.set(i.code, [i]);
    else list.push(i);
  }
  return [...groups]
    .map(([code, list]) => ({
      code,
      count: list.length,
      issues: list.sort((a, b) => compareNames(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0)),
    }))
    .sort((a, b) => b.count - a.count || compareNames(a.code, b.code));
}
