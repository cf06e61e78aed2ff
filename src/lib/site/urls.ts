import { fnv1a } from "../data/slug.ts";
import type { DistrictEntry } from "../config/siteConfigSchema.ts";

/**
 * Page addresses. Every path here is relative to the site's base (no leading slash) and ends in
 * "/" (trailingSlash: "always"); `withBase` prefixes the base path Astro was built with.
 *
 * An edition's pages (home, districts, categories, projects index, boards, warnings, changes) sit
 * under its prefix: "" for the root (the latest edition), "editions/2026-09/" for a month and
 * "editions/2026-09/r1/" for an earlier revision. Project pages and the site-wide pages
 * (methodology, data quality, about, the editions index) exist once, at the root.
 *
 * District and category slugs are ASCII, stable and independent of row order:
 *  1. a district's configured `code` (site.yaml), lower-cased, when it is URL-safe: /districts/330102/;
 *  2. else a name that is already ASCII, in kebab case: /districts/north-bay/;
 *  3. else a prefix and the FNV-1a hash of the name: /districts/d-1a2b3c4d/, /categories/c-5e6f7a8b/.
 * Renaming a district changes its hash slug, so the README advises giving districts a code. A
 * hash, not a transliteration, because pinyin needs a dictionary and still collides (e.g. 鹭/路).
 * Two names that land on the same slug get "-2", "-3"… in name order, so the result is still
 * independent of row order.
 */

export const ROUTES = {
  home: "",
  districts: "districts/",
  district: (slug: string) => `districts/${slug}/`,
  projects: "projects/",
  project: (slug: string) => `projects/${slug}/`,
  categories: "categories/",
  category: (slug: string) => `categories/${slug}/`,
  boards: "boards/",
  warnings: "warnings/",
  changes: "changes/",
  problems: "problems/",
  bulletin: "bulletin/",
  departments: "departments/",
  department: (slug: string) => `departments/${slug}/`,
  leaders: "leaders/",
  leader: (slug: string) => `leaders/${slug}/`,
  editions: "editions/",
  edition: (month: string) => `editions/${month}/`,
  revision: (month: string, revision: number) => `editions/${month}/r${revision}/`,
  quality: "data-quality/",
  methodology: "methodology/",
  about: "about/",
} as const;

/** "/journal/" + "projects/x/" → "/journal/projects/x/"; keeps "#fragment" and "?query". */
export function withBase(base: string, path: string): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, "")}`;
}

const SAFE = /^[a-z0-9][a-z0-9-]*$/;

function kebab(s: string): string | null {
  if (!/^[\x20-\x7e]+$/.test(s)) return null;
  const k = s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return SAFE.test(k) ? k : null;
}

/** Slugs for names, by the rules above; `codes` holds configured codes by name. */
export function slugsFor(names: readonly string[], prefix: string, codes: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const wanted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const used = new Set<string>();
  const out = new Map<string, string>();
  // Codes first, so a configured code always gets its own slug.
  const ordered = [...wanted.filter((n) => codes.has(n)), ...wanted.filter((n) => !codes.has(n))];
  for (const name of ordered) {
    const code = codes.get(name);
    const base = (code !== undefined ? kebab(code) : null) ?? kebab(name) ?? `${prefix}-${fnv1a(name)}`;
    let slug = base;
    for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
    used.add(slug);
    out.set(name, slug);
  }
  return out;
}

/** Configured district codes by name (and by alias, so an alias finds the same page). */
export function districtCodes(entries: readonly DistrictEntry[]): Map<string, string> {
  const codes = new Map<string, string>();
  for (const e of entries) if (typeof e !== "string" && e.code !== undefined) codes.set(e.name, e.code);
  return codes;
}
