import type { EditionContent } from "../editions/content.ts";
import { jsonChunks, mapLazily } from "./jsonChunks.ts";
import { PROJECT_FIELDS } from "./projectFields.ts";

/**
 * The edition's project rows as JSON: `{ month, title, region, unit, projects }`, each project's
 * keys in the fixed order of `PROJECT_FIELDS` (the CSV's order, identity first), codes rather
 * than words (nature "new", status "under-construction"), amounts in 万元, `null` = not given.
 * Same content, same bytes.
 */
export function projectsJson(content: EditionContent): string {
  return [...projectsJsonChunks(content)].join("");
}

/** The same text in pieces, a project at a time (for writing a large edition's file; see jsonChunks). */
export function* projectsJsonChunks(content: EditionContent): Generator<string> {
  const doc = { month: content.month, title: content.title, region: content.region, unit: "万元" };
  yield* jsonChunks(doc, "projects", mapLazily(content.projects, (p) => Object.fromEntries(PROJECT_FIELDS.map((f) => [f.json, p[f.json]]))));
  yield "\n";
}
