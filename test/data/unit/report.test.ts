import { expect, test } from "vitest";
import { groupIssues } from "../../../src/lib/data/report.ts";
import { issue } from "../../../src/lib/common/issue.ts";

const unknown = (file: string, line: number) => issue("warning", "unknown-column", { file, line, column: "片区", value: "片区" }, { letter: "AC" });

test("groupIssues(the same problem in three files) is one group listing the files", () => {
  const groups = groupIssues([unknown("d/2026-02.xlsx", 3), unknown("d/2026-03.xlsx", 3), unknown("d/2026-04.xlsx", 4)]);
  expect(groups).toHaveLength(1);
  expect(groups[0]!.places.map((p) => [p.file, p.line])).toEqual([
    ["d/2026-02.xlsx", 3],
    ["d/2026-03.xlsx", 3],
    ["d/2026-04.xlsx", 4],
  ]);
});

test("groupIssues(the same problem on two rows of one file) stays two messages", () => {
  const nan = (line: number) => issue("error", "not-a-number", { file: "d/2026-10.csv", line, column: "1-10月完成投资", value: "约5000" });
  expect(groupIssues([nan(4), nan(9)])).toHaveLength(2);
});
