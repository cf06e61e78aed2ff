import { expect, test } from "vitest";
import fc from "fast-check";
import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import { monthOfFile, readSnapshot, type SnapshotResult } from "../../../src/lib/data/readSnapshot.ts";
import { SiteConfigSchema } from "../../../src/lib/config/siteConfigSchema.ts";

const FILE = "data/snapshots/2026-10.csv";
const CONFIG = SiteConfigSchema.parse({});
const RUNS = { seed: 42, numRuns: 300 } as const;

const read = (bytes: Uint8Array): SnapshotResult => readSnapshot({ file: FILE, bytes }, CONFIG);
const utf8 = (s: string) => new TextEncoder().encode(s);
const gb18030 = (s: string) => new Uint8Array(iconv.encode(s, "gb18030"));

/** A result is well formed: issues are listed, and a missing snapshot is explained by an error. */
function expectIssuesNotThrow(result: SnapshotResult): void {
  expect(Array.isArray(result.issues)).toBe(true);
  if (result.snapshot === null) expect(result.issues.some((i) => i.severity === "error")).toBe(true);
  for (const i of result.issues) expect(i.file).toBe(FILE);
}

const TABLE =
  [
    "附件1",
    "2026年云溪市重点项目建设进度表",
    ",,,,,单位：万元,",
    "序号,项目名称,所属县区,建设性质,2026年计划投资,1-10月完成投资,存在问题",
    "合计,,,,300,150,",
    "一、续建项目（2个）,,,,,,",
    '1,云溪大道★,高新区,续建,100,50,"征地\n未完成"',
    "2,港口二期,临江区,新开工,200,100,—",
    "注：数据截至10月底。",
  ].join("\r\n") + "\r\n";

test("readSnapshot(small valid table) reads both projects without errors", () => {
  for (const bytes of [utf8(TABLE), gb18030(TABLE)]) {
    const { snapshot, issues } = read(bytes);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(snapshot?.states.map((s) => [s.name, s.district, s.annualPlan, s.ytdCompleted])).toEqual([
      ["云溪大道", "高新区", 100, 50],
      ["港口二期", "临江区", 200, 100],
    ]);
  }
});

test("readSnapshot(arbitrary bytes) never throws and returns issues", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
      expectIssuesNotThrow(read(bytes));
    }),
    RUNS,
  );
});

test("readSnapshot(arbitrary string as UTF-8) never throws and returns issues", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (s) => {
      expectIssuesNotThrow(read(utf8(s)));
    }),
    RUNS,
  );
});

test("readSnapshot(arbitrary string as GB18030) never throws and returns issues", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (s) => {
      expectIssuesNotThrow(read(gb18030(s)));
    }),
    RUNS,
  );
});

// Arbitrary rows of table-like cells under a real header: exercises rows, totals and notes.
const cell = fc.oneof(
  fc.constantFrom("合计", "一、续建项目（1个）", "（一）交通", "——铁路", "注：x", "填报人：张三", "—", "#REF!", "约5000", "(1,234)", "1", "云溪大道", "高新区", "续建", "新开工", "2024-2026", '"', "\n", ""),
  fc.string({ maxLength: 8 }),
);
const rows = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 });

test("readSnapshot(header over arbitrary rows) never throws and returns issues", () => {
  const header = "序号,项目名称,所属县区,建设性质,2026年计划投资,1-10月完成投资,存在问题\n";
  fc.assert(
    fc.property(rows, (r) => {
      const text = header + r.map((cells) => cells.join(",")).join("\n");
      expectIssuesNotThrow(read(utf8(text)));
      expectIssuesNotThrow(read(gb18030(text)));
    }),
    RUNS,
  );
});

for (const [name, bytes] of [
  ["UTF-8", utf8(TABLE)],
  ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TABLE)])],
  ["GB18030", gb18030(TABLE)],
] as const) {
  test(`readSnapshot(small ${name} table truncated at every byte offset) never throws and returns issues`, () => {
    for (let end = 0; end <= bytes.length; end++) {
      let result: SnapshotResult | undefined;
      expect(() => {
        result = read(bytes.subarray(0, end));
      }, `truncated at byte ${end}`).not.toThrow();
      expectIssuesNotThrow(result!);
    }
  });
}

// Workbooks --------------------------------------------------------------------

test("monthOfFile(snapshots/2026-10.csv|xlsx|xls|et) is 2026-10; other names have no month", () => {
  expect(["s/2026-10.csv", "s/2026-10.xlsx", "s/2026-10.XLS", "s\\2026-10.et", "s/2026-10.ods", "s/2026年10月.xlsx", "s/2026-13.xlsx"].map(monthOfFile)).toEqual([
    "2026-10",
    "2026-10",
    "2026-10",
    "2026-10",
    null,
    null,
    null,
  ]);
});

test("readSnapshot({ file, bytes, month }) reads a file its name gives no month to under the month given", () => {
  const r = readSnapshot({ file: "in/调度表.csv", bytes: utf8(TABLE), month: "2026-10" }, CONFIG);
  expect(r.snapshot?.month).toBe("2026-10");
  expect(r.snapshot?.states).toHaveLength(2);
});

const WORKBOOK = new Uint8Array(readFileSync("test/fixtures/loader/xlsx-months/snapshots/2026-02.xlsx"));
const BIFF8 = new Uint8Array(readFileSync("test/fixtures/loader/xls-months/snapshots/2026-02.xls"));

for (const [name, bytes, file] of [
  ["xlsx", WORKBOOK, "data/snapshots/2026-02.xlsx"],
  ["xls", BIFF8, "data/snapshots/2026-02.xls"],
] as const) {
  test(`readSnapshot(an .${name} truncated at many offsets, or with bytes changed) never throws and returns issues`, () => {
    const cases: Uint8Array[] = [];
    for (let end = 0; end < bytes.length; end += Math.ceil(bytes.length / 40)) cases.push(bytes.subarray(0, end));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }), (flips) => {
        const b = bytes.slice();
        for (const [at, v] of flips) b[at] = v;
        cases.push(b);
      }),
      { seed: 5, numRuns: 40 },
    );
    for (const b of cases) {
      const r = readSnapshot({ file, bytes: b }, CONFIG);
      expect(Array.isArray(r.issues)).toBe(true);
      if (r.snapshot === null) expect(r.issues.some((i) => i.severity === "error")).toBe(true);
    }
  });
}
