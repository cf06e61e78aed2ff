import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import type { Month, Nature, Programme, ProjectState, Status } from "../../src/lib/data/model.ts";

/**
 * Test helpers: build `ProjectState`s with defaults, wrap them in a `Programme`, and read the tidy
 * fixture CSVs without the loader (so indicator tests do not depend on it).
 */

/** A project state with every field "not given" except what `overrides` sets. */
export function state(overrides: Partial<ProjectState> = {}): ProjectState {
  const name = overrides.name ?? "测试项目";
  const district = overrides.district ?? "东城区";
  return {
    month: "2026-06",
    key: overrides.id != null ? `id:${overrides.id}` : `name:${name}|${district}`,
    id: null,
    name,
    district,
    category: null,
    nature: null,
    status: null,
    content: null,
    period: null,
    totalInvestment: null,
    annualPlan: null,
    ytdCompleted: null,
    ytdPlanned: null,
    cumulativeCompleted: null,
    monthCompleted: null,
    progressText: null,
    problems: null,
    owner: null,
    leadDepartment: null,
    leader: null,
    privateInvestment: null,
    landArea: null,
    plannedStart: null,
    actualStart: null,
    plannedEnd: null,
    actualEnd: null,
    longitude: null,
    latitude: null,
    remarks: null,
    source: { file: "test.csv", line: 2 },
    ...overrides,
  };
}

/** A programme over the given states (grouped into snapshots by month). */
export function programmeOf(
  states: readonly ProjectState[],
  options: { region?: string | null; districts?: string[]; categories?: string[]; title?: string; months?: string[] } = {},
): Programme {
  const months = [...new Set([...(options.months ?? []), ...states.map((s) => s.month)])].sort();
  const firstSeen = <T>(values: T[]): T[] => [...new Set(values)];
  const districts = firstSeen([...(options.districts ?? []), ...states.map((s) => s.district)]);
  const categories = firstSeen([
    ...(options.categories ?? []),
    ...states.flatMap((s) => (s.category === null ? [] : [s.category])),
  ]);
  const byKey = new Map<string, ProjectState[]>();
  for (const s of states) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  const projects = [...byKey.entries()].map(([key, list], i) => {
    const sorted = [...list].sort((a, b) => (a.month < b.month ? -1 : 1));
    const last = sorted[sorted.length - 1] ?? list[0]!;
    return {
      key,
      id: last.id,
      slug: `p${i + 1}`,
      name: last.name,
      district: last.district,
      category: last.category,
      names: firstSeen(sorted.map((s) => s.name)),
      months: sorted.map((s) => s.month),
    };
  });
  return {
    title: options.title ?? "测试重点项目",
    region: options.region === undefined ? "云溪市" : options.region,
    months,
    districts,
    categories,
    projects,
    snapshots: months.map((month) => ({
      month,
      file: `snapshots/${month}.csv`,
      encoding: "utf-8" as const,
      sha256: "",
      title: null,
      headerLines: [1],
      unit: "万元",
      unitSource: "header" as const,
      columns: [],
      matchedBy: "id" as const,
      states: states.filter((s) => s.month === month),
      skipped: [],
    })),
  };
}

const NATURES: Record<string, Nature> = { 新开工: "new", 续建: "continuing", 竣工: "completing", 前期: "preparatory" };
const STATUSES: Record<string, Status> = {
  未开工: "not-started",
  在建: "under-construction",
  已竣工: "completed",
  停工: "suspended",
};

const text = (v: string | undefined): string | null => (v === undefined || v.trim() === "" ? null : v.trim());
const num = (v: string | undefined): number | null => (text(v) === null ? null : Number(v));
const month = (v: string | undefined): Month | null => text(v);

/** Read one tidy fixture CSV (one header row, the column names of the test fixtures). */
export function readTidyCsv(path: string): ProjectState[] {
  const m = basename(path, ".csv");
  const rows = Papa.parse<Record<string, string>>(readFileSync(path, "utf8").replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  }).data;
  return rows.map((r, i) => {
    const get = (pattern: RegExp): string | undefined => {
      const column = Object.keys(r).find((k) => pattern.test(k));
      return column === undefined ? undefined : r[column];
    };
    const id = text(get(/^项目编号$/));
    const name = text(get(/^项目名称$/)) ?? "";
    const district = text(get(/^所属县区$/)) ?? "";
    const period = text(get(/^建设起止年限$/));
    const [startYear, endYear] = period === null ? [] : period.split("-").map(Number);
    const privateCell = text(get(/^是否民间投资$/));
    return state({
      month: m,
      key: id !== null ? `id:${id}` : `name:${name}|${district}`,
      id,
      name,
      district,
      category: text(get(/^项目类别$/)),
      nature: NATURES[text(get(/^建设性质$/)) ?? ""] ?? null,
      status: STATUSES[text(get(/^项目状态$/)) ?? ""] ?? null,
      period:
        startYear === undefined || endYear === undefined
          ? null
          : { startYear, startMonth: null, endYear, endMonth: null },
      totalInvestment: num(get(/^总投资$/)),
      annualPlan: num(get(/^\d{4}年计划投资$/)),
      ytdCompleted: num(get(/^1-\d{1,2}月完成投资$/)),
      cumulativeCompleted: num(get(/^开工累计完成投资$/)),
      progressText: text(get(/^形象进度$/)),
      problems: text(get(/^存在问题$/)),
      owner: text(get(/^业主单位$/)),
      leadDepartment: text(get(/^责任单位$/)),
      leader: text(get(/^责任领导$/)),
      privateInvestment: privateCell === null ? null : privateCell === "是",
      landArea: num(get(/^用地面积\(亩\)$/)),
      plannedStart: month(get(/^计划开工时间$/)),
      actualStart: month(get(/^实际开工时间$/)),
      plannedEnd: month(get(/^计划竣工时间$/)),
      actualEnd: month(get(/^实际竣工时间$/)),
      source: { file: path, line: i + 2 },
    });
  });
}

/** Read every `snapshots/YYYY-MM.csv` of a fixture folder into a programme. */
export function readFixture(dir: string, options: Parameters<typeof programmeOf>[1] = {}): Programme {
  const files = readdirSync(join(dir, "snapshots"))
    .filter((f) => /^\d{4}-\d{2}\.csv$/.test(f))
    .sort();
  return programmeOf(
    files.flatMap((f) => readTidyCsv(join(dir, "snapshots", f))),
    options,
  );
}

// ---------------------------------------------------------------------------------------------
// Random programmes for property tests (fast-check).

const DISTRICT_POOL = ["东城区", "西城区", "南湖区", "北山县", "高新区", "经开区", "临江区"];
const CATEGORY_POOL = ["产业", "基础设施", "社会民生", "生态环保"];
const NATURE_POOL = [null, "new", "continuing", "completing", "preparatory"] as const;
const STATUS_POOL = [null, "not-started", "under-construction", "completed", "suspended"] as const;
const amount = (max: number) =>
  fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100));

/** A random programme: 1–7 districts, up to `maxProjects` projects, 1–4 months of one year (with gaps). */
export function arbitraryProgramme(maxProjects = 30): fc.Arbitrary<Programme> {
  const project = fc.record({
    district: fc.constantFrom(...DISTRICT_POOL),
    category: fc.option(fc.constantFrom(...CATEGORY_POOL), { nil: null }),
    nature: fc.constantFrom(...NATURE_POOL),
    endYear: fc.option(fc.integer({ min: 2025, max: 2028 }), { nil: null }),
    totalInvestment: amount(500_000),
    annualPlan: amount(200_000),
    privateInvestment: fc.option(fc.boolean(), { nil: null }),
    landArea: amount(1000),
    plannedStart: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    leadDepartment: fc.option(fc.constantFrom("市发展和改革委员会", "市住房和城乡建设局", "市交通运输局"), { nil: null }),
    perMonth: fc.array(
      fc.record({ ytd: amount(200_000), status: fc.constantFrom(...STATUS_POOL), present: fc.boolean() }),
      { minLength: 4, maxLength: 4 },
    ),
  });
  return fc
    .record({
      months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }),
      projects: fc.array(project, { minLength: 0, maxLength: maxProjects }),
      region: fc.option(fc.constantFrom("云溪市", "青山县"), { nil: null }),
    })
    .map(({ months, projects, region }) => {
      const sorted = [...months].sort((a, b) => a - b);
      const mm = (m: number) => `2026-${String(m).padStart(2, "0")}`;
      const states = projects.flatMap((p, i) =>
        sorted.flatMap((m, j) => {
          const per = p.perMonth[j];
          if (per === undefined || (!per.present && j > 0)) return [];
          return [
            state({
              month: mm(m),
              id: `P${i}`,
              key: `id:P${i}`,
              name: `项目${String.fromCharCode(0x4e00 + i)}`,
              district: p.district,
              category: p.category,
              nature: p.nature,
              status: per.status,
              period: p.endYear === null ? null : { startYear: 2024, startMonth: null, endYear: p.endYear, endMonth: null },
              totalInvestment: p.totalInvestment,
              annualPlan: p.annualPlan,
              ytdCompleted: per.ytd,
              privateInvestment: p.privateInvestment,
              landArea: p.landArea,
              plannedStart: p.plannedStart === null ? null : mm(p.plannedStart),
              leadDepartment: p.leadDepartment,
            }),
          ];
        }),
      );
      // Months without any state still have an (empty) snapshot.
      return programmeOf(states, { region, months: sorted.map(mm) });
    });
}
