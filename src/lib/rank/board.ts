import type { SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month } from "../data/model.ts";
import type { ScopeResult } from "../indicators/types.ts";
import type { Flag } from "./flags.ts";
import { flags } from "./flags.ts";
import type { RankedDistrict } from "./rankDistricts.ts";
import { rankDistricts } from "./rankDistricts.ts";

export interface BoardEntry extends RankedDistrict {
  flag: Flag | null;
  /** Rank on the previous board, or null when the district was not on it (or there is none). */
  previousRank: number | null;
  /** previousRank − rank: positive when the district rose. */
  rankChange: number | null;
}

/** The district board (排名榜) of one month. */
export interface Board {
  month: Month;
  /** The month of the board the rank changes are against, or null. */
  previous: Month | null;
  entries: BoardEntry[];
}

/**
 * The district board of a month from its district indicators: only districts with projects that
 * month are ranked; flags by `ranking.redFlags` / `yellowFlags`; rank change against `previous`.
 */
export function districtBoard(
  month: Month,
  districts: readonly ScopeResult[],
  ranking: SiteConfig["ranking"],
  previous: Board | null,
): Board {
  const rows = districts
    .filter((d) => d.name !== null && d.indicators.projects > 0)
    .map((d) => ({
      name: d.name ?? "",
      gap: d.indicators.gap,
      startRate: d.indicators.startRate,
      finishRate: d.indicators.finishRate,
    }));
  const before = new Map(previous?.entries.map((e) => [e.name, e.rank]));
  const entries = flags(rankDistricts(rows, ranking.weights), ranking.redFlags, ranking.yellowFlags).map((e) => {
    const previousRank = before.get(e.name) ?? null;
    return { ...e, previousRank, rankChange: previousRank === null ? null : previousRank - e.rank };
  });
  return { month, previous: previous?.month ?? null, entries };
}
