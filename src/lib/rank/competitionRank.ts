/** Scores equal after rounding to 1 / SCORE_SCALE (1e-9) tie. */
export const SCORE_SCALE = 1e9;

/** A score rounded to 1e-9, so that float noise (0.6 − 0.5 vs 0.1) cannot break a tie. */
export function roundScore(score: number): number {
  // An integer count of 1e-9 steps divided by an exact 1e9 is the double nearest that decimal, so
  // equal counts give equal numbers; + 0 turns −0 into 0.
  return Math.round(score * SCORE_SCALE) / SCORE_SCALE + 0;
}

/**
 * Competition ranking ("1224"), highest score first: items whose scores are equal after rounding
 * share a rank and the next rank skips. Within a tie, items are ordered by `tiebreak` (pass a
 * locale-independent comparison of names), so the result never depends on input order.
 */
export function competitionRank<T>(
  items: readonly T[],
  score: (item: T) => number,
  tiebreak: (a: T, b: T) => number,
): Array<{ item: T; rank: number; score: number }> {
  const scored = items.map((item) => ({ item, score: roundScore(score(item)) }));
  scored.sort((a, b) => b.score - a.score || tiebreak(a.item, b.item));
  let rank = 0;
  return scored.map((s, i) => {
    if (i === 0 || s.score !== scored[i - 1]?.score) rank = i + 1;
    return { item: s.item, rank, score: s.score };
  });
}
