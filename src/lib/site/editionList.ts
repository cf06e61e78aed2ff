import type { Month, Programme } from "../data/model.ts";
import type { Edition, EditionContent } from "../editions/index.ts";
import { ROUTES } from "./urls.ts";

/**
 * The editions of a build as the site presents them: their addresses, the root, and what each
 * edition's pages show of the others (navigation, revisions). What an edition shows is computed
 * before, in lib/editions (editionsOf). Pure over its inputs.
 */

export interface EditionRef extends Edition {
  /** Where its pages are, relative to the base: "" (the root), "editions/2026-09/" or "editions/2026-09/r1/". */
  prefix: string;
  /** The edition's own address: its prefix, or for the root the edition it repeats. */
  home: string;
}

export interface EditionList {
  /** Every edition but the root, by month ascending; in a month, the current one, then earlier revisions newest first. */
  editions: EditionRef[];
  root: EditionRef;
  /** Slugs of the project pages (they exist once, at the root: every project on a table up to the root's month). */
  projectPages: ReadonlySet<string>;
}

export function editionPrefix(month: Month, revision: number | null = null): string {
  return revision === null ? ROUTES.edition(month) : ROUTES.revision(month, revision);
}

/**
 * Where each edition's pages go (editionsOf computes what they show): the current revision of a
 * month at editions/YYYY-MM/, earlier ones at editions/YYYY-MM/rN/, and the root repeating the
 * newest published edition (the newest month when none is published).
 */
export function listEditions(computed: readonly Edition[], programme: Programme): EditionList {
  const editions: EditionRef[] = computed.map((e) => {
    const prefix = editionPrefix(e.month, e.current ? null : e.revision);
    return { ...e, prefix, home: prefix };
  });
  const current = editions.filter((e) => e.current);
  const target = [...current].reverse().find((e) => e.published) ?? current.at(-1);
  if (target === undefined) throw new Error("listEditions: the programme has no month");
  const root: EditionRef = { ...target, prefix: "" };
  const projectPages = new Set<string>();
  for (const p of programme.projects) if (p.months.some((m) => m <= root.month)) projectPages.add(p.slug);
  return { editions, root, projectPages };
}

/** The newest revision of each month, ascending: the editions readers step through. */
export function currentEditions(list: EditionList): EditionRef[] {
  return list.editions.filter((e) => e.current);
}

/** The edition at a prefix ("" for the root), or undefined. */
export function editionAt(list: EditionList, prefix: string): EditionRef | undefined {
  return prefix === "" ? list.root : list.editions.find((e) => e.prefix === prefix);
}

/** The current editions of the months before and after an edition's month. */
export function neighbours(list: EditionList, ref: EditionRef): { previous: EditionRef | null; next: EditionRef | null } {
  const months = currentEditions(list);
  const i = months.findIndex((e) => e.month === ref.month);
  return { previous: i > 0 ? months[i - 1]! : null, next: i >= 0 && i < months.length - 1 ? months[i + 1]! : null };
}

/** Which pages an edition has besides its fixed ones: one per district and category it shows. */
export interface PageSet {
  districts: string[];
  /** Category names; "" stands for projects without a category. */
  categories: string[];
  /** Lead departments and responsible leaders with a page (五个一). */
  departments: string[];
  leaders: string[];
  /** The edition has a problem ledger (问题清单) page. */
  problems: boolean;
}

export function pageSet(content: EditionContent): PageSet {
  return {
    districts: content.districts,
    categories: content.computed.categories.filter((c) => c.indicators.projects > 0).map((c) => c.name ?? ""),
    // Editions published before the ledger and the five-ones were kept have none of these pages.
    departments: content.departments?.scopes.map((s) => s.name ?? "").filter((n) => n !== "") ?? [],
    leaders: content.leaders?.scopes.map((s) => s.name ?? "").filter((n) => n !== "") ?? [],
    problems: content.problems !== undefined,
  };
}

/** Another edition as the navigation links to it: its address, its month, and which pages it has. */
export interface NeighbourNav {
  prefix: string;
  month: Month;
  pages: PageSet;
}

/**
 * Everything an edition's pages show about other editions: the navigation bar, the revision
 * notices and the links to the same page elsewhere. The build hashes it into the edition's cache
 * key, so an edition is rendered again exactly when one of these changes; it holds nothing a
 * page does not show (a neighbour's revision, say), so publishing one month re-renders few others.
 */
export interface EditionNav {
  self: {
    prefix: string;
    home: string;
    month: Month;
    revision: number | null;
    published: boolean;
    current: boolean;
    note: string | null;
    publishedOn: string | null;
    /** This is the root's own page set. */
    root: boolean;
    /** The root repeats this edition (it is the latest). */
    latest: boolean;
  };
  previous: NeighbourNav | null;
  next: NeighbourNav | null;
  /** The root (the latest edition): the bar links to the same page there, whatever its month. */
  latest: Omit<NeighbourNav, "month">;
  /** Every revision of the month, newest first (empty for a draft). */
  revisions: Array<{ revision: number; prefix: string; publishedOn: string; note: string | null }>;
}

export function editionNav(list: EditionList, ref: EditionRef): EditionNav {
  const { previous, next } = neighbours(list, ref);
  const neighbour = (e: EditionRef): NeighbourNav => ({ prefix: e.prefix, month: e.month, pages: pageSet(e.content) });
  return {
    self: {
      prefix: ref.prefix,
      home: ref.home,
      month: ref.month,
      revision: ref.revision,
      published: ref.published,
      current: ref.current,
      note: ref.note,
      publishedOn: ref.publishedOn,
      root: ref.prefix === "",
      latest: ref.home === list.root.home,
    },
    previous: previous === null ? null : neighbour(previous),
    next: next === null ? null : neighbour(next),
    latest: { prefix: list.root.prefix, pages: pageSet(list.root.content) },
    revisions: list.editions
      .filter((e) => e.month === ref.month && e.published)
      .map((e) => ({ revision: e.revision!, prefix: e.prefix, publishedOn: e.publishedOn!, note: e.note })),
  };
}

/** The per-project parts of an edition's content: most of its memory (about 30 MB an edition at 10,000 projects). */
const PER_PROJECT = {
  content: ["projects"],
  history: ["projects"],
  narrative: ["projects"],
  computed: ["projectBoard", "warnings"],
} as const;

/**
 * The list with the per-project parts of some editions' content left out (their rows, series,
 * sentences, project board and warnings): those of the editions a build copies from its cache,
 * whose pages it does not render. What the other pages read of them (navigation, feed, photos,
 * notes) stays. Reading a part left out throws, naming it, so a page that comes to need one
 * fails the build instead of showing nothing. The root keeps its content.
 */
export function withoutProjectRows(list: EditionList, prefixes: ReadonlySet<string>): EditionList {
  const slim = ({ content: c, ...e }: EditionRef): EditionRef => ({
    ...e,
    content: leftOut(
      {
        ...c,
        history: leftOut(c.history, PER_PROJECT.history, "history.", e.prefix),
        narrative: leftOut(c.narrative, PER_PROJECT.narrative, "narrative.", e.prefix),
        computed: leftOut(c.computed, PER_PROJECT.computed, "computed.", e.prefix),
      },
      PER_PROJECT.content,
      "",
      e.prefix,
    ),
  });
  return { ...list, editions: list.editions.map((e) => (prefixes.has(e.prefix) ? slim(e) : e)) };
}

/** A copy of `part` whose `keys` throw when read (`where`: the part's path in the content, for the message). */
function leftOut<T extends object>(part: T, keys: readonly string[], where: string, prefix: string): T {
  const copy = { ...part };
  for (const key of keys)
    Object.defineProperty(copy, key, {
      enumerable: true,
      get() {
        throw new Error(`${where}${key} of the ${prefix} edition was left out: its pages come from the build cache (site/editionList.ts withoutProjectRows)`);
      },
    });
  return copy;
}
