import type { Nature } from "../data/model.ts";
import type { Random } from "./random.ts";
import { companyName, projectNameAndContent } from "./projectText.ts";
import { type SampleProject, addMonths, monthString, toCents } from "./sampleProject.ts";
import { CATEGORY_WEIGHTS, DEPARTMENTS, SAMPLE_LEADERS, STATE_OWNERS, TOTAL_RANGE } from "./vocabulary.ts";

export interface NewProjectArgs {
  id: string;
  /** The year the project enters the list. */
  year: number;
  nature: Nature;
  district: string;
  /** Position of the district in the list (places its coordinates). */
  districtIndex: number;
  /** Names already used (the new name is added). */
  usedNames: Set<string>;
}

/** Round a 万元 amount the way plans are written: to 10 above 1,000, to 1 below. */
export function roundPlan(wan: number): number {
  return wan >= 1000 ? Math.round(wan / 10) * 10 : Math.max(1, Math.round(wan));
}

const REMARKS: ReadonlyArray<readonly [string | null, number]> = [
  [null, 70],
  ["省重点项目", 12],
  ["列入专项债券支持项目", 8],
  ["市级重大产业项目", 5],
  ["跨年度结转项目", 5],
];

/** A project as it enters the list in `year` with the given plan status. */
export function newProject(rng: Random, args: NewProjectArgs): SampleProject {
  const { id, year, nature, district } = args;
  const category = rng.weighted(CATEGORY_WEIGHTS);
  const [lo, hi] = TOTAL_RANGE[category];
  const totalWan = rng.logUniform(lo, hi);
  const total = totalWan >= 10000 ? Math.round(totalWan / 100) * 100 : Math.round(totalWan);
  const isPrivate = rng.chance(category === "产业" ? 0.65 : 0.08);
  const privateInvestment = rng.chance(0.03) ? null : isPrivate;

  let startYear: number;
  let endYear: number;
  let plannedStart: string | null;
  let actualStart: string | null = null;
  let prior = 0;
  const endMonth = rng.pick([6, 9, 10, 12, 12]);
  switch (nature) {
    case "continuing": {
      startYear = year - rng.int(1, 3);
      endYear = year + rng.weighted([[1, 30], [2, 35], [3, 22], [4, 13]]);
      plannedStart = monthString(startYear, rng.int(1, 12));
      actualStart = addMonths(plannedStart, rng.int(0, 3));
      if (Number(actualStart.slice(0, 4)) >= year) actualStart = monthString(year - 1, 12);
      const elapsed = (year - startYear) / (endYear - startYear + 1);
      prior = total * Math.min(0.8, Math.max(0.05, elapsed * rng.float(0.7, 1.1)));
      break;
    }
    case "completing": {
      startYear = year - rng.int(1, 3);
      endYear = year;
      plannedStart = monthString(startYear, rng.int(1, 12));
      actualStart = addMonths(plannedStart, rng.int(0, 2));
      if (Number(actualStart.slice(0, 4)) >= year) actualStart = monthString(year - 1, 11);
      prior = total * rng.float(0.55, 0.9);
      break;
    }
    case "new": {
      startYear = year;
      endYear = year + rng.int(1, 3);
      plannedStart = monthString(year, rng.weighted([[2, 2], [3, 4], [4, 4], [5, 3], [6, 3], [7, 2], [8, 2], [9, 1], [10, 1]]));
      break;
    }
    case "preparatory": {
      startYear = year + rng.int(0, 1);
      endYear = startYear + rng.int(1, 3);
      plannedStart = rng.chance(0.6) ? monthString(startYear, rng.int(3, 11)) : null;
      break;
    }
  }
  const plannedEnd = monthString(endYear, nature === "completing" ? rng.int(4, 12) : endMonth);
  const hasPlace = rng.chance(category === "产业" ? 0.45 : 0.2);
  const hasCoordinates = rng.chance(0.3);
  const owner =
    nature === "preparatory" && rng.chance(0.2) ? null : isPrivate ? companyName(rng) : rng.pick(STATE_OWNERS[category]);
  const { name, content } = projectNameAndContent(rng, category, args.usedNames);
  return {
    id,
    key: `id:${id}`,
    name,
    district,
    category,
    content,
    owner,
    leadDepartment: rng.chance(0.15) ? `${district}人民政府` : rng.pick(DEPARTMENTS[category]),
    leader: rng.pick(SAMPLE_LEADERS),
    privateInvestment,
    landArea: hasPlace ? Math.round(rng.logUniform(8, 800) * 10) / 10 : null,
    longitude: hasCoordinates ? round6(120.62 + (args.districtIndex % 4) * 0.11 + rng.float(-0.045, 0.045)) : null,
    latitude: hasCoordinates ? round6(27.95 + Math.floor(args.districtIndex / 4) * 0.12 + rng.float(-0.045, 0.045)) : null,
    remarks: rng.weighted(REMARKS),
    totalCents: nature === "preparatory" && rng.chance(0.15) ? null : toCents(total),
    period: { startYear, startMonth: null, endYear, endMonth: null },
    plannedStart,
    actualStart,
    plannedEnd,
    actualEnd: null,
    priorCents: Math.round(prior) * 100,
    nature,
    carriedStatus: null,
    reportsCumulative: nature !== "preparatory" || rng.chance(0.4),
    variant: rng.int(0, 9999),
  };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
