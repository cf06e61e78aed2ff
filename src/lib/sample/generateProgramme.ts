import type { Nature, ProjectState } from "../data/model.ts";
import { createRandom, type Random } from "./random.ts";
import { newProject } from "./newProject.ts";
import { type DistrictPace, planYear, statusAt } from "./planYear.ts";
import { type SampleProject, type YearPlan, monthString } from "./sampleProject.ts";
import { stateAt } from "./stateAt.ts";
import { SAMPLE_CATEGORIES, SAMPLE_DISTRICTS, SAMPLE_ID_PREFIX, SAMPLE_REGION } from "./vocabulary.ts";

export interface GenerateProgrammeOptions {
  seed: number;
  /** Projects on the first year's list; later years carry over the unfinished ones and add new ones to about this many. */
  projects: number;
  /** Years of the programme, e.g. [2025, 2026]. */
  years: readonly number[];
  /** Last month with a table ("2026-10"); each year's tables run from YYYY-02 (1-2月) to December. */
  lastMonth: string;
  districts?: readonly string[];
  region?: string;
  /** From this month on ("2026-06"), the tables give each project's own schedule to date (1-M月计划投资). */
  schedulesFrom?: string;
  /** Id prefix (XW → XW2026-001). */
  idPrefix?: string;
}

export interface SampleMonth {
  month: string;
  states: ProjectState[];
}

export interface SampleProgramme {
  region: string;
  districts: string[];
  categories: string[];
  months: SampleMonth[];
}

/** First-year list, by plan status. */
const FIRST_YEAR_NATURES: ReadonlyArray<readonly [Nature, number]> = [
  ["continuing", 45],
  ["new", 30],
  ["completing", 13],
  ["preparatory", 12],
];

/** Projects added to the list in later years. */
const LATER_NATURES: ReadonlyArray<readonly [Nature, number]> = [
  ["new", 60],
  ["preparatory", 22],
  ["continuing", 12],
  ["completing", 6],
];

/** Give each district a pace: evenly spread from leading (1.2) to lagging (0.88), in random order. */
function districtPaces(rng: Random, districts: readonly string[]): Map<string, DistrictPace> {
  const n = districts.length;
  const paces = rng.shuffle(districts.map((_, i) => (n === 1 ? 1 : 1.2 - (0.32 * i) / (n - 1))));
  return new Map(districts.map((d, i) => [d, pace(paces[i]!)]));
}

function pace(p: number): DistrictPace {
  return { pace: p, gamma: 1 + (1 - p) * 1.2, lateness: Math.min(0.5, Math.max(0, (1 - p) * 2)) };
}

/** The next year's list entry for a project still unfinished at the end of `year`, or null if it leaves the list. */
function carryOver(rng: Random, p: SampleProject, plan: YearPlan, year: number): SampleProject | null {
  const next = year + 1;
  const december = statusAt(plan, 12);
  if (december === "completed") return null;
  const carried: SampleProject = {
    ...p,
    period: { ...p.period },
    priorCents: p.priorCents + (plan.ytd[12] ?? 0),
    carriedStatus: december,
  };
  if (plan.startMonth !== null && plan.startMonth > 0) {
    carried.actualStart = monthString(year, plan.startMonth);
    carried.period.startYear = Math.min(carried.period.startYear, year);
  }
  if (december !== "not-started") {
    if (carried.period.endYear < next) {
      carried.period.endYear = next;
      carried.plannedEnd = monthString(next, rng.int(3, 10));
    }
    carried.nature = carried.period.endYear === next ? "completing" : "continuing";
    return carried;
  }
  const becomes = p.nature === "new" ? "new" : rng.weighted<Nature | null>([[null, 35], ["new", 35], ["preparatory", 30]]);
  if (becomes === null) return null;
  carried.nature = becomes;
  if (becomes === "new") {
    carried.plannedStart = monthString(next, rng.int(2, 7));
    if (carried.period.startYear < next) {
      carried.period.endYear = Math.max(carried.period.endYear + 1, next + 1);
      carried.period.startYear = next;
      carried.plannedEnd = monthString(carried.period.endYear, Number(carried.plannedEnd?.slice(5, 7) ?? 12));
    }
  }
  return carried;
}

/**
 * A fictional programme, deterministic for a seed: a city's key-project tables, month by month,
 * with leading and lagging districts, late starts, projects that never start, stalls,
 * suspensions and completions. O(projects × months).
 */
export function generateProgramme(options: GenerateProgrammeOptions): SampleProgramme {
  const rng = createRandom(options.seed);
  const districts = [...(options.districts ?? SAMPLE_DISTRICTS)];
  if (districts.length === 0) throw new Error("generateProgramme: no districts");
  const region = options.region ?? SAMPLE_REGION;
  const prefix = options.idPrefix ?? SAMPLE_ID_PREFIX;
  const years = [...options.years].sort((a, b) => a - b);
  const paces = districtPaces(rng, districts);
  const districtWeights = districts.map((d) => [d, rng.float(0.6, 1.6)] as const);
  const usedNames = new Set<string>();
  const months: SampleMonth[] = [];

  let carried: SampleProject[] = [];
  for (const [yi, year] of years.entries()) {
    const count = yi === 0 ? options.projects : Math.max(Math.round(options.projects * 0.2), options.projects - carried.length);
    const width = Math.max(3, String(count).length);
    const fresh: SampleProject[] = [];
    for (let i = 0; i < count; i++) {
      const district = i < districts.length ? districts[i]! : rng.weighted(districtWeights);
      fresh.push(
        newProject(rng, {
          id: `${prefix}${year}-${String(i + 1).padStart(width, "0")}`,
          year,
          nature: rng.weighted(yi === 0 ? FIRST_YEAR_NATURES : LATER_NATURES),
          district,
          districtIndex: districts.indexOf(district),
          usedNames,
        }),
      );
    }
    const active = [...carried, ...fresh];
    const drift = new Map([...paces].map(([d, p]) => [d, yi === 0 ? p : pace(p.pace + rng.normal(0, 0.03))]));
    const plans = active.map((p) => planYear(rng, p, year, drift.get(p.district) ?? pace(1)));
    for (let m = 2; m <= 12; m++) {
      const month = monthString(year, m);
      if (month > options.lastMonth) break;
      months.push({ month, states: active.map((p, i) => stateAt(p, plans[i]!, m, i + 1, options.schedulesFrom !== undefined && month >= options.schedulesFrom)) });
    }
    carried = [];
    for (const [i, p] of active.entries()) {
      const next = carryOver(rng, p, plans[i]!, year);
      if (next !== null) carried.push(next);
    }
  }
  return { region, districts, categories: [...SAMPLE_CATEGORIES], months };
}
