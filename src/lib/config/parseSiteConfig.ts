import { parseDocument } from "yaml";
import { z } from "zod";
import { SiteConfigSchema, type SiteConfig } from "./siteConfigSchema.ts";
import { FIELDS } from "../common/fields.ts";
import { issue, type Issue } from "../common/issue.ts";

/**
 * Parse and validate site.yaml text. Every problem is returned, each naming its key; with
 * errors the defaults are returned so that the snapshots can still be checked.
 */
export function parseSiteConfig(text: string | null, file: string): { config: SiteConfig; issues: Issue[] } {
  const defaults = SiteConfigSchema.parse({});
  if (text === null) return { config: defaults, issues: [] };
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      config: defaults,
      issues: doc.errors.map((e) => issue("error", "config", { file, line: text.slice(0, e.pos[0]).split("\n").length, column: null, value: null }, { message: e.message.split("\n")[0]! })),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  // Zod's own messages in the language the file asks for (zh-CN unless it says en).
  const english = valueAt(data, ["locale"]) === "en";
  const result = SiteConfigSchema.safeParse(data, { error: (english ? z.locales.en() : z.locales.zhCN()).localeError });
  const columns = valueAt(data, ["columns"]) === null ? {} : (data as { columns?: unknown }).columns;
  const columnIssues = Object.entries(columns !== null && typeof columns === "object" ? columns : {})
    .filter(([, field]) => !(FIELDS as readonly unknown[]).includes(field))
    .map(([label, field]) =>
      issue("error", "config-column-field", { file, line: lineOf(doc, ["columns", label], text), column: `columns.${label}`, value: String(field) }, { fields: FIELDS.join(", ") }),
    );
  if (!result.success) {
    const zodIssues = result.error.issues
      .filter((i) => !(i.path[0] === "columns" && columnIssues.length > 0))
      // An unknown key is reported on its parent; name each key instead.
      .flatMap((i): Array<{ path: PropertyKey[]; message: string }> =>
        i.code === "unrecognized_keys" ? i.keys.map((k) => ({ path: [...i.path, k], message: english ? "unknown key" : "未知的配置项" })) : [i],
      )
      .map((i) => {
        const key = i.path.map(String).join(".") || "(root)";
        return issue("error", "config", { file, line: lineOf(doc, i.path, text), column: key, value: valueAt(data, i.path) }, { message: i.message });
      });
    return { config: defaults, issues: [...zodIssues, ...columnIssues] };
  }
  return { config: result.data, issues: columnIssues };
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
