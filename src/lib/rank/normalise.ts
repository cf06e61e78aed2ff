/**
 * Min–max normalisation onto 0–100 across the values that apply: the lowest scores 0, the highest
 * 100, the rest in proportion. Null (the component does not apply) stays null. When every value
 * that applies is the same, each scores 100: nobody is behind anybody.
 */
export function minMax(values: ReadonlyArray<number | null>): Array<number | null> {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return values.map((v) => (v === null ? null : hi === lo ? 100 : ((v - lo) / (hi - lo)) * 100));
}
