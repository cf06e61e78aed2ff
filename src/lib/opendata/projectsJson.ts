import type { EditionContent } from "../editions/content.ts";
import { PROJECT_FIELDS } from "./projectFields.ts";

/**
 * The edition's project rows as JSON: `{ month, title, region, unit, projects }`, each project's
 * keys in the fixed order of `PROJECT_FIELDS` (the CSV's order, identity first), codes rather
 * than words (nature "new", status "under-construction"), amounts in 万元, `null` = not given.
 * Same content, same bytes.
 */
export function projectsJson(content: EditionContent): string {
  const projects = content.projects.map((p) => Object.fromEntries(PROJECT_FIELDS.map((f) => [f.json, p[f.json]])));
  const doc = { month: content.month, title: content.title, region: content.region, unit: "万元", projects };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
