import { compareNames } from "../indicators/compareNames.ts";
import { competitionRank } from "./competitionRank.ts";
import { compositeScore } from "./compositeScore.ts";
import type { Weights } from "./compositeScore.ts";
import { COMPONENTS } from "./method.ts";
import type { ComponentId } from "./method.ts";
import { minMax } from "./normalise.ts";

/** A district's raw components (fractions; null = not applicable). */
export type DistrictComponents = { name: string } & Record<ComponentId, number | null>;

export interface ComponentScore {
  /** The indicator's value (a fraction), or null when it does not apply. */
  value: number | null;
  /** Its 0–100 score among the districts, or null when it does not apply. */
  score: number | null;
}

export interface RankedDistrict {
  name: string;
  rank: number;
  /** Composite score 0–100, rounded to 1e-9. */
  score: number;
  components: Record<ComponentId, ComponentScore>;
}

/**
 * The district ranking (排名榜): each component scaled min–max onto 0–100 across the districts,
 * combined by the weights (see `compositeScore`), then competition-ranked with ties by name.
 * See `RANKING_METHOD` for the rules in words.
 */
export function rankDistricts(rows: readonly DistrictComponents[], weights: Weights): RankedDistrict[] {
  const scaled = Object.fromEntries(COMPONENTS.map((id) => [id, minMax(rows.map((r) => r[id]))])) as Record<
    ComponentId,
    Array<number | null>
  >;
  const scored = rows.map((row, i) => {
    const components = Object.fromEntries(
      COMPONENTS.map((id) => [id, { value: row[id], score: scaled[id][i] ?? null }]),
    ) as Record<ComponentId, ComponentScore>;
    const scores = Object.fromEntries(COMPONENTS.map((id) => [id, components[id].score])) as Record<
      ComponentId,
      number | null
    >;
    return { name: row.name, components, score: compositeScore(scores, weights) };
  });
  return competitionRank(scored, (d) => d.score, (a, b) => compareNames(a.name, b.name)).map(({ item, rank, score }) => ({
    name: item.name,
    rank,
    score,
    components: item.components,
  }));
}
