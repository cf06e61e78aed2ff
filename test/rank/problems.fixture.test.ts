import { beforeAll, describe, expect, it } from "vitest";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import type { Programme } from "../../src/lib/data/model.ts";
import type { LedgerMonth, ProblemLedger } from "../../src/lib/rank/index.ts";
import { ledgerMonth, openByDepartment, openByDistrict, openByLeader, problemLedger, projectProblems } from "../../src/lib/rank/index.ts";

// The hand-made programme of test/fixtures/problems (five tables: 2025-11, 2025-12, 2026-02, 2026-03,
// 2026-04; no January), read by the loader. Every expected value below is worked out by hand in the
// fixture's README, month by month; ids are `id:P0x#n`.
const FIXTURE = "test/fixtures/problems";
let programme: Programme;
let ledger: ProblemLedger;

beforeAll(async () => {
  const loaded = await loadDataDir(FIXTURE);
  expect(loaded.report.errors).toBe(0);
  expect(loaded.report.warnings).toBe(0);
  programme = loaded.programme!;
  ledger = problemLedger(programme);
});

const at = (month: string): LedgerMonth => {
  const m = ledgerMonth(ledger, month);
  if (m === null) throw new Error(month);
  return m;
};
/** [id, monthsOpen, change, reworded] of each open problem, in the ledger's order. */
const open = (month: string) => at(month).open.map((e) => [e.id.slice(3), e.monthsOpen, e.change, e.reworded]);
/** [id, by, monthsToClose] of each problem closed in the month. */
const closed = (month: string) => at(month).closed.map((e) => [e.id.slice(3), e.by, e.monthsToClose]);
const counts = (month: string) => {
  const { open, previousOpen, raised, reopened, reworded, closed, oldestMonthsOpen, projects } = at(month).counts;
  return { previousOpen, raised, reopened, closed, open, reworded, oldestMonthsOpen, projects };
};

describe("problemLedger(fixture) month by month", () => {
  it("problemLedger(fixture) has one view per table, each against the previous table (January missing)", () => {
    expect(ledger.months.map((m) => [m.month, m.previous])).toEqual([
      ["2025-11", null],
      ["2025-12", "2025-11"],
      ["2026-02", "2025-12"],
      ["2026-03", "2026-02"],
      ["2026-04", "2026-03"],
    ]);
    expect(ledgerMonth(ledger, "2026-01")).toBeNull();
  });

  it("problemLedger(fixture) raises every problem of the first table", () => {
    // 0 + 5 raised − 0 closed = 5; names in code-unit order: 东 U+4E1C < 北 U+5317 < 西 U+897F; 人 < 污 < 滨
    expect(counts("2025-11")).toEqual({ previousOpen: 0, raised: 5, reopened: 0, closed: 0, open: 5, reworded: 0, oldestMonthsOpen: 1, projects: 5 });
    expect(open("2025-11")).toEqual([
      ["P01#1", 1, "raised", false],
      ["P07#1", 1, "raised", false],
      ["P04#1", 1, "raised", false],
      ["P03#1", 1, "raised", false],
      ["P05#1", 1, "raised", false],
    ]);
  });

  it("problemLedger(fixture) takes a reworded problem as an update, splits a numbered cell and closes a problem whose cell says 暂无问题", () => {
    // 5 + 2 raised − 1 closed = 6
    expect(counts("2025-12")).toEqual({ previousOpen: 5, raised: 2, reopened: 0, closed: 1, open: 6, reworded: 1, oldestMonthsOpen: 2, projects: 5 });
    expect(open("2025-12")).toEqual([
      ["P01#1", 2, null, true],
      ["P07#1", 2, null, false],
      ["P03#1", 2, null, false],
      ["P05#1", 2, null, false],
      ["P02#1", 1, "raised", false],
      ["P02#2", 1, "raised", false],
    ]);
    const update = at("2025-12").reworded[0]!;
    expect([update.previousText, update.text]).toEqual(["用地手续尚未办结", "用地手续尚未办结，已报省自然资源厅审批"]);
    expect(at("2025-12").raised.map((e) => e.text)).toEqual(["管线迁改未完成", "施工图审查未通过"]);
    // P04: reported 2025-11, gone 2025-12 → took 1 month
    expect(closed("2025-12")).toEqual([["P04#1", "emptied", 1]]);
  });

  it("problemLedger(fixture) closes by finishing, by leaving the table and by dropping an item, across the year", () => {
    // 6 + 2 raised − 3 closed = 5; P01 and P07 open since 2025-11: Nov, Dec, Jan, Feb = 4
    expect(counts("2026-02")).toEqual({ previousOpen: 6, raised: 2, reopened: 0, closed: 3, open: 5, reworded: 0, oldestMonthsOpen: 4, projects: 5 });
    expect(open("2026-02")).toEqual([
      ["P01#1", 4, null, false], // a comma made half-width: the same wording, not an update
      ["P07#1", 4, null, false],
      ["P02#1", 3, null, false],
      ["P09#1", 1, "raised", false], // 东城第一中学扩建 before 北山防洪堤加固
      ["P06#1", 1, "raised", false],
    ]);
    expect(closed("2026-02")).toEqual([
      ["P03#1", "finished", 3], // 已竣工 although the cell still lists it
      ["P05#1", "left-table", 3],
      ["P02#2", "emptied", 2],
    ]);
    expect(at("2026-02").counts.closedBy).toEqual({ emptied: 1, finished: 1, "left-table": 1 });
    expect(at("2026-02").open[0]!.text).toBe("用地手续尚未办结，已报省自然资源厅审批");
  });

  it("problemLedger(fixture) re-opens a closed problem in new words and closes one whose cell says 无", () => {
    // 5 + 1 raised + 1 re-opened − 1 closed = 6
    expect(counts("2026-03")).toEqual({ previousOpen: 5, raised: 1, reopened: 1, closed: 1, open: 6, reworded: 1, oldestMonthsOpen: 5, projects: 5 });
    expect(open("2026-03")).toEqual([
      ["P07#1", 5, null, false],
      ["P02#1", 4, null, false],
      ["P04#1", 2, "reopened", true], // 1 month in 2025 (Nov) + 1 now; first reported 2025-11, so before P09 and P06
      ["P09#1", 2, null, false],
      ["P06#1", 2, null, false],
      ["P02#3", 1, "raised", false],
    ]);
    const reopened = at("2026-03").reopened[0]!;
    expect([reopened.firstMonth, reopened.since, reopened.previousText, reopened.text]).toEqual([
      "2025-11",
      "2026-03",
      "征地拆迁工作进展缓慢",
      "征地拆迁工作进展缓慢，仍有3户未签约",
    ]);
    expect(closed("2026-03")).toEqual([["P01#1", "emptied", 4]]);
    expect(at("2026-03").finishedItems).toEqual([
      { key: "id:P03", name: "西城污水处理厂", district: "西城区", leadDepartment: "市水利局", leader: "周杰", text: "竣工验收资料尚未移交" },
    ]);
  });

  it("problemLedger(fixture) tells a different problem from an update and splits 一是…，二是…", () => {
    // 6 + 3 raised − 1 closed = 8
    expect(counts("2026-04")).toEqual({ previousOpen: 6, raised: 3, reopened: 0, closed: 1, open: 8, reworded: 0, oldestMonthsOpen: 6, projects: 6 });
    expect(open("2026-04")).toEqual([
      ["P07#1", 6, null, false], // 2025-11 … 2026-04, January counted
      ["P02#1", 5, null, false],
      ["P04#1", 3, null, false],
      ["P09#1", 3, null, false],
      ["P02#3", 2, null, false],
      ["P08#1", 1, "raised", false], // 北山乡 before 北山防 (乡 U+4E61 < 防 U+9632)
      ["P08#2", 1, "raised", false],
      ["P06#2", 1, "raised", false], // not an update of P06#1: 3 of 10 bigrams shared
    ]);
    expect(at("2026-04").raised.map((e) => e.text)).toEqual(["用工短缺", "砂石料供应紧张", "资金到位不足，施工进度放缓"]);
    expect(closed("2026-04")).toEqual([["P06#1", "emptied", 2]]);
  });
});

describe("problemLedger(fixture) groups and histories", () => {
  it("openByDepartment(April) counts a two-department project under each", () => {
    expect(openByDepartment(at("2026-04").open).map((g) => [g.name, g.problems.map((e) => e.id.slice(3)), g.oldestMonthsOpen])).toEqual([
      ["市交通运输局", ["P02#1", "P02#3", "P08#1", "P08#2"], 5],
      ["市住房和城乡建设局", ["P02#1", "P02#3"], 5],
      ["市发展和改革委员会", ["P07#1"], 6],
      ["市卫生健康委员会", ["P04#1"], 3], // 卫 U+536B before 教 U+6559
      ["市教育局", ["P09#1"], 3],
      ["市水利局", ["P06#2"], 1],
    ]);
  });

  it("openByDistrict(April) and openByLeader(April) group the open problems, oldest first", () => {
    expect(openByDistrict(at("2026-04").open).map((g) => [g.name, g.problems.map((e) => e.id.slice(3)), g.oldestMonthsOpen])).toEqual([
      ["北山县", ["P07#1", "P08#1", "P08#2", "P06#2"], 6],
      ["东城区", ["P02#1", "P09#1", "P02#3"], 5],
      ["西城区", ["P04#1"], 3],
    ]);
    // 2 problems each: 刘洋 and 王芳 (P02, oldest 5; 刘 U+5218 < 王 U+738B) before 褚亮 (P08, oldest 1);
    // then 1 each by age: 陈静 6, 吴敏 3 and 赵强 3 (吴 U+5434 < 赵 U+8D75), 冯刚 1
    expect(openByLeader(at("2026-04").open).map((g) => [g.name, g.problems.length, g.oldestMonthsOpen])).toEqual([
      ["刘洋", 2, 5],
      ["王芳", 2, 5],
      ["褚亮", 2, 1],
      ["陈静", 1, 6],
      ["吴敏", 1, 3],
      ["赵强", 1, 3],
      ["冯刚", 1, 1],
    ]);
  });

  it("problemLedger(fixture).problems lists all 13 problems in the order first reported", () => {
    expect(ledger.problems.map((p) => [p.id.slice(3), p.firstMonth, p.lastMonth, p.closed === null ? null : `${p.closed.month} ${p.closed.by}`])).toEqual([
      ["P01#1", "2025-11", "2026-02", "2026-03 emptied"],
      ["P07#1", "2025-11", "2026-04", null],
      ["P04#1", "2025-11", "2026-04", null],
      ["P03#1", "2025-11", "2025-12", "2026-02 finished"],
      ["P05#1", "2025-11", "2025-12", "2026-02 left-table"],
      ["P02#1", "2025-12", "2026-04", null],
      ["P02#2", "2025-12", "2025-12", "2026-02 emptied"],
      ["P09#1", "2026-02", "2026-04", null],
      ["P06#1", "2026-02", "2026-03", "2026-04 emptied"],
      ["P02#3", "2026-03", "2026-04", null],
      ["P08#1", "2026-04", "2026-04", null],
      ["P08#2", "2026-04", "2026-04", null],
      ["P06#2", "2026-04", "2026-04", null],
    ]);
  });

  it("projectProblems(fixture, P04) is the re-opened problem's whole history", () => {
    expect(projectProblems(ledger, "id:P04")).toEqual([
      {
        key: "id:P04",
        name: "西城人民医院门诊楼",
        district: "西城区",
        leadDepartment: "市卫生健康委员会",
        leader: "吴敏",
        id: "id:P04#1",
        firstMonth: "2025-11",
        lastMonth: "2026-04",
        wordings: [
          { month: "2025-11", text: "征地拆迁工作进展缓慢" },
          { month: "2026-03", text: "征地拆迁工作进展缓慢，仍有3户未签约" },
        ],
        spells: [
          { opened: "2025-11", closed: { month: "2025-12", by: "emptied" } },
          { opened: "2026-03", closed: null },
        ],
        closed: null,
        reopened: ["2026-03"],
      },
    ]);
  });

  it("projectProblems(fixture, P02) keeps a two-department project's cells as given", () => {
    const [first] = projectProblems(ledger, "id:P02");
    expect([first?.leadDepartment, first?.leader]).toEqual(["市住房和城乡建设局、市交通运输局", "王芳、刘洋"]);
    expect(projectProblems(ledger, "id:P02").map((p) => p.wordings.map((w) => w.text))).toEqual([["管线迁改未完成"], ["施工图审查未通过"], ["资金缺口3000万元"]]);
  });

  it("problemLedger(fixture, { through: 2026-02 }) ends there and agrees with the full ledger up to it", () => {
    const early = problemLedger(programme, { through: "2026-02" });
    expect(early.months).toEqual(ledger.months.slice(0, 3));
    expect(early.problems).toHaveLength(9); // P01 P07 P04 P03 P05, P02 ×2, P09, P06
    expect(early.problems.find((p) => p.id === "id:P01#1")?.closed).toBeNull(); // closed only in March
  });
});
