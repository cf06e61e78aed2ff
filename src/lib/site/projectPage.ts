import type { ProjectRow } from "./editionModel.ts";
import type { SiteBuild } from "./siteBuild.ts";
import type { ProjectView } from "./siteModel.ts";

/**
 * What a project's page (pages/projects/[slug].astro) takes from the root edition: its row there,
 * when the project is on the root's table (its figures, time progress, warnings and narrative that
 * month), else its last state; and the district and category pages it links. The page renders from
 * this, and the build cache keys the page by it (build/pageCache.ts), so the two cannot drift apart.
 */
export interface ProjectPage {
  project: ProjectView;
  /** On the root's table. */
  listed: boolean;
  /** The root row's state, else the last state (without its source line: pages do not show it). */
  state: ProjectRow["state"] | ProjectView["last"];
  timeProgress: number;
  warnings: ProjectRow["warnings"];
  narrative: string | null;
  district: { slug: string; name: string } | null;
  category: { slug: string; name: string | null } | null;
}

/** The share of its annual plan a project has completed this year, or null when it has no plan or no figure. */
export function completionRate(s: { annualPlan: number | null; ytdCompleted: number | null }): number | null {
  return s.annualPlan !== null && s.annualPlan > 0 && s.ytdCompleted !== null ? s.ytdCompleted / s.annualPlan : null;
}

export function projectPage(b: SiteBuild, p: ProjectView): ProjectPage {
  const root = b.edition("");
  const row = root.projectByKey.get(p.project.key) ?? null;
  if (row === null) return { project: p, listed: false, state: p.last, timeProgress: p.lastTimeProgress, warnings: [], narrative: null, district: null, category: null };
  const district = root.districtByName.get(row.state.district);
  const category = root.categoryByName.get(row.state.category);
  return {
    project: p,
    listed: true,
    state: row.state,
    timeProgress: row.timeProgress,
    warnings: row.warnings,
    narrative: root.content.narrative.projects[row.key] ?? null,
    district: district === undefined ? null : { slug: district.slug, name: district.name },
    category: category === undefined ? null : { slug: category.slug, name: category.name },
  };
}
