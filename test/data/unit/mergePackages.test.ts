import { expect, test } from "vitest";
import { mergePackages } from "../../../src/lib/data/mergePackages.ts";
import type { ProjectState } from "../../../src/lib/data/model.ts";
import type { RowValues } from "../../../src/lib/data/readRow.ts";
import { flattenHeader } from "../../../src/lib/data/flattenHeader.ts";
import { mapColumns } from "../../../src/lib/data/mapColumns.ts";
import type { Field } from "../../../src/lib/data/fields.ts";

const columns = mapColumns(flattenHeader([["项目编号", "项目名称", "所属县区", "总投资", "2026年计划投资", "1-10月完成投资", "责任单位"]]), {});

function row(line: number, over: Partial<ProjectState>, filled?: Field[]): RowValues {
  const state = {
    month: "2026-10", key: "id:P-1", id: "P-1", name: "打捆项目", district: "青岚区", category: null, nature: null, status: "under-construction",
    content: null, period: null, totalInvestment: 9000, annualPlan: 600, ytdCompleted: 400, cumulativeCompleted: null, monthCompleted: null,
    progressText: null, problems: null, owner: null, leadDepartment: "市住建局", leader: null, privateInvestment: null, landArea: null,
    plannedStart: null, actualStart: "2025-03", plannedEnd: null, actualEnd: null, longitude: null, latitude: null, remarks: null,
    source: { file: "f.xlsx", line }, ...over,
  } as ProjectState;
  return { line, state, amounts: { totalInvestment: state.totalInvestment ?? undefined, annualPlan: state.annualPlan ?? undefined, ytdCompleted: state.ytdCompleted ?? undefined } as RowValues["amounts"], groupLike: false, filled: filled ? new Set(filled) : undefined };
}

test("mergePackages(rows of one project by another department each) joins them: amounts summed, departments listed", () => {
  const rows = [
    row(2, {}),
    row(3, { annualPlan: 300, ytdCompleted: 100, leadDepartment: "市交通局", status: "not-started", actualStart: "2024-11" }, ["id", "name", "district", "totalInvestment"]),
    row(4, { annualPlan: 100, ytdCompleted: 50, leadDepartment: "市水利局" }, ["id", "name", "district", "totalInvestment"]),
    row(5, { key: "id:P-2", id: "P-2", name: "另一项目", leadDepartment: "市卫健委" }),
  ];
  const r = mergePackages("f.xlsx", rows, columns);
  expect(r.issues).toEqual([]);
  expect(r.rows).toHaveLength(2);
  const joined = r.rows[0]!.state!;
  // 总投资 is merged over the rows: the package's, counted once.
  expect([joined.totalInvestment, joined.annualPlan, joined.ytdCompleted]).toEqual([9000, 1000, 550]);
  expect(r.rows[0]!.amounts).toMatchObject({ totalInvestment: 9000, annualPlan: 1000, ytdCompleted: 550 });
  expect(joined.leadDepartment).toBe("市住建局、市交通局、市水利局");
  expect([joined.status, joined.actualStart, joined.source.line]).toEqual(["under-construction", "2024-11", 2]);
  expect(r.notices).toEqual([{ code: "package", lines: [2, 3, 4], column: "责任单位", value: "打捆项目", detail: { departments: "市住建局、市交通局、市水利局", rows: 3 } }]);
});

test("mergePackages(an identical repeated row) is a duplicate error, not a package", () => {
  const r = mergePackages("f.xlsx", [row(2, {}), row(3, {}), row(4, { leadDepartment: "市交通局" })], columns);
  expect(r.issues.map((i) => [i.code, i.line, i.column, i.value, i.detail.otherLine])).toEqual([["duplicate-project", 3, "项目编号", "P-1", 2]]);
  expect(r.rows.map((x) => x.line)).toEqual([2]);
  expect(r.rows[0]!.state!.leadDepartment).toBe("市住建局、市交通局");
});

test("mergePackages(the same project twice with the same department and other figures) is a duplicate error", () => {
  const r = mergePackages("f.xlsx", [row(2, {}), row(3, { annualPlan: 1 })], columns);
  expect(r.issues.map((i) => i.code)).toEqual(["duplicate-project"]);
  expect(r.notices).toEqual([]);
});

test("mergePackages(rows of different projects) leaves them as they are", () => {
  const rows = [row(2, {}), row(3, { key: "id:P-2", id: "P-2" })];
  expect(mergePackages("f.xlsx", rows, columns)).toEqual({ rows, issues: [], notices: [] });
});
