import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { readFixture } from "../helpers/state.ts";

const FIXTURE = "test/fixtures/indicators";
const BAD = "test/.tmp/indicators-bad";

function run(...args: string[]) {
  const r = spawnSync("npx", ["tsx", "scripts/indicators.ts", ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  rmSync(BAD, { recursive: true, force: true });
  mkdirSync(BAD, { recursive: true });
  cpSync(FIXTURE, BAD, { recursive: true });
  const file = join(BAD, "snapshots", "2026-06.csv");
  writeFileSync(file, readFileSync(file, "utf8").replace("P02,东城城市道路改造,东城区,基础设施,新开工,在建,2026-2027,8000,4000,1000", "P02,东城城市道路改造,东城区,基础设施,新开工,在建,2026-2027,8000,4000,约1000"));
});
afterAll(() => rmSync(BAD, { recursive: true, force: true }));

describe("scripts/indicators.ts", () => {
  it("indicators --data fixture --json prints the latest month's indicators, board, warnings and narrative", () => {
    const r = run("--data", FIXTURE, "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      "month",
      "previousMonth",
      "locale",
      "programme",
      "districts",
      "categories",
      "board",
      "quarterly",
      "leaders",
      "risers",
      "warnings",
      "narrative",
    ]);
    expect([out.month, out.previousMonth, out.locale, out.quarterly]).toEqual(["2026-06", "2026-05", "zh-CN", true]);
    // hand-computed (test/fixtures/indicators/README.md): 12 projects, plan 56000, invested 26400
    expect(out.programme).toMatchObject({
      name: "云溪市",
      projects: 12,
      annualPlan: 56000,
      ytdCompleted: 26400,
      timeProgress: 0.5,
      newProjects: 5,
      newStarted: 4,
      startRate: 0.8,
      reserveConversion: 0.5,
    });
    expect(out.programme.completionRate).toBeCloseTo(26400 / 56000, 12);
    expect(out.programme.gap).toBeCloseTo(26400 / 56000 - 0.5, 12);
    expect(out.programme.finishRate).toBeCloseTo(1 / 3, 12);
    expect(out.programme.change.ytdCompleted).toBe(8900);
    expect(out.districts.map((d: { name: string }) => d.name)).toEqual(["东城区", "西城区", "南湖区", "北山县", "高新区"]);
    expect(out.districts[2]).toMatchObject({ name: "南湖区", finishRate: null, reserveConversion: null });
    expect(out.categories.map((c: { name: string }) => c.name)).toEqual(["产业", "基础设施", "社会民生"]);
    expect(out.board.map((e: { name: string; rank: number; flag: string }) => [e.name, e.rank, e.flag])).toEqual([
      ["东城区", 1, "red"],
      ["南湖区", 2, "red"],
      ["高新区", 3, "red"],
      ["北山县", 4, "yellow"],
      ["西城区", 5, "yellow"],
    ]);
    expect(out.warnings).toHaveLength(7);
    expect(out.warnings[0]).toMatchObject({ key: "id:P04", level: "red", kind: "behind" });
    expect(typeof out.warnings[0].reason).toBe("string");
    expect(out.narrative.programme).toMatch(/^截至2026年6月底，云溪市12个重点项目完成投资2.64亿元/);
    expect(out.narrative.districts).toHaveLength(5);
  });

  it("indicators --month 2026-04 --locale en --json picks the month and the language", () => {
    const out = JSON.parse(run("--data", FIXTURE, "--month", "2026-04", "--locale", "en", "--json").stdout);
    expect([out.month, out.previousMonth, out.locale, out.programme.ytdCompleted]).toEqual(["2026-04", null, "en", 10900]);
    expect(out.narrative.programme).toMatch(/^By the end of April 2026, the 12 key projects in 云溪市 had invested RMB 109 million/);
  });

  it("indicators without --json prints aligned tables and the narrative", () => {
    const r = run("--data", FIXTURE);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("排名榜");
    expect(r.stdout).toMatch(/\n云溪市 +12 +56000 +26400 +47\.1% +50\.0% +−2\.9 +80\.0% +33\.3% +50\.0%\n/);
    expect(r.stdout).toContain("截至2026年6月底");
  });

  it("indicators --month with no snapshot exits 1", () => {
    const r = run("--data", FIXTURE, "--month", "2026-01");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("2026-04, 2026-05, 2026-06");
  });

  it("indicators on data with errors exits 1 with the loader's report", () => {
    const r = run("--data", BAD, "--json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("约1000");
  });

  it("readFixture(fixture) reads the same states as the loader", async () => {
    const loaded = await loadDataDir(FIXTURE);
    expect(loaded.report.errors).toBe(0);
    const strip = (s: { source: unknown }) => ({ ...s, source: null });
    const mine = readFixture(FIXTURE);
    for (const snapshot of loaded.programme?.snapshots ?? []) {
      const other = mine.snapshots.find((s) => s.month === snapshot.month);
      expect(snapshot.states.map(strip)).toEqual(other?.states.map(strip));
    }
  });
});
