import type { EditionContent } from "../editions/content.ts";
import { stableJson } from "../common/hash.ts";

/**
 * What the edition computed, as JSON with keys sorted at every level: the indicators of the
 * programme and of every district, category, nature and lead department with their change since
 * the previous month; the district board with flags; the quarterly board; the leaders and risers;
 * the project board; the warnings with their reasons; the ranking and warning rules used. Rates are fractions (0.615, not 61.5%),
 * amounts 万元, `null` = not applicable.
 */
export function indicatorsJson(content: EditionContent): string {
  const c = content.computed;
  const doc = {
    month: content.month,
    previous: c.previous,
    title: content.title,
    region: content.region,
    unit: "万元",
    programme: c.programme,
    districts: c.districts,
    categories: c.categories,
    natures: c.natures,
    departments: c.departments,
    board: c.board,
    quarterly: content.quarterly,
    leaders: c.leaders,
    risers: c.risers,
    projectBoard: c.projectBoard,
    warnings: c.warnings,
    rules: content.rules ?? null,
  };
  return `${stableJson(doc, 2)}\n`;
}
