import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { Programme, ProjectState } from "../../src/lib/data/model.ts";
import { sheetCsv, toWorkbook, workbookBytes, type WorkbookOptions } from "../../src/lib/sample/excelWorkbook.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { generateProgramme } from "../../src/lib/sample/generateProgramme.ts";

/**
 * The property the workbook reader must keep: a generated programme written as workbooks the
 * way offices keep them (real merged cells, districts named by group rows, a three-row header)
 * loads to the same model as the CSV that Excel would export from the same sheets, and both
 * give back the generated projects.
 */
const styleArb = fc.record({
  title: fc.boolean(),
  filledBy: fc.boolean(),
  totalsRow: fc.constantFrom("top" as const, "bottom" as const, null),
  dateCells: fc.boolean(),
  summarySheet: fc.boolean(),
});

const caseArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  projects: fc.integer({ min: 4, max: 24 }),
  months: fc.integer({ min: 2, max: 3 }),
  bookType: fc.constantFrom("xlsx" as const, "biff8" as const),
  csvEncoding: fc.constantFrom("gb18030" as const, "utf-8-bom" as const),
  styles: fc.array(styleArb, { minLength: 3, maxLength: 3 }),
});

/** What a model says about the projects, not where each value was read (a CSV's lines run on past a cell's line breaks). */
function comparable(p: Programme) {
  return {
    ...p,
    snapshots: p.snapshots.map((s) => ({
      month: s.month,
      title: s.title,
      headerLines: s.headerLines,
      unit: s.unit,
      unitSource: s.unitSource,
      columns: s.columns,
      matchedBy: s.matchedBy,
      states: s.states.map(withoutSource),
      skipped: s.skipped.map((k) => [k.reason, k.text]),
    })),
  };
}

function withoutSource(s: ProjectState): Omit<ProjectState, "source"> {
  const { source: _source, ...rest } = s;
  return rest;
}

describe("workbook roundtrip: generateProgramme → toWorkbook (merges, district groups, three-row header) → loadDataDir", () => {
  it("loadDataDir(workbooks) gives the same model as loadDataDir(their CSV exports), and the generated projects", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const lastMonth = `2026-${String(c.months + 1).padStart(2, "0")}`;
        const programme = generateProgramme({ seed: c.seed, projects: c.projects, years: [2026], lastMonth });
        const root = await mkdtemp(path.join(os.tmpdir(), "xw-workbook-"));
        const ext = c.bookType === "xlsx" ? "xlsx" : "xls";
        try {
          // Both folders are named "data": a programme without a title row takes the folder's name.
          const folder = (d: string) => path.join(root, d, "data");
          for (const d of ["workbook", "csv"]) await mkdir(path.join(folder(d), "snapshots"), { recursive: true });
          for (const [i, { month, states }] of programme.months.entries()) {
            const style = c.styles[i]!;
            const options: WorkbookOptions = {
              month,
              title: style.title ? `2026年${programme.region}重点项目建设进度表` : undefined,
              filledBy: style.filledBy ? `${programme.region}发展和改革委员会` : undefined,
              headerRows: 3,
              districtGroups: true,
              mergeRuns: true,
              totalsRow: style.totalsRow,
              dateCells: style.dateCells,
              summarySheet: style.summarySheet,
            };
            const { workbook } = toWorkbook(states, options);
            await writeFile(path.join(folder("workbook"), "snapshots", `${month}.${ext}`), workbookBytes(workbook, c.bookType));
            const text = sheetCsv(workbook.Sheets["调度表"]!);
            const bytes = c.csvEncoding === "gb18030" ? iconv.encode(text, "gb18030") : Buffer.from(`\ufeff${text}`, "utf8");
            await writeFile(path.join(folder("csv"), "snapshots", `${month}.csv`), bytes);
          }
          const fromWorkbook = await loadDataDir(folder("workbook"));
          const fromCsv = await loadDataDir(folder("csv"));
          for (const r of [fromWorkbook, fromCsv]) {
            const errors = r.report.issues.filter((i) => i.severity === "error");
            expect(errors, JSON.stringify(errors.slice(0, 3))).toEqual([]);
          }
          // The merges were real: the workbook's cells were filled from them, the CSV's from the rows above.
          const codes = (r: typeof fromWorkbook) => new Set(r.report.files.flatMap((f) => f.notices.map((n) => n.code)));
          expect(codes(fromWorkbook).has("blank-filled")).toBe(false);
          expect(codes(fromCsv).has("merge-filled")).toBe(false);
          expect(comparable(fromCsv.programme!)).toEqual(comparable(fromWorkbook.programme!));
          // And both are the generated programme.
          for (const { month, states } of programme.months) {
            const loaded = fromWorkbook.programme!.snapshots.find((s) => s.month === month)!;
            const byKey = new Map(loaded.states.map((s) => [s.key, withoutSource(s)]));
            expect(states.map((s) => byKey.get(s.key))).toEqual(states.map(withoutSource));
          }
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      }),
      { seed: 12, numRuns: 16 },
    );
  });
});
