import { describe, expect, it } from "vitest";
import type { OpenEntry } from "../../src/lib/rank/index.ts";
import { compareOpen, groupOpen, openByDepartment, openByDistrict } from "../../src/lib/rank/index.ts";

const entry = (id: string, monthsOpen: number, extra: Partial<OpenEntry> = {}): OpenEntry => ({
  key: id.slice(0, id.indexOf("#")),
  name: `项目${id.slice(0, id.indexOf("#"))}`,
  district: "东城区",
  leadDepartment: "甲局",
  leader: null,
  id,
  text: "用工短缺",
  firstMonth: "2026-01",
  since: "2026-01",
  monthsOpen,
  change: null,
  reworded: false,
  previousText: null,
  ...extra,
});
const shape = (groups: ReturnType<typeof groupOpen>) => groups.map((g) => [g.name, g.problems.map((e) => e.id), g.oldestMonthsOpen]);

describe("compareOpen(a, b)", () => {
  it("compareOpen(a, b) puts the most months open first, then the earlier first month, name, key and number", () => {
    const list = [
      entry("B#10", 2, { firstMonth: "2026-03" }),
      entry("B#2", 2, { firstMonth: "2026-03" }),
      entry("A#1", 2, { firstMonth: "2026-03" }),
      entry("C#1", 2, { firstMonth: "2025-11" }), // re-opened: older, same months open
      entry("D#1", 5, { firstMonth: "2026-03" }),
    ];
    expect(list.sort(compareOpen).map((e) => e.id)).toEqual(["D#1", "C#1", "A#1", "B#2", "B#10"]);
  });
});

describe("groupOpen(open, namesOf) and its uses", () => {
  it("openByDepartment(open) counts a problem under each named department and puts the unnamed last", () => {
    const open = [
      entry("A#1", 3, { leadDepartment: "甲局、乙局" }),
      entry("B#1", 1, { leadDepartment: "乙局" }),
      entry("C#1", 9, { leadDepartment: null }),
      entry("D#1", 2, { leadDepartment: "甲局（牵头）、甲局" }),
    ];
    // 乙局: A#1, B#1 and 甲局: A#1, D#1 (its cell names 甲局 twice: counted once) both have 2, oldest 3:
    // by name, 乙 U+4E59 before 甲 U+7532; the problem without a department last
    expect(shape(openByDepartment(open))).toEqual([
      ["乙局", ["A#1", "B#1"], 3],
      ["甲局", ["A#1", "D#1"], 3],
      [null, ["C#1"], 9],
    ]);
  });

  it("openByDistrict(open) orders groups by count, then oldest problem, then name", () => {
    const open = [
      entry("A#1", 1, { district: "西城区" }),
      entry("B#1", 4, { district: "北山县" }),
      entry("C#1", 2, { district: "东城区" }),
      entry("D#1", 1, { district: "东城区" }),
      entry("E#1", 4, { district: "南湖区" }),
    ];
    expect(shape(openByDistrict(open))).toEqual([
      ["东城区", ["C#1", "D#1"], 2],
      ["北山县", ["B#1"], 4], // 北 U+5317 before 南 U+5357, both oldest 4
      ["南湖区", ["E#1"], 4],
      ["西城区", ["A#1"], 1],
    ]);
  });

  it("groupOpen([]) is []", () => expect(groupOpen([], (e) => [e.district])).toEqual([]));

  it("groupOpen(open, namesOf) does not depend on input order", () => {
    const open = [entry("A#1", 1, { district: "西城区" }), entry("B#1", 1, { district: "东城区" }), entry("C#1", 1, { district: "西城区" })];
    expect(openByDistrict([...open].reverse())).toEqual(openByDistrict(open));
  });
});
