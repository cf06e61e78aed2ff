import type { Locale, SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month, Programme, ProjectState } from "../data/model.ts";
import { yearOf } from "../indicators/month.ts";
import { districtParagraph, halfYearSentence, programmeNarrative, projectLookup, projectParagraph, withReason, type ReasonedWarning } from "../narrative/index.ts";
import type { NamedScopeResult } from "../indicators/namedScopesByMonth.ts";
import type { BoardEntry } from "../rank/board.ts";
import { editionCalendar, type EditionCalendar } from "../rank/calendar.ts";
import type { Riser } from "../rank/risers.ts";
import type { ScopeBoard } from "../rank/scopeBoard.ts";
import { ledgerMonth } from "../rank/problemViews.ts";
import type { LedgerMonth } from "../rank/problemTypes.ts";
import type { Computed, MonthComputed } from "../rank/computeAll.ts";
import type { QuarterlyBoard } from "../rank/quarterly.ts";
import type { Board } from "../rank/board.ts";
import type { ScopeResult } from "../indicators/types.ts";
import type { EditionChanges } from "./changes.ts";
import { editionPhotos, type EditionPhoto } from "./editionPhotos.ts";

/**
 * One earlier month of the year as the edition shows it in charts and tables: the
 * programme's and each district's indicators (without the category structure) and the board.
 */
export interface HistoryMonth {
  month: Month;
  programme: ScopeResult;
  districts: ScopeResult[];
  board: Board;
}

/** A month as computed, its warnings with their reasons (what an edition publishes of it). */
export type EditionMonth = Omit<MonthComputed, "warnings"> & { warnings: ReasonedWarning[] };

/** A project row as an edition keeps it: the month's state without its source line, and its page's slug. */
export type EditionProject = Omit<ProjectState, "source"> & { slug: string };

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
  /** The month's indicators, boards and warnings, each warning with its reason in words. */
  computed: EditionMonth;
  /** The year's quarterly boards up to this month, oldest first. */
  quarterly: QuarterlyBoard[];
  narrative: {
    programme: string;
    districts: Record<string, string>;
    projects: Record<string, string>;
    /** 半年一总结, in a June edition: the districts' and the departments' half. */
    halfYear?: { districts: string | null; departments: string | null };
  };
  /**
   * The lead departments (五个一): each one's indicators (a project counts for every department its
   * cell names), their board, 一马当先 and 奋起直追. Absent from editions published before they were kept.
   */
  departments?: { scopes: NamedScopeResult[]; unnamed: number; board: ScopeBoard; leaders: BoardEntry[]; risers: Riser[] };
  /** The responsible leaders: each one's indicators. */
  leaders?: { scopes: NamedScopeResult[]; unnamed: number };
  /** The problem ledger (问题清单) at the month's end: open problems oldest first, raised, closed (销号). */
  problems?: LedgerMonth;
  /** The calendar of boards: the half-year summary (June) and the year's board so far, for districts and departments. */
  calendar?: { districts: EditionCalendar; departments: EditionCalendar };
  /** The month's project rows (source lines dropped: they describe a file, not the edition). */
  projects: EditionProject[];
  history: {
    /** The year's months up to and including this one, ascending. */
    months: HistoryMonth[];
    /** Per project key: [month, ytdCompleted, annualPlan] through the year. */
    projects: Record<string, Array<[Month, number | null, number | null]>>;
  };
  /** The ranking and warning rules the numbers were computed with (site.yaml at the time). */
  rules?: Pick<SiteConfig, "ranking" | "warnings"> & Partial<Pick<SiteConfig, "departments">>;
  /** The office's note for the month (data/notes/YYYY-MM.md, Markdown), when there was one. */
  officeNote?: string;
  /**
   * What changed since the previous month's edition as it stood when this content was made (its
   * newest published revision, else its data): frozen with the edition on publication.
   */
  changes?: EditionChanges & { againstRevision: number | null };
  /**
   * The site photos the edition shows (its month's; at a quarter's end, the quarter's), with their
   * checksums. Absent when there are none, and from editions published before photos were kept.
   */
  photos?: EditionPhoto[];
}

const lean = (r: ScopeResult): ScopeResult => ({ ...r, indicators: { ...r.indicators, structure: [] } });

function historyMonth(m: MonthComputed): HistoryMonth {
  return { month: m.month, programme: lean(m.programme), districts: m.districts.map(lean), board: m.board };
}

/**
 * The content of the edition of `month`, computed from the data as it stands (`opts.officeNote`:
 * the month's note, when there is one). `changes` is added by `draftContent`, which knows the
 * previous edition.
 */
export function editionContent(
  programme: Programme,
  config: SiteConfig,
  computed: Computed,
  month: Month,
  opts: { officeNote?: string | null } = {},
): EditionContent {
  const index = computed.months.findIndex((m) => m.month === month);
  if (index === -1) throw new Error(`editionContent: no data for ${month}`);
  const m = computed.months[index]!;
  const year = yearOf(month);
  const yearMonths = computed.months.slice(0, index + 1).filter((x) => yearOf(x.month) === year);
  const snapshots = programme.snapshots.filter((s) => yearOf(s.month) === year && s.month <= month);
  const states = snapshots.at(-1)!.states;
  const slugOf = new Map(programme.projects.map((p) => [p.key, p.slug]));
  const locale = config.locale;

  const departmentMonth = computed.departments.find((d) => d.month === month);
  const leaderMonth = computed.leaders.find((d) => d.month === month);
  const problems = ledgerMonth(computed.ledger, month);
  const calendar = {
    districts: editionCalendar(
      computed.months.map((x) => ({ month: x.month, board: x.board, scopes: x.districts })),
      month,
    ),
    departments: editionCalendar(
      computed.departments.map((x) => ({ month: x.month, board: x.board, scopes: x.scopes })),
      month,
    ),
  };
  const half = calendar.districts.halfYear;
  const photos = editionPhotos(programme, month);
  const deptHalf = calendar.departments.halfYear;

  const lookup = projectLookup(m);
  const projectHistory: EditionContent["history"]["projects"] = {};
  for (const s of snapshots) for (const st of s.states) (projectHistory[st.key] ??= []).push([s.month, st.ytdCompleted, st.annualPlan]);

  return {
    month,
    locale,
    title: programme.title,
    region: programme.region,
    districts: programme.districts.filter((d) => m.districts.some((x) => x.name === d && x.indicators.projects > 0)),
    categories: programme.categories.filter((c) => m.categories.some((x) => x.name === c && x.indicators.projects > 0)),
    computed: { ...m, warnings: m.warnings.map(withReason) },
    quarterly: computed.quarterly.filter((q) => q.board.month <= month && yearOf(q.board.month) === year),
    narrative: {
      programme: programmeNarrative(m, problems?.counts ?? null, locale),
      districts: Object.fromEntries(m.districts.flatMap((d) => (d.name === null ? [] : [[d.name, districtParagraph(m, d.name, locale) ?? ""]]))),
      projects: Object.fromEntries(states.map((st) => [st.key, projectParagraph(st, m, locale, lookup)])),
      ...(half === null && deptHalf === null
        ? {}
        : { halfYear: { districts: half === null ? null : halfYearSentence(half, "districts", locale), departments: deptHalf === null ? null : halfYearSentence(deptHalf, "departments", locale) } }),
    },
    projects: states.map(({ source: _source, ...st }) => ({ ...st, slug: slugOf.get(st.key) ?? "" })),
    history: {
      months: yearMonths.map(historyMonth),
      projects: projectHistory,
    },
    rules: { ranking: config.ranking, warnings: config.warnings, departments: config.departments },
    ...(departmentMonth === undefined
      ? {}
      : {
          departments: {
            scopes: departmentMonth.scopes,
            unnamed: departmentMonth.unnamed,
            board: departmentMonth.board,
            leaders: departmentMonth.leaders,
            risers: departmentMonth.risers,
          },
        }),
    ...(leaderMonth === undefined ? {} : { leaders: { scopes: leaderMonth.scopes, unnamed: leaderMonth.unnamed } }),
    ...(problems === null ? {} : { problems }),
    calendar,
    ...(opts.officeNote?.trim() ? { officeNote: opts.officeNote } : {}),
    ...(photos.length === 0 ? {} : { photos }),
  };
}
