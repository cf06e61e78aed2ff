import type { PageSet } from "./editionList.ts";
import { ROUTES, slugsFor } from "./urls.ts";

/**
 * Which page a reader is on, independent of the edition, so the navigation can link to the same
 * page in another edition: a district by name (its address may differ between editions only if
 * its code changed), a category by name (null: uncategorised). Project pages and the site-wide
 * pages have no counterpart in an edition; from them the bar links to each edition's home.
 */
export type PageId =
  | { kind: "home" | "districts" | "projects" | "categories" | "boards" | "warnings" | "changes" }
  | { kind: "downloads" }
  | { kind: "district"; name: string }
  | { kind: "problems" | "departments" | "leaders" | "bulletin" }
  | { kind: "department"; name: string }
  | { kind: "leader"; name: string }
  | { kind: "category"; name: string | null }
  | { kind: "project" }
  | { kind: "site" };

export const UNCATEGORISED_SLUG = "c-none";

export interface PageSlugs {
  district: Map<string, string>;
  category: Map<string, string>;
  department: Map<string, string>;
  leader: Map<string, string>;
}

/**
 * Addresses of an edition's district, category, department and leader pages: from its own names
 * and the configured district codes (departments and leaders by the hash of their names, so the
 * same name has the same address in every edition).
 */
export function pageSlugs(pages: PageSet, codes: Readonly<Record<string, string>>): PageSlugs {
  const category = slugsFor(
    pages.categories.filter((c) => c !== ""),
    "c",
  );
  category.set("", UNCATEGORISED_SLUG);
  return {
    district: slugsFor(pages.districts, "d", new Map(Object.entries(codes))),
    category,
    department: slugsFor(pages.departments, "b"),
    leader: slugsFor(pages.leaders, "l"),
  };
}

/** The path of `page` inside an edition with these pages (relative to its prefix; "" is its home). */
export function pagePath(page: PageId, pages: PageSet, codes: Readonly<Record<string, string>>): string {
  switch (page.kind) {
    case "home":
    case "project":
    case "site":
      return ROUTES.home;
    case "districts":
    case "projects":
    case "categories":
    case "boards":
    case "warnings":
    case "changes":
      return ROUTES[page.kind];
    case "downloads":
      return "downloads/";
    case "bulletin":
      return ROUTES.bulletin;
    case "problems":
    case "departments":
    case "leaders": {
      const has = page.kind === "problems" ? pages.problems : pages[page.kind].length > 0;
      return has ? ROUTES[page.kind] : ROUTES.home;
    }
    case "department":
    case "leader": {
      const slug = pages[`${page.kind}s`].includes(page.name) ? pageSlugs(pages, codes)[page.kind].get(page.name) : undefined;
      return slug === undefined ? ROUTES.home : ROUTES[page.kind](slug);
    }
    case "district": {
      const slug = pages.districts.includes(page.name) ? pageSlugs(pages, codes).district.get(page.name) : undefined;
      return slug === undefined ? ROUTES.home : ROUTES.district(slug);
    }
    case "category": {
      const name = page.name ?? "";
      const slug = pages.categories.includes(name) ? pageSlugs(pages, codes).category.get(name) : undefined;
      return slug === undefined ? ROUTES.home : ROUTES.category(slug);
    }
  }
}
