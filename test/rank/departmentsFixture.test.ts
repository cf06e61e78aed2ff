import { beforeAll, describe, expect, it } from "vitest";
import type { SiteConfig } from "../../src/lib/config/siteConfigSchema.ts";
import type { Programme } from "../../src/lib/data/model.ts";
import type { NamedMonthIndicators } from "../../src/lib/indicators/index.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import {
  computeAll,
  departmentBoards,
  departmentIndicatorsByMonth,
  editionCalendar,
  halfYearSummary,
  leaderIndicatorsByMonth,
  quarterlyBoards,
  yearBoard,
} from "../../src/lib/rank/index.ts";
import type { BoardMonth, DepartmentMonth, PeriodSummary } from "../../src/lib/rank/index.ts";

// The hand-computed programme of test/fixtures/departments, read by the loader. Every expected
// number is worked out in its README; the arithmetic is repeated in the comments.
const FIXTURE = "test/fixtures/departments";
const A = "市发展和改革委员会";
const B = "市住房和城乡建设局";
const C = "市交通运输局";
const D = "市工业和信息化局";
const E = "市教育局";

let programme: Programme;
let config: SiteConfig;
let departments: NamedMonthIndicators[];
let boards: DepartmentMonth[];
let districtMonths: BoardMonth[];
let departmentMonths: BoardMonth[];

beforeAll(async () => {
  const loaded = await loadDataDir(FIXTURE);
  if (loaded.programme === null) throw new Error("fixture did not load");
  programme = loaded.programme;
  config = loaded.config;
  departments = departmentIndicatorsByMonth(programme);
  boards = departmentBoards(departments, config);
  districtMonths = computeAll(programme, config).months.map((m) => ({ month: m.month, board: m.board, scopes: m.districts }));
  departmentMonths = boards.map((b, i) => ({ month: b.month, board: b.board, scopes: departments[i]!.scopes }));
});

const monthOf = <T extends { month: string }>(list: readonly T[], month: string): T => {
  const found = list.find((m) => m.month === month);
  if (found === undefined) throw new Error(month);
  return found;
};
const boardRows = (month: string) =>
  monthOf(boards, month).board.entries.map((e) => [e.name, e.rank, e.score, e.flag, e.previousRank, e.rankChange]);
const changes = (s: PeriodSummary | null) =>
  s?.entries.map((e) => [e.name, e.start?.rank ?? null, e.end.rank, e.rankChange, e.start?.score ?? null, e.end.score, e.redFlags, e.yellowFlags]);

describe("departmentIndicatorsByMonth(fixture)", () => {
  it("departmentIndicatorsByMonth(fixture) reads the site.yaml rules and three months", () => {
    expect(config.departments).toEqual({ redFlags: 2, yellowFlags: 1, minProjects: 1 });
    expect([config.ranking.redFlags, config.ranking.yellowFlags, config.ranking.boardSize]).toEqual([1, 1, 3]);
    expect(departments.map((m) => [m.month, m.previous, m.unnamed])).toEqual([
      ["2026-03", null, 0],
      ["2026-06", "2026-03", 0],
      ["2026-09", "2026-06", 0],
    ]);
  });

  it("departmentIndicatorsByMonth(fixture) counts P2 for both of its departments in June", () => {
    const june = monthOf(departments, "2026-06").scopes;
    // code-point order: 交 U+4EA4, 住 U+4F4F, 发 U+53D1, 工 U+5DE5, 教 U+6559
    expect(june.map((s) => [s.name, s.keys, s.shared, s.indicators.projects, s.indicators.annualPlan, s.indicators.ytdCompleted])).toEqual([
      [C, ["id:P2", "id:P5"], ["id:P2"], 2, 4000, 2000], // 2000+2000; 1000+1000
      [B, ["id:P2", "id:P6"], ["id:P2"], 2, 3000, 1500], // 2000+1000; 1000+500
      [A, ["id:P7"], [], 1, 2000, 1200],
      [D, ["id:P1", "id:P4"], [], 2, 3000, 750], // 1000+2000; 750+0
      [E, ["id:P3", "id:P8"], [], 2, 2000, 1300], // 1000+1000; 850+450
    ]);
    // rates 0.5, 0.5, 0.6, 0.25, 0.65 against time progress 1/2
    const gap = Object.fromEntries(june.map((s) => [s.name, s.indicators.gap]));
    expect(gap[C]).toBe(0);
    expect(gap[B]).toBe(0);
    expect(gap[A]).toBeCloseTo(0.1, 12);
    expect(gap[D]).toBe(-0.25);
    expect(gap[E]).toBeCloseTo(0.15, 12);
    // start: B P2 P6 2/2, C P2 1/1, D P4 0/1; finish: C P5 0/1, E P3 P8 1/2
    expect(june.map((s) => [s.indicators.startRate, s.indicators.finishRate])).toEqual([
      [1, 0],
      [1, null],
      [null, null],
      [0, null],
      [null, 0.5],
    ]);
  });

  it("departmentIndicatorsByMonth(fixture) sums exceed the programme's by P2", () => {
    const june = monthOf(departments, "2026-06").scopes;
    const total = (f: (s: (typeof june)[number]) => number) => june.reduce((a, s) => a + f(s), 0);
    expect(total((s) => s.indicators.projects)).toBe(9); // 8 projects + P2 again
    expect(total((s) => s.indicators.annualPlan)).toBe(14000); // 12000 + 2000
    expect(total((s) => s.indicators.ytdCompleted)).toBe(6750); // 5750 + 1000
  });

  it("departmentIndicatorsByMonth(fixture) gives changes since March", () => {
    const c = monthOf(departments, "2026-06").scopes.find((s) => s.name === C)!;
    expect(c.change.ytdCompleted).toBe(1000); // 2000 − 1000
    expect(c.change.startRate).toBe(1); // 1 − 0
  });
});

describe("leaderIndicatorsByMonth(fixture)", () => {
  it("leaderIndicatorsByMonth(fixture) counts the two-leader project P4 for 张伟 and 李娜", () => {
    const june = monthOf(leaderIndicatorsByMonth(programme), "2026-06").scopes;
    const rows = june.map((s) => [
      s.name,
      s.keys,
      s.shared,
      s.indicators.annualPlan,
      s.indicators.ytdCompleted,
      s.indicators.newProjects,
      s.indicators.newStarted,
      s.indicators.finishPlanned,
      s.indicators.finished,
    ]);
    expect(rows).toEqual([
      ["张伟", ["id:P1", "id:P4"], ["id:P4"], 3000, 750, 1, 0, 0, 0],
      ["李娜", ["id:P2", "id:P4", "id:P6"], ["id:P4"], 5000, 1500, 3, 2, 0, 0],
      ["王强", ["id:P3", "id:P5"], [], 3000, 1850, 0, 0, 2, 1],
      ["赵敏", ["id:P7", "id:P8"], [], 3000, 1650, 0, 0, 1, 0],
    ]);
    expect(june.reduce((a, s) => a + s.indicators.projects, 0)).toBe(9);
    expect(june.find((s) => s.name === "李娜")?.indicators.completionRate).toBe(0.3); // 1500/5000
  });
});

describe("departmentBoards(fixture)", () => {
  it("departmentBoards(fixture) ranks March with all-equal start and finish components", () => {
    // gap scores rate×400: A 50, B 0, C 100, D 60, E 86; start and finish all equal → 100
    expect(boardRows("2026-03")).toEqual([
      [C, 1, 100, "red", null, null], // 50 + 30 + 20
      [E, 2, 90, "red", null, null], // (43 + 20)/0.7
      [D, 3, 75, null, null, null], // (30 + 30)/0.8
      [A, 4, 50, null, null, null], // gap only
      [B, 5, 37.5, "yellow", null, null], // (0 + 30)/0.8
    ]);
    expect(monthOf(boards, "2026-03").risers).toEqual([]);
  });

  it("departmentBoards(fixture) ranks June, ranking P2 for both of its departments", () => {
    // gap scores (range 0.4): A 87.5, B 62.5, C 62.5, D 0, E 100
    expect(boardRows("2026-06")).toEqual([
      [E, 1, 100, "red", 2, 1], // (50 + 20)/0.7
      [A, 2, 87.5, "red", 4, 2],
      [B, 3, 76.5625, null, 5, 2], // (31.25 + 30)/0.8
      [C, 4, 61.25, null, 1, -3], // 31.25 + 30 + 0
      [D, 5, 0, "yellow", 3, -2],
    ]);
    const june = monthOf(boards, "2026-06");
    expect(june.board.previous).toBe("2026-03");
    expect(june.board.unranked).toEqual([]);
    expect(june.leaders.map((e) => e.name)).toEqual([E, A, B]);
    expect(june.risers.map((r) => [r.name, r.rank, r.gain])).toEqual([
      [A, 1, 2],
      [B, 1, 2],
      [E, 3, 1],
    ]);
    const b = june.board.entries.find((e) => e.name === B)!;
    expect(b.components.gap.score).toBeCloseTo(62.5, 9);
    expect(b.components.finishRate).toEqual({ value: null, score: null });
  });

  it("departmentBoards(fixture) ranks September with a tie inside the red flags", () => {
    // gap scores (range 0.3): A 100, B 0, C 50, D 100, E 87.5; start all equal; finish C 100, E 0
    expect(boardRows("2026-09")).toEqual([
      [A, 1, 100, "red", 2, 1],
      [D, 1, 100, "red", 5, 4], // (50 + 30)/0.8
      [C, 3, 75, null, 4, 1], // 25 + 30 + 20
      [E, 4, 62.5, null, 1, -3], // 43.75/0.7
      [B, 5, 37.5, "yellow", 3, -2],
    ]);
    const september = monthOf(boards, "2026-09");
    expect(september.leaders.map((e) => e.name)).toEqual([A, D, C]);
    expect(september.risers.map((r) => [r.name, r.rank, r.gain])).toEqual([
      [D, 1, 4],
      [A, 2, 1],
      [C, 2, 1],
    ]);
  });

  it("departmentBoards(fixture, minProjects 2) lists the one-project department as unranked", () => {
    const strict = departmentBoards(departments, { ...config, departments: { ...config.departments, minProjects: 2 } });
    expect(monthOf(strict, "2026-06").board.unranked).toEqual([{ name: A, projects: 1 }]);
    expect(monthOf(strict, "2026-06").board.entries.map((e) => e.name)).not.toContain(A);
  });

  it("quarterlyBoards(department boards of fixture) are March, June and September", () => {
    expect(quarterlyBoards(boards.map((b) => b.board)).map((q) => [q.quarter, q.board.entries[0]?.name])).toEqual([
      ["2026-Q1", C],
      ["2026-Q2", E],
      ["2026-Q3", A],
    ]);
  });
});

describe("district boards of fixture", () => {
  it("computeAll(fixture) ranks the districts with their own flags", () => {
    const rows = (month: string) => monthOf(districtMonths, month).board.entries.map((e) => [e.name, e.rank, e.score, e.flag]);
    expect(rows("2026-03")).toEqual([
      ["西城区", 1, 100, "red"],
      ["东城区", 2, 75, null], // 0.5×50 + 30 + 20
      ["南湖区", 3, 50, "yellow"],
    ]);
    expect(rows("2026-06")).toEqual([
      ["东城区", 1, 100, "red"],
      ["南湖区", 2, 65.9375, null], // 0.5×71.875 + 30 + 0
      ["西城区", 3, 0, "yellow"],
    ]);
    expect(rows("2026-09")).toEqual([
      ["西城区", 1, 100, "red"],
      ["南湖区", 2, 55, null], // 25 + 30 + 0
      ["东城区", 3, 50, "yellow"], // 0 + 30 + 20
    ]);
  });
});

describe("halfYearSummary(fixture, 2026)", () => {
  it("halfYearSummary(district months, 2026) compares March with June", () => {
    const h = halfYearSummary(districtMonths, 2026);
    expect([h?.year, h?.from, h?.months, h?.board.month]).toEqual([2026, "2026-03", ["2026-03", "2026-06"], "2026-06"]);
    expect(changes(h)).toEqual([
      ["东城区", 2, 1, 1, 75, 100, 1, 0],
      ["南湖区", 3, 2, 1, 50, 65.9375, 0, 1],
      ["西城区", 1, 3, -2, 100, 0, 1, 1],
    ]);
    const east = h!.entries[0]!;
    expect([east.start?.completionRate, east.end.completionRate]).toEqual([0.1775, 0.65]); // 710/4000, 2600/4000
    expect(east.change.score).toBe(25);
    expect(east.change.completionRate).toBeCloseTo(0.4725, 12);
    expect([east.change.startRate, east.change.finishRate]).toEqual([1, 1]);
    const west = h!.entries[2]!;
    expect([west.start?.completionRate, west.end.completionRate, west.change.completionRate]).toEqual([0.25, 0.25, 0]);
    expect(h!.risers.map((r) => [r.name, r.rank, r.gain])).toEqual([
      ["东城区", 1, 1],
      ["南湖区", 1, 1],
    ]);
  });

  it("halfYearSummary(department months, 2026) compares March with June", () => {
    const h = halfYearSummary(departmentMonths, 2026);
    expect(changes(h)).toEqual([
      [E, 2, 1, 1, 90, 100, 2, 0],
      [A, 4, 2, 2, 50, 87.5, 1, 0],
      [B, 5, 3, 2, 37.5, 76.5625, 0, 1],
      [C, 1, 4, -3, 100, 61.25, 1, 0],
      [D, 3, 5, -2, 75, 0, 0, 1],
    ]);
    const b = h!.entries[2]!;
    expect([b.start?.completionRate, b.end.completionRate, b.change.completionRate, b.change.score]).toEqual([0, 0.5, 0.5, 39.0625]);
    expect(h!.entries[4]!.change.completionRate).toBeCloseTo(0.1, 12); // D 0.15 → 0.25
    expect(h!.risers.map((r) => [r.name, r.rank, r.gain])).toEqual([
      [A, 1, 2],
      [B, 1, 2],
      [E, 3, 1],
    ]);
  });
});

describe("yearBoard(fixture, 2026) and editionCalendar(fixture, month)", () => {
  it("yearBoard(district months, 2026) is September's board, provisional", () => {
    const y = yearBoard(districtMonths, 2026);
    expect([y?.provisional, y?.from, y?.board.month]).toEqual([true, "2026-03", "2026-09"]);
    expect(changes(y)).toEqual([
      ["西城区", 1, 1, 0, 100, 100, 2, 1],
      ["南湖区", 3, 2, 1, 50, 55, 0, 1],
      ["东城区", 2, 3, -1, 75, 50, 1, 1],
    ]);
    expect(y!.risers.map((r) => [r.name, r.gain])).toEqual([["南湖区", 1]]);
  });

  it("yearBoard(department months, 2026) is September's board, provisional", () => {
    const y = yearBoard(departmentMonths, 2026);
    expect(y?.provisional).toBe(true);
    expect(changes(y)).toEqual([
      [A, 4, 1, 3, 50, 100, 2, 0],
      [D, 3, 1, 2, 75, 100, 1, 1],
      [C, 1, 3, -2, 100, 75, 1, 0],
      [E, 2, 4, -2, 90, 62.5, 2, 0],
      [B, 5, 5, 0, 37.5, 37.5, 0, 2],
    ]);
    expect(y!.risers.map((r) => [r.name, r.rank, r.gain])).toEqual([
      [A, 1, 3],
      [D, 2, 2],
    ]);
    expect(yearBoard(departmentMonths, 2025)).toBeNull();
  });

  it("editionCalendar(fixture, month) puts the half-year summary in June only", () => {
    const march = editionCalendar(departmentMonths, "2026-03");
    const june = editionCalendar(departmentMonths, "2026-06");
    const september = editionCalendar(departmentMonths, "2026-09");
    expect([march.halfYear, june.halfYear?.board.month, september.halfYear]).toEqual([null, "2026-06", null]);
    expect(june.halfYear).toEqual(halfYearSummary(departmentMonths, 2026));
    // each edition's year board so far: its own month, provisional, never a later month
    expect([march.year?.board.month, june.year?.board.month, september.year?.board.month]).toEqual(["2026-03", "2026-06", "2026-09"]);
    expect([march.year?.from, june.year?.from]).toEqual([null, "2026-03"]);
    expect([march.year?.provisional, june.year?.provisional, september.year?.provisional]).toEqual([true, true, true]);
    expect(JSON.parse(JSON.stringify(june))).toEqual(june); // plain JSON, as records freeze it
  });
});
