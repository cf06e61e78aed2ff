/** Σ accessor(d) over the values that are given; nulls are ignored and an empty sum is 0. */
export function sum<T>(data: Iterable<T>, accessor: (d: T) => number | null): number {
  let total = 0;
  for (const d of data) {
    const value = accessor(d);
    if (value !== null && Number.isFinite(value)) total += value;
  }
  return total;
}

/** How many elements satisfy the predicate. */
export function count<T>(data: Iterable<T>, predicate: (d: T) => boolean): number {
  let n = 0;
  for (const d of data) if (predicate(d)) n++;
  return n;
}
