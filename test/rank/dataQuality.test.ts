import { describe, expect, it } from "vitest";
import { issue } from "../../src/lib/common/issue.ts";
import { dataQuality } from "../../src/lib/rank/index.ts";

describe("dataQuality(issues)", () => {
  it("dataQuality([]) is empty", () => expect(dataQuality([])).toEqual([]));

  it("dataQuality(issues) groups warnings by code with counts, largest first, errors left out", () => {
    const groups = dataQuality([
      issue("warning", "project-renamed", { file: "b.csv", line: 9 }),
      issue("error", "not-a-number", { file: "a.csv", line: 3 }),
      issue("warning", "project-appeared", { file: "a.csv", line: 4 }),
      issue("warning", "project-renamed", { file: "a.csv", line: 7 }),
      issue("warning", "totals-mismatch", { file: "a.csv", line: 20 }),
    ]);
    expect(groups.map((g) => [g.code, g.count])).toEqual([
      ["project-renamed", 2],
      ["project-appeared", 1],
      ["totals-mismatch", 1],
    ]);
    expect(groups[0]?.issues.map((i) => [i.file, i.line])).toEqual([
      ["a.csv", 7],
      ["b.csv", 9],
    ]);
  });
});
