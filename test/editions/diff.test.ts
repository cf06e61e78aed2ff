import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { diffEditions, editionContent, type EditionContent } from "../../src/lib/editions/index.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { computeAll } from "../../src/lib/rank/computeAll.ts";

/**
 * diffEditions over the hand-computed indicators fixture (test/fixtures/indicators, whose README
 * tells month by month which project starts, finishes and stalls), plus edited copies for what
 * the fixture does not have: projects joining and leaving, a new year, a district leaving the board.
 */
const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/indicators");
let april: EditionContent;
let may: EditionContent;
let june: EditionContent;

const clone = (c: EditionContent): EditionContent => structuredClone(c);
const keys = (list: Array<{ key: string }>) => list.map((p) => p.key).sort();

beforeAll(async () => {
  const loaded = await loadDataDir(FIXTURE);
  const computed = computeAll(loaded.programme!, loaded.config);
  const content = (m: string) => editionContent(loaded.programme!, loaded.config, computed, m);
  april = content("2026-04");
  may = content("2026-05");
  june = content("2026-06");
});

describe("diffEditions(prev, cur)", () => {
  it("diffEditions(null, cur) has nothing to compare: empty lists, no indicator change", () => {
    const d = diffEditions(null, april);
    expect(d.previous).toBeNull();
    expect(d.sameYear).toBe(false);
    for (const list of [d.added, d.removed, d.started, d.finished, d.flags, d.ranks, d.warningsRaised, d.warningsCleared, d.warningsLevel]) expect(list).toEqual([]);
    expect(d.indicators.map((i) => i.change)).toEqual(d.indicators.map(() => null));
    expect(d.indicators.find((i) => i.id === "completionRate")!.current).toBe(april.computed.programme.indicators.completionRate);
  });

  it("diffEditions(april, may) finds P02 and P11 newly started (status 未开工 → 在建) and P04's late start raised", () => {
    const d = diffEditions(april, may);
    expect(d.previous).toBe("2026-04");
    expect(d.sameYear).toBe(true);
    expect(keys(d.started)).toEqual(["id:P02", "id:P11"]);
    expect(d.started.find((p) => p.key === "id:P02")).toEqual({ key: "id:P02", slug: "p02", name: "东城城市道路改造", district: "东城区" });
    expect(d.finished).toEqual([]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.warningsRaised.map((w) => [w.key, w.kind, w.level])).toEqual([["id:P04", "late-start", "red"]]);
    // Red "behind" in April, yellow in May: a change of level, not a warning raised and one cleared.
    expect(d.warningsLevel.map((w) => [w.key, w.kind, w.from, w.level]).sort()).toEqual([
      ["id:P02", "behind", "red", "yellow"],
      ["id:P11", "behind", "red", "yellow"],
    ]);
  });

  it("diffEditions(may, june) finds P06 started and P03 finished, the flags that moved and the README's +8900 万元 / +15.9 points", () => {
    const d = diffEditions(may, june);
    expect(keys(d.started)).toEqual(["id:P06"]);
    expect(keys(d.finished)).toEqual(["id:P03"]);
    expect(d.flags).toEqual([
      { district: "高新区", from: "yellow", to: "red" },
      { district: "北山县", from: "red", to: "yellow" },
    ]);
    expect(d.ranks).toEqual([
      { district: "高新区", previousRank: 4, rank: 3 },
      { district: "北山县", previousRank: 3, rank: 4 },
    ]);
    const ind = Object.fromEntries(d.indicators.map((i) => [i.id, i]));
    expect(ind.ytdCompleted).toEqual({ id: "ytdCompleted", previous: 17500, current: 26400, change: 8900 });
    expect((ind.completionRate!.change! * 100).toFixed(1)).toBe("15.9");
    expect(ind.finishRate!.change).toBeCloseTo(1 / 3, 12);
    expect(ind.reserveConversion!.change).toBeCloseTo(0.5, 12);
    expect(ind.projects!.change).toBe(0);
    expect(d.warningsRaised.map((w) => `${w.key}:${w.kind}`).sort()).toEqual(["id:P04:stalled", "id:P08:behind", "id:P08:stalled"]);
    expect(d.warningsCleared.map((w) => `${w.key}:${w.kind}`).sort()).toEqual(["id:P09:behind", "id:P10:behind", "id:P11:behind"]);
  });

  it("diffEditions(prev, cur) lists projects joining and leaving the table, and a district leaving the board as unranked", () => {
    const prev = clone(may);
    const cur = clone(june);
    // P12 leaves in June; a new project joins in 高新区.
    cur.projects = cur.projects.filter((p) => p.key !== "id:P12");
    const joined = { ...structuredClone(june.projects.find((p) => p.key === "id:P11")!), key: "id:P13", id: "P13", slug: "p13", name: "高新算力中心" };
    cur.projects.push(joined);
    // 西城区 drops off the June board.
    cur.computed.board.entries = cur.computed.board.entries.filter((e) => e.name !== "西城区");
    const d = diffEditions(prev, cur);
    expect(d.added).toEqual([{ key: "id:P13", slug: "p13", name: "高新算力中心", district: "高新区" }]);
    expect(d.removed.map((p) => p.key)).toEqual(["id:P12"]);
    // A project that joins is not "newly started", even if it has started.
    expect(d.started.map((p) => p.key)).not.toContain("id:P13");
    const west = d.ranks.find((r) => r.district === "西城区");
    expect(west).toEqual({ district: "西城区", previousRank: 5, rank: null });
  });

  it("diffEditions(prev, cur) across a new year gives no change for the year-to-date indicators but does for the project count", () => {
    const prev = clone(june);
    prev.month = "2025-12";
    prev.computed.programme.indicators.projects = 10;
    const d = diffEditions(prev, june);
    expect(d.sameYear).toBe(false);
    for (const i of d.indicators) {
      if (i.id === "projects") expect(i.change).toBe(2);
      else expect(i.change, i.id).toBeNull();
    }
  });

  it("diffEditions(cur, cur) finds nothing changed", () => {
    const d = diffEditions(june, june);
    for (const list of [d.added, d.removed, d.started, d.finished, d.flags, d.ranks, d.warningsRaised, d.warningsCleared, d.warningsLevel]) expect(list).toEqual([]);
    for (const i of d.indicators) expect(i.change === null || i.change === 0, i.id).toBe(true);
  });

  it("diffEditions(prev, cur) returns plain JSON (it is frozen into published records)", () => {
    const d = diffEditions(may, june);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});
