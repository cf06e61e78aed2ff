/**
 * Split a list into pages so that no page outgrows the 100 KB HTML budget, however large
 * the programme: page 1 lives at `base/`, page n at `base/page/n/`.
 */
export const PROJECTS_PER_PAGE = 100;
/** Warnings are shorter rows. */
export const WARNINGS_PER_PAGE = 200;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** 1-based position of the first and last item in the whole list. */
  from: number;
  to: number;
  total: number;
}

export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    from: Math.min(items.length, i * size + 1),
    to: Math.min(items.length, (i + 1) * size),
    total: items.length,
  }));
}

/** The path of page n of a paginated list under `base` ("projects/"). */
export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/**
 * Lists on a page that are not paginated (each kind of change on the changes page, the projects
 * of one district or category) show at most this many items, and say how many more there are and
 * where the whole list is: a programme of 10,000 projects changes by thousands a month.
 */
export const LIST_LIMIT = 40;
/** A list beside several charts and tables (a district's warnings) shows fewer. */
export const SHORT_LIST_LIMIT = 20;

/** The first `limit` items and how many were left out. */
export function capList<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/**
 * How many items each of `groups` groups lists when together they may show about `budget`: an
 * equal share, at least 2 and at most SHORT_LIST_LIMIT (a group of a long list shows its first).
 */
export function perGroup(budget: number, groups: number): number {
  return Math.max(2, Math.min(SHORT_LIST_LIMIT, Math.floor(budget / Math.max(1, groups))));
}
