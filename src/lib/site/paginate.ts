/**
 * Split a list into pages so that no page outgrows the 100 KB HTML budget, however large
 * the programme: page 1 lives at `base/`, page n at `base/page/n/`.
 */
export const PROJECTS_PER_PAGE = 100;

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
