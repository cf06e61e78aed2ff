import { parseDocument } from "yaml";
import { SiteConfigSchema, type SiteConfig } from "./siteConfigSchema.ts";
import { FIELDS } from "../data/fields.ts";
import { issue, type Issue } from "../data/issue.ts";

/**
 * Parse and validate site.yaml text. Every problem is returned, each naming its key; with
 * errors the defaults are returned so that the snapshots can still be checked.
 */
export function parseSiteConfig(text: string | null, file: string): { config: SiteConfig; issues: Issue[] } {
  const defaults = SiteConfigSchema.parse({});
  if (text === null) return { config: defaults, issues: [] };
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      config: defaults,
      issues: doc.errors.map((e) => issue("error", "config", { file, line: e.linePos?.[0]?.line ?? null, column: null, value: null }, { message: e.message.split("\n")[0]! })),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const result = SiteConfigSchema.safeParse(data);
  if (!result.success) {
    return {
      config: defaults,
      issues: result.error.issues.map((i) => {
        const key = i.path.map(String).join(".") || "(root)";
        return issue("error", "config", { file, line: lineOf(doc, i.path, text), column: key, value: valueAt(data, i.path) }, { message: i.message });
      }),
    };
  }
  const issues = Object.entries(result.data.columns)
    .filter(([, field]) => !(FIELDS as readonly string[]).includes(field))
    .map(([label, field]) => issue("error", "config-column-field", { file, column: `columns.${label}`, value: field }, { fields: FIELDS.join(", ") }));
  return { config: result.data, issues };
}

function valueAt(data: unknown, path: PropertyKey[]): string | null {
  let v: unknown = data;
  for (const k of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v === undefined ? null : typeof v === "string" ? v : JSON.stringify(v);
}

/** The 1-based line of the value at a path, or of the nearest parent that exists. */
function lineOf(doc: ReturnType<typeof parseDocument>, path: PropertyKey[], text: string): number | null {
  for (let n = path.length; n >= 1; n--) {
    const node = doc.getIn(path.slice(0, n).map(String), true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return text.slice(0, offset).split("\n").length;
  }
  return null;
}
