import { describe, expect, it } from "vitest";
import type { ProjectState } from "../../src/lib/data/model.ts";
import { ledgerMonth, monthsOnList, problemLedger, projectProblems } from "../../src/lib/rank/index.ts";
import { programmeOf, state } from "../helpers/state.ts";

/** A row of project `id` in `month` with this 存在问题 cell. */
const row = (month: string, id: string, problems: string | null, extra: Partial<ProjectState> = {}): ProjectState =>
  state({ month, id, key: `id:${id}`, name: `项目${id}`, problems, status: "under-construction", ...extra });
const ledgerOf = (states: ProjectState[], months?: string[]) => problemLedger(programmeOf(states, { months }));
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((e) => e.id);

describe("problemLedger(programme) edge cases", () => {
  it("problemLedger(empty programme) has no month and no problem", () => {
    expect(problemLedger(programmeOf([]))).toEqual({ months: [], problems: [] });
  });

  it("problemLedger(one month) raises every item, one month open", () => {
    const ledger = ledgerOf([row("2026-03", "A", "1.用地未报批；2.资金未到位"), row("2026-03", "B", null)]);
    const [march] = ledger.months;
    expect(ids(march!.open)).toEqual(["id:A#1", "id:A#2"]);
    expect(march!.open.map((e) => [e.monthsOpen, e.change, e.since])).toEqual([
      [1, "raised", "2026-03"],
      [1, "raised", "2026-03"],
    ]);
    expect(march!.counts).toMatchObject({ open: 2, previousOpen: 0, raised: 2, closed: 0, projects: 1, oldestMonthsOpen: 1 });
  });

  it("problemLedger(null cells only) has months with nothing open", () => {
    const ledger = ledgerOf([row("2026-03", "A", null), row("2026-04", "A", null)]);
    expect(ledger.problems).toEqual([]);
    expect(ledger.months.map((m) => m.counts.oldestMonthsOpen)).toEqual([null, null]);
  });

  it("problemLedger(programme) closes a problem whose cell empties, dated with the first month without it", () => {
    const ledger = ledgerOf([row("2026-03", "A", "用工短缺"), row("2026-04", "A", "用工短缺"), row("2026-05", "A", null)]);
    expect(ledgerMonth(ledger, "2026-05")!.closed.map((c) => [c.id, c.by, c.closedIn, c.monthsToClose, c.text])).toEqual([
      ["id:A#1", "emptied", "2026-05", 2, "用工短缺"],
    ]);
    expect(ledger.problems[0]!.lastMonth).toBe("2026-04");
  });

  it("problemLedger(programme) closes a problem dropped from a cell that lists others, by emptied", () => {
    const ledger = ledgerOf([row("2026-03", "A", "1.用工短缺 2.砂石料紧张"), row("2026-04", "A", "砂石料紧张")]);
    const april = ledgerMonth(ledger, "2026-04")!;
    expect(ids(april.open)).toEqual(["id:A#2"]);
    expect(april.closed.map((c) => [c.id, c.by])).toEqual([["id:A#1", "emptied"]]);
  });

  it("problemLedger(programme) closes every open problem of a project that finishes, and does not follow its new items", () => {
    const ledger = ledgerOf([
      row("2026-03", "A", "1.用工短缺 2.砂石料紧张"),
      row("2026-04", "A", "1.用工短缺 2.竣工资料未移交", { status: "completed" }),
    ]);
    const april = ledgerMonth(ledger, "2026-04")!;
    expect(april.closed.map((c) => [c.id, c.by, c.monthsToClose])).toEqual([
      ["id:A#1", "finished", 1],
      ["id:A#2", "finished", 1],
    ]);
    expect(april.open).toEqual([]);
    expect(april.finishedItems.map((f) => f.text)).toEqual(["竣工资料未移交"]);
  });

  it("problemLedger(programme) keeps a suspended project's problems open", () => {
    const ledger = ledgerOf([row("2026-03", "A", "资金链紧张"), row("2026-04", "A", "资金链紧张", { status: "suspended" })]);
    expect(ids(ledgerMonth(ledger, "2026-04")!.open)).toEqual(["id:A#1"]);
  });

  it("problemLedger(programme) closes the problems of a project that leaves the table, and re-opens them when it comes back", () => {
    const ledger = ledgerOf([
      row("2026-03", "A", "用工短缺"),
      row("2026-03", "B", null),
      row("2026-04", "B", null),
      row("2026-05", "A", "用工短缺"),
    ]);
    expect(ledgerMonth(ledger, "2026-04")!.closed.map((c) => [c.id, c.by, c.name])).toEqual([["id:A#1", "left-table", "项目A"]]);
    const may = ledgerMonth(ledger, "2026-05")!;
    expect(may.reopened.map((e) => [e.id, e.firstMonth, e.since, e.monthsOpen, e.reworded])).toEqual([["id:A#1", "2026-03", "2026-05", 2, false]]);
    expect(ledger.problems[0]!.spells).toEqual([
      { opened: "2026-03", closed: { month: "2026-04", by: "left-table" } },
      { opened: "2026-05", closed: null },
    ]);
  });

  it("problemLedger(programme) closes everything open when a month's table is empty", () => {
    const ledger = ledgerOf([row("2026-03", "A", "用工短缺")], ["2026-03", "2026-04"]);
    expect(ledgerMonth(ledger, "2026-04")!.counts).toMatchObject({ open: 0, closed: 1, closedBy: { "left-table": 1 } });
  });

  it("problemLedger(programme) counts months open across a missing January and a year boundary", () => {
    const ledger = ledgerOf([row("2025-12", "A", "用工短缺"), row("2026-02", "A", "用工短缺"), row("2026-03", "A", null)]);
    expect(ledgerMonth(ledger, "2026-02")!.open.map((e) => [e.monthsOpen, e.change])).toEqual([[3, null]]); // Dec, Jan, Feb
    expect(ledgerMonth(ledger, "2026-02")!.previous).toBe("2025-12");
    expect(ledgerMonth(ledger, "2026-03")!.closed.map((c) => c.monthsToClose)).toEqual([3]);
  });

  it("problemLedger(programme) counts a re-opened problem's spells, not the months it was closed", () => {
    // open Mar–Apr (2), closed May–Jun, open again Jul–Aug (2): 4 at August; closed in September after 4
    const cells: Array<[string, string | null]> = [
      ["2026-03", "用工短缺"],
      ["2026-04", "用工短缺"],
      ["2026-05", null],
      ["2026-06", null],
      ["2026-07", "用工短缺问题仍未解决"],
      ["2026-08", "用工短缺问题仍未解决"],
      ["2026-09", null],
    ];
    const ledger = ledgerOf(cells.map(([m, c]) => row(m, "A", c)));
    expect(ledgerMonth(ledger, "2026-07")!.open.map((e) => [e.id, e.monthsOpen, e.change, e.reworded, e.previousText])).toEqual([
      ["id:A#1", 3, "reopened", true, "用工短缺"],
    ]);
    expect(ledgerMonth(ledger, "2026-08")!.open.map((e) => e.monthsOpen)).toEqual([4]);
    expect(ledgerMonth(ledger, "2026-09")!.closed.map((c) => c.monthsToClose)).toEqual([4]);
    expect(ledger.problems[0]!.reopened).toEqual(["2026-07"]);
  });

  it("problemLedger(programme) numbers a new problem on from the project's last, never reusing a closed one's number", () => {
    const ledger = ledgerOf([row("2026-03", "A", "用工短缺"), row("2026-04", "A", null), row("2026-05", "A", "砂石料供应紧张")]);
    expect(ids(ledgerMonth(ledger, "2026-05")!.raised)).toEqual(["id:A#2"]);
  });

  it("problemLedger(programme) records a wording that returns to an earlier one as another update", () => {
    const ledger = ledgerOf([
      row("2026-03", "A", "用地手续尚未办结"),
      row("2026-04", "A", "用地手续尚未办结，已上报"),
      row("2026-05", "A", "用地手续尚未办结"),
    ]);
    expect(ledger.problems[0]!.wordings).toEqual([
      { month: "2026-03", text: "用地手续尚未办结" },
      { month: "2026-04", text: "用地手续尚未办结，已上报" },
      { month: "2026-05", text: "用地手续尚未办结" },
    ]);
    expect(ledgerMonth(ledger, "2026-05")!.counts.reworded).toBe(1);
  });

  it("problemLedger(programme) follows each project's problems on their own, even with the same wording", () => {
    const ledger = ledgerOf([row("2026-03", "A", "用工短缺"), row("2026-03", "B", "用工短缺"), row("2026-04", "B", "用工短缺")]);
    expect(ledgerMonth(ledger, "2026-04")!.closed.map((c) => c.id)).toEqual(["id:A#1"]);
    expect(ids(ledgerMonth(ledger, "2026-04")!.open)).toEqual(["id:B#1"]);
  });

  it("problemLedger(programme) shows an open problem with its project as of the month, and a closed one as of its last month", () => {
    const ledger = ledgerOf([
      row("2026-03", "A", "用工短缺", { leadDepartment: "甲局", leader: "张三" }),
      row("2026-04", "A", "用工短缺", { leadDepartment: "乙局", leader: "李四" }),
      row("2026-05", "A", null, { leadDepartment: "丙局" }),
    ]);
    expect(ledgerMonth(ledger, "2026-03")!.open[0]!.leadDepartment).toBe("甲局");
    expect(ledgerMonth(ledger, "2026-04")!.open[0]!.leadDepartment).toBe("乙局");
    expect(ledgerMonth(ledger, "2026-05")!.closed[0]!.leadDepartment).toBe("乙局");
    expect([ledger.problems[0]!.leadDepartment, ledger.problems[0]!.leader]).toEqual(["乙局", "李四"]);
  });

  it("problemLedger(programme, { through }) before the first month is empty", () => {
    expect(problemLedger(programmeOf([row("2026-03", "A", "用工短缺")]), { through: "2026-02" })).toEqual({ months: [], problems: [] });
  });

  it("problemLedger(programme) is plain JSON", () => {
    const ledger = ledgerOf([row("2026-03", "A", "1.用工短缺 2.砂石料紧张"), row("2026-04", "A", "用工短缺", { status: "completed" })]);
    expect(JSON.parse(JSON.stringify(ledger))).toEqual(ledger);
  });
});

describe("ledgerMonth(ledger, month), projectProblems(ledger, key), monthsOnList(spells, month)", () => {
  const ledger = ledgerOf([row("2026-03", "A", "1.用工短缺 2.砂石料紧张"), row("2026-03", "B", "资金未到位")]);

  it("ledgerMonth(ledger, month without a table) is null", () => expect(ledgerMonth(ledger, "2026-04")).toBeNull());

  it("projectProblems(ledger, key) is the project's problems by number; [] for an unknown key", () => {
    expect(ids(projectProblems(ledger, "id:A"))).toEqual(["id:A#1", "id:A#2"]);
    expect(projectProblems(ledger, "id:Z")).toEqual([]);
  });

  it("monthsOnList(spells, month) counts open spells to the month, both ends, and closed ones to their closing month", () => {
    expect(monthsOnList([{ opened: "2026-03", closed: null }], "2026-09")).toBe(7);
    expect(monthsOnList([{ opened: "2026-03", closed: { month: "2026-05", by: "emptied" } }], "2026-09")).toBe(2);
    expect(
      monthsOnList(
        [
          { opened: "2025-11", closed: { month: "2025-12", by: "emptied" } },
          { opened: "2026-03", closed: null },
        ],
        "2026-04",
      ),
    ).toBe(3);
  });
});
