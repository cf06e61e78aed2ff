import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProjectState } from "../../src/lib/data/model.ts";
import { toExcelCsv, type ExcelCsvOptions } from "../../src/lib/sample/excelCsv.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { generateProgramme } from "../../src/lib/sample/generateProgramme.ts";

/** Excel-style options for one file (the month is filled in per file). */
const quirksArb = fc.record({
  encoding: fc.constantFrom("gb18030" as const, "utf-8-bom" as const, "utf-8" as const),
  title: fc.option(fc.constant("2026年星湾市重点项目建设进度表"), { nil: undefined }),
  attachmentLabel: fc.boolean(),
  filledBy: fc.option(fc.constant("星湾市发展和改革委员会"), { nil: undefined }),
  twoRowHeader: fc.boolean(),
  groupBy: fc.constantFrom("nature" as const, "category" as const, null),
  groupSubtotals: fc.boolean(),
  totalsRow: fc.constantFrom(false, "top" as const, "bottom" as const),
  notes: fc.constantFrom([], ["注：★为省重点项目。"], ["注：1.单位万元；2.“—”表示暂无。", "填表人：市发改委重点项目科"]),
  thousandsSeparators: fc.boolean(),
  placeholders: fc.boolean(),
  stars: fc.boolean(),
  fullWidthDigits: fc.boolean(),
  dateStyle: fc.constantFrom("iso" as const, "chinese" as const),
  monthColumn: fc.boolean(),
});

/**
 * A file says its unit in a unit row, in the headers, or both (agreeing); when it says
 * nothing, its amounts are in the configured unit (万元).
 */
const styleArb: fc.Arbitrary<Omit<ExcelCsvOptions, "month">> = fc
  .record({ unit: fc.constantFrom("万元" as const, "亿元" as const), inRow: fc.boolean(), inHeader: fc.boolean(), quirks: quirksArb })
  .map(({ unit, inRow, inHeader, quirks }) => ({
    ...quirks,
    unitRow: inRow ? unit : null,
    headerUnit: inHeader ? unit : null,
  }));

const caseArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  projects: fc.integer({ min: 5, max: 30 }),
  year: fc.constantFrom(2025, 2026),
  months: fc.integer({ min: 2, max: 3 }),
  styles: fc.array(styleArb, { minLength: 3, maxLength: 3 }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-6;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Field-by-field differences between the written and the loaded state (source excluded). */
function differences(written: ProjectState, loaded: ProjectState | undefined, monthColumn: boolean): string[] {
  if (!loaded) return [`${written.key}: not loaded`];
  const out: string[] = [];
  for (const field of Object.keys(written) as Array<keyof ProjectState>) {
    if (field === "source") continue;
    if (field === "monthCompleted" && !monthColumn) continue;
    if (!same(written[field], loaded[field]))
      out.push(`${written.key} ${field}: wrote ${JSON.stringify(written[field])}, loaded ${JSON.stringify(loaded[field])}`);
  }
  return out;
}

describe("roundtrip: generateProgramme → toExcelCsv (random Excel styles) → loadDataDir", () => {
  it("loadDataDir(toExcelCsv(states, any style)) gives back the same states", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c: Case) => {
        const lastMonth = `${c.year}-${String(c.months + 1).padStart(2, "0")}`;
        const programme = generateProgramme({ seed: c.seed, projects: c.projects, years: [c.year], lastMonth });
        const dir = await mkdtemp(path.join(os.tmpdir(), "xw-roundtrip-"));
        try {
          await mkdir(path.join(dir, "snapshots"));
          const styles = new Map<string, ExcelCsvOptions>();
          for (const [i, { month, states }] of programme.months.entries()) {
            const style: ExcelCsvOptions = { ...c.styles[i]!, month, title: c.styles[i]!.title?.replace("2026", String(c.year)) };
            styles.set(month, style);
            await writeFile(path.join(dir, "snapshots", `${month}.csv`), toExcelCsv(states, style));
          }
          const { programme: loaded, report } = await loadDataDir(dir);
          const errors = report.issues.filter((i) => i.severity === "error");
          expect(errors, JSON.stringify(errors.slice(0, 5))).toEqual([]);
          expect(loaded).not.toBeNull();
          for (const { month, states } of programme.months) {
            const snapshot = loaded!.snapshots.find((s) => s.month === month);
            expect(snapshot, `snapshot ${month}`).toBeDefined();
            expect(snapshot!.states.length).toBe(states.length);
            const byKey = new Map(snapshot!.states.map((s) => [s.key, s]));
            const diffs = states.flatMap((s) => differences(s, byKey.get(s.key), styles.get(month)!.monthColumn !== false));
            expect(diffs, `${month} (${JSON.stringify(styles.get(month))})`).toEqual([]);
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { seed: 7, numRuns: 30 },
    );
  });
});
