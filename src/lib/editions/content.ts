import type { Locale, SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month, Programme, ProjectState } from "../data/model.ts";
import { yearOf } from "../indicators/month.ts";
import { districtParagraph, programmeParagraph, projectParagraph } from "../narrative/index.ts";
import type { Computed, MonthComputed } from "../rank/computeAll.ts";
import type { QuarterlyBoard } from "../rank/quarterly.ts";

/** One point of a scope's history through the year, for the edition's charts. */
export interface HistoryPoint {
  month: Month;
  annualPlan: number;
  ytdCompleted: number;
  completionRate: number | null;
  newProjects: number;
  newStarted: number;
  finishPlanned: number;
  finished: number;
}

/**
 * Everything an edition publishes: every computed indicator, rank, flag, warning and
 * narrative sentence of one month, the project rows they came from, and the year's history
 * up to that month. Plain JSON: a published edition is rendered from this alone, so later
 * changes to the data, the indicator code or the design cannot change its numbers or words.
 */
export interface EditionContent {
  month: Month;
  locale: Locale;
  title: string;
  region: string | null;
  districts: string[];
  categories: string[];
  computed: MonthComputed;
  /** The latest quarterly board at or before this month, within the year. */
  quarterly: QuarterlyBoard | null;
  narrative: {
    programme: string;
    districts: Record<string, string>;
    projects: Record<string, string>;
  };
  /** The month's project rows (source lines dropped: they describe a file, not the edition). */
  projects: Array<Omit<ProjectState, "source"> & { slug: string }>;
  history: {
    programme: HistoryPoint[];
    districts: Record<string, HistoryPoint[]>;
    /** Per project key: [month, ytdCompleted, annualPlan] through the year. */
    projects: Record<string, Array<[Month, number | null, number | null]>>;
  };
}

function point(m: MonthComputed, i: MonthComputed["programme"]["indicators"]): HistoryPoint {
  return {
    month: m.month,
    annualPlan: i.annualPlan,
    ytdCompleted: i.ytdCompleted,
    completionRate: i.completionRate,
    newProjects: i.newProjects,
    newStarted: i.newStarted,
    finishPlanned: i.finishPlanned,
    finished: i.finished,
  };
}

/** The content of the edition of `month`, computed from the data as it stands. */
export function editionContent(programme: Programme, config: SiteConfig, computed: Computed, month: Month): EditionContent {
  const index = computed.months.findIndex((m) => m.month === month);
  if (index === -1) throw new Error(`editionContent: no data for ${month}`);
  const m = computed.months[index]!;
  const year = yearOf(month);
  const yearMonths = computed.months.slice(0, index + 1).filter((x) => yearOf(x.month) === year);
  const snapshots = programme.snapshots.filter((s) => yearOf(s.month) === year && s.month <= month);
  const states = snapshots.at(-1)!.states;
  const slugOf = new Map(programme.projects.map((p) => [p.key, p.slug]));
  const locale = config.locale;

  const districtHistory: Record<string, HistoryPoint[]> = {};
  for (const x of yearMonths) for (const d of x.districts) if (d.name !== null) (districtHistory[d.name] ??= []).push(point(x, d.indicators));
  const projectHistory: EditionContent["history"]["projects"] = {};
  for (const s of snapshots) for (const st of s.states) (projectHistory[st.key] ??= []).push([s.month, st.ytdCompleted, st.annualPlan]);

  return {
    month,
    locale,
    title: programme.title,
    region: programme.region,
    districts: programme.districts.filter((d) => m.districts.some((x) => x.name === d && x.indicators.projects > 0)),
    categories: programme.categories.filter((c) => m.categories.some((x) => x.name === c && x.indicators.projects > 0)),
    computed: m,
    quarterly: [...computed.quarterly].reverse().find((q) => q.board.month <= month && yearOf(q.board.month) === year) ?? null,
    narrative: {
      programme: programmeParagraph(m, locale),
      districts: Object.fromEntries(m.districts.flatMap((d) => (d.name === null ? [] : [[d.name, districtParagraph(m, d.name, locale) ?? ""]]))),
      projects: Object.fromEntries(states.map((st) => [st.key, projectParagraph(st, m, locale)])),
    },
    projects: states.map(({ source: _source, ...st }) => ({ ...st, slug: slugOf.get(st.key) ?? "" })),
    history: {
      programme: yearMonths.map((x) => point(x, x.programme.indicators)),
      districts: districtHistory,
      projects: projectHistory,
    },
  };
}
