import type { ComponentId } from "./method.ts";
import { COMPONENTS } from "./method.ts";

export type Weights = Record<ComponentId, number>;

/**
 * The weighted mean of a district's component scores (each 0–100). Weights are normalised to sum 1
 * over the components that apply to the district: a component that is null (the district has no
 * project due to start, say) is left out rather than scored 0, so a district is not marked down for
 * what it was never asked to do. With no applicable component (or only zero weights) the score is 0.
 */
export function compositeScore(scores: Record<ComponentId, number | null>, weights: Weights): number {
  let total = 0;
  let weight = 0;
  for (const id of COMPONENTS) {
    const s = scores[id];
    if (s === null) continue;
    total += s * weights[id];
    weight += weights[id];
  }
  return weight > 0 ? total / weight : 0;
}
