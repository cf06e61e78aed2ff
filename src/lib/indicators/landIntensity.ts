import type { ProjectState } from "../data/model.ts";
import { ratio } from "./ratio.ts";

export interface LandIntensity {
  /** Σ land area (亩) of projects with a land area above 0. */
  landArea: number;
  /** Σ total investment (万元) of projects with a land area above 0 and a total investment. */
  landInvestment: number;
  /** 亩均投资强度 = landInvestment ÷ Σ land area of the same projects (万元/亩); null without any. */
  intensity: number | null;
}

/**
 * Land area and investment intensity. Interpretation: intensity is taken over the projects that
 * give both a land area (> 0) and a total investment, so a project missing one does not drag the
 * average towards 0 or infinity.
 */
export function landIntensity(states: readonly ProjectState[]): LandIntensity {
  let landArea = 0;
  let pairedLand = 0;
  let landInvestment = 0;
  for (const s of states) {
    if (s.landArea === null || !(s.landArea > 0) || !Number.isFinite(s.landArea)) continue;
    landArea += s.landArea;
    if (s.totalInvestment !== null && Number.isFinite(s.totalInvestment)) {
      pairedLand += s.landArea;
      landInvestment += s.totalInvestment;
    }
  }
  return { landArea, landInvestment, intensity: ratio(landInvestment, pairedLand) };
}
