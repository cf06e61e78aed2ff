import { compareNames } from "../indicators/compareNames.ts";
import type { BoardEntry } from "./board.ts";
import { competitionRank } from "./competitionRank.ts";
import { topRanks } from "./leaders.ts";

export interface Riser {
  name: string;
  /** Place on the risers board (ties share it). */
  rank: number;
  /** Gain in places since the previous board (always > 0). */
  gain: number;
  districtRank: number;
  previousRank: number;
}

/**
 * 奋起直追榜: districts that rose since the previous board, largest gain first, ranked within `size`
 * (ties included). Equal gains share a place and are listed by current rank, then name.
 */
export function risers(entries: readonly BoardEntry[], size: number): Riser[] {
  const rising = entries.flatMap((e) =>
    e.rankChange !== null && e.previousRank !== null && e.rankChange > 0
      ? [{ name: e.name, gain: e.rankChange, districtRank: e.rank, previousRank: e.previousRank }]
      : [],
  );
  const ranked = competitionRank(
    rising,
    (r) => r.gain,
    (a, b) => a.districtRank - b.districtRank || compareNames(a.name, b.name),
  ).map(({ item, rank }) => ({ name: item.name, rank, gain: item.gain, districtRank: item.districtRank, previousRank: item.previousRank }));
  return topRanks(ranked, size);
}
