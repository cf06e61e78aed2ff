export type Flag = "red" | "yellow";

/**
 * Red flags (红旗) for the top `red` places and yellow flags (黄旗) for the bottom `yellow` places of
 * a competition-ranked list. A tied group gets a flag only if the whole group fits within the count,
 * so flags never exceed their counts (ranks 1, 2, 3, 3 with 3 red flags: only ranks 1 and 2 get
 * one). No entry gets both: red is given first and yellow only to entries left without a flag.
 */
export function flags<T extends { rank: number }>(
  ranked: readonly T[],
  red: number,
  yellow: number,
): Array<T & { flag: Flag | null }> {
  const groupSize = new Map<number, number>();
  for (const r of ranked) groupSize.set(r.rank, (groupSize.get(r.rank) ?? 0) + 1);
  const n = ranked.length;
  return ranked.map((r) => {
    const last = r.rank + (groupSize.get(r.rank) ?? 1) - 1; // last place the tied group occupies
    const flag: Flag | null = last <= red ? "red" : r.rank >= n - yellow + 1 ? "yellow" : null;
    return { ...r, flag };
  });
}
