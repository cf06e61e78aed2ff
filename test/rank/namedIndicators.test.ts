import { describe, expect, it } from "vitest";
import { departmentIndicatorsByMonth, departmentsOf, leaderIndicatorsByMonth, leadersOf } from "../../src/lib/rank/index.ts";
import { programmeOf, state } from "../helpers/state.ts";

describe("departmentsOf(state) and leadersOf(state)", () => {
  it("departmentsOf(state) splits the 责任单位 cell", () => {
    expect(departmentsOf(state({ leadDepartment: "市住建局、市交通局" }))).toEqual(["市住建局", "市交通局"]);
    expect(departmentsOf(state({ leadDepartment: "市住房和城乡建设局" }))).toEqual(["市住房和城乡建设局"]);
    expect(departmentsOf(state({ leadDepartment: null }))).toEqual([]);
  });

  it("leadersOf(state) splits the 责任领导 cell", () => {
    expect(leadersOf(state({ leader: "张三/李四" }))).toEqual(["张三", "李四"]);
    expect(leadersOf(state({ leader: "张三、李四" }))).toEqual(["张三", "李四"]);
    expect(leadersOf(state({ leader: null }))).toEqual([]);
  });
});

describe("departmentIndicatorsByMonth(programme) and leaderIndicatorsByMonth(programme)", () => {
  const states = [
    state({ id: "P1", key: "id:P1", leadDepartment: "市住建局、市交通局", leader: "张三/李四", annualPlan: 1000, ytdCompleted: 500 }),
    state({ id: "P2", key: "id:P2", leadDepartment: "市交通局", leader: "张三", annualPlan: 3000, ytdCompleted: 1500 }),
  ];

  it("departmentIndicatorsByMonth(programme) counts a two-department project for both", () => {
    const [june] = departmentIndicatorsByMonth(programmeOf(states));
    expect(june?.scopes.map((s) => [s.name, s.keys, s.shared, s.indicators.annualPlan])).toEqual([
      ["市交通局", ["id:P1", "id:P2"], ["id:P1"], 4000],
      ["市住建局", ["id:P1"], ["id:P1"], 1000],
    ]);
  });

  it("leaderIndicatorsByMonth(programme) counts a two-leader project for both", () => {
    const [june] = leaderIndicatorsByMonth(programmeOf(states));
    expect(june?.scopes.map((s) => [s.name, s.keys, s.shared, s.indicators.ytdCompleted])).toEqual([
      ["张三", ["id:P1", "id:P2"], ["id:P1"], 2000],
      ["李四", ["id:P1"], ["id:P1"], 500],
    ]);
  });

  it("departmentIndicatorsByMonth(programme without a department column) has no scopes, not a crash", () => {
    const bare = programmeOf([state({ month: "2026-05" }), state({ month: "2026-06" })]);
    expect(departmentIndicatorsByMonth(bare).map((m) => [m.month, m.scopes, m.unnamed])).toEqual([
      ["2026-05", [], 1],
      ["2026-06", [], 1],
    ]);
    expect(leaderIndicatorsByMonth(bare).every((m) => m.scopes.length === 0)).toBe(true);
  });
});
