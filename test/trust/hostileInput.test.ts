import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/lib/data/loadProgramme.ts";
import { computeAll } from "../../src/lib/rank/computeAll.ts";
import { programmeParagraph } from "../../src/lib/narrative/index.ts";
import { completionCurve, districtBoard, renderChart } from "../../src/lib/charts/index.ts";

/** Hostile and broken input through the whole pipeline: a correct result or a clear error, never a crash. */
const HEADER = "项目编号,项目名称,所属县区,建设性质,项目状态,2026年计划投资,1-10月完成投资,形象进度";
const enc = new TextEncoder();
const load = (rows: string[], name = "2026-10.csv") =>
  loadProgramme({ name: "t", siteYaml: null, snapshots: [{ file: `t/snapshots/${name}`, bytes: enc.encode([HEADER, ...rows].join("\n")) }] });
const csvQuote = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe("hostile input", () => {
  it("loadProgramme(a 100,000-character cell) keeps the text whole", () => {
    const long = "长".repeat(100_000);
    const { programme, report } = load([`A1,项目一,甲区,续建,在建,100,50,${long}`]);
    expect(report.errors).toBe(0);
    expect(programme!.snapshots[0]!.states[0]!.progressText).toHaveLength(100_000);
  });

  it("loadProgramme(100,000 rows) loads every row", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `P${i},项目${i},区${i % 50},续建,在建,${i % 1000},${i % 500}`);
    const { programme, report } = load(rows);
    expect(report.errors).toBe(0);
    expect(programme!.snapshots[0]!.states).toHaveLength(100_000);
    expect(programme!.districts).toHaveLength(50);
  });

  it("loadProgramme(names that look like paths or markup) keeps them as text and gives URL-safe, distinct slugs", () => {
    const { programme } = load([
      `../etc,"../../etc/passwd",甲区,续建,在建,1,1`,
      `a/b,"a/b<script>alert(1)</script>",甲区,续建,在建,1,1`,
      `,同名项目,甲区,续建,在建,1,1`,
      `,同名项目,乙区,续建,在建,1,1`,
    ]);
    const projects = programme!.projects;
    expect(projects.map((p) => p.name).sort()).toEqual(["../../etc/passwd", "a/b<script>alert(1)</script>", "同名项目", "同名项目"]);
    const slugs = projects.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(4);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });

  it("loadProgramme(a file cut off in the middle of a row) reports it instead of loading half a table", () => {
    const { programme, report } = load([`A1,项目一,甲区,续建,在建,100,50`, `A2,"项目二,甲区,续`]);
    expect(programme).toBeNull();
    expect(report.issues.some((i) => i.code === "unreadable-file")).toBe(true);
  });

  it("loadProgramme(an empty folder) is an error naming the folder", () => {
    const r = loadProgramme({ name: "empty", siteYaml: null, snapshots: [] });
    expect(r.programme).toBeNull();
    expect(r.report.issues.map((i) => [i.code, i.detail.folder])).toEqual([["no-snapshots", "empty"]]);
  });

  it("random rows through load → indicators → narrative → charts never crash (fixed seed)", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "项", "<", ">", "&", '"', ",", "\n", "=", "+", "-", "@", "/", ".", " ", "１", "—", "#REF!") , maxLength: 12 });
    const num = fc.oneof(fc.integer({ min: -5, max: 100000 }).map(String), fc.constantFrom("", "—", "1,234.5", "#DIV/0!", "约5", "50%"));
    const row = fc.tuple(text, text, fc.constantFrom("甲区", "乙区", "<b>丙区</b>"), fc.constantFrom("新开工", "续建", "竣工", "前期", "扩建", "", "新开工", "续建"), fc.constantFrom("未开工", "在建", "已竣工", "停工", "?", "在建"), num, num, text);
    let rendered = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 0, maxLength: 30 }), (rows) => {
        const r = load(rows.map((cells) => cells.map(csvQuote).join(",")));
        expect(r.report.errors === 0).toBe(r.programme !== null);
        if (!r.programme) return;
        rendered++;
        const computed = computeAll(r.programme, r.config);
        for (const m of computed.months) {
          const paragraph = programmeParagraph(m, "zh-CN");
          expect(paragraph).not.toMatch(/NaN|Infinity|undefined/);
          const fmt = (x: number) => `${Math.round(x * 100)}%`;
          const svg = renderChart(
            districtBoard({
              rows: m.board.entries.map((e) => ({ district: e.name, rank: e.rank, completionRate: m.districts.find((d) => d.name === e.name)?.indicators.completionRate ?? null, score: e.score, flag: e.flag })),
              timeProgress: m.programme.indicators.timeProgress,
              labels: { title: "t", subtitle: "s", source: "src", description: "d", empty: "无数据", x: "x", y: "y", redFlag: "▲ 红旗", yellowFlag: "▼ 黄旗", timeProgress: "时序", formatPercent: fmt } as never,
            }),
          );
          expect(svg).not.toMatch(/<script|NaN/);
          renderChart(completionCurve({ points: [{ month: m.month, completionRate: m.programme.indicators.completionRate }], year: 2026, labels: { title: "t", subtitle: "s", source: "s", description: "d", empty: "e", x: "x", y: "y", completion: "c", timeProgress: "t", formatMonth: (s: string) => s } as never }));
        }
      }),
      { seed: 20261122, numRuns: 60 },
    );
    // The property must reach the indicators and charts, not only the loader's errors.
    expect(rendered).toBeGreaterThan(5);
  });
});
