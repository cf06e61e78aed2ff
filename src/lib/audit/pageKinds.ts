/**
 * One page of every kind a built site has, found from its file list alone (so it works on any
 * build: the sample, a sub-path build, a folder of CSVs). Used by the reader's check and the
 * screenshot script, which look at what a reader sees on each kind.
 */
export interface PageKind {
  /** "home", "district", "project"… */
  kind: string;
  /** Site path of the page, relative to the site's root ("districts/x/"), "" for the home page. */
  path: string;
}

const KINDS_IN_ORDER = [
  "home",
  "districts",
  "district",
  "projects",
  "projects-page",
  "project",
  "categories",
  "category",
  "boards",
  "warnings",
  "problems",
  "departments",
  "department",
  "leaders",
  "leader",
  "changes",
  "bulletin",
  "editions",
  "older-edition",
  "revised-edition",
  "downloads",
  "data-quality",
  "methodology",
  "about",
  "search",
  "embed",
  "not-found",
] as const;
export type Kind = (typeof KINDS_IN_ORDER)[number];

/** Folders directly under `dir` that hold an index.html, sorted. */
function childPages(files: ReadonlySet<string>, dir: string): string[] {
  const out = new Set<string>();
  for (const f of files) {
    if (!f.startsWith(dir) || !f.endsWith("/index.html")) continue;
    const rest = f.slice(dir.length, -"/index.html".length);
    if (rest !== "" && !rest.includes("/")) out.add(rest);
  }
  return [...out].sort();
}

/**
 * `files`: every file of the site, relative to its folder with "/" separators. A kind the site
 * does not have (no second projects page in a small site, no revision before one is published) is
 * left out; the 404 page is addressed by a path that does not exist, as a reader would meet it.
 */
export function pageKinds(files: Iterable<string>): PageKind[] {
  const set = new Set(files);
  const has = (p: string) => set.has(`${p}index.html`);
  const found = new Map<Kind, string>();
  const add = (kind: Kind, p: string | undefined) => {
    if (p !== undefined && has(p)) found.set(kind, p);
  };
  add("home", "");
  add("districts", "districts/");
  const district = childPages(set, "districts/")[0];
  add("district", district === undefined ? undefined : `districts/${district}/`);
  add("projects", "projects/");
  add("projects-page", "projects/page/2/");
  const project = childPages(set, "projects/").find((p) => p !== "page");
  add("project", project === undefined ? undefined : `projects/${project}/`);
  add("categories", "categories/");
  const category = childPages(set, "categories/")[0];
  add("category", category === undefined ? undefined : `categories/${category}/`);
  add("boards", "boards/");
  add("warnings", "warnings/");
  add("problems", "problems/");
  add("departments", "departments/");
  const department = childPages(set, "departments/")[0];
  add("department", department === undefined ? undefined : `departments/${department}/`);
  add("leaders", "leaders/");
  const leader = childPages(set, "leaders/")[0];
  add("leader", leader === undefined ? undefined : `leaders/${leader}/`);
  add("changes", "changes/");
  add("bulletin", "bulletin/");
  add("editions", "editions/");
  const months = childPages(set, "editions/").filter((m) => /^\d{4}-\d{2}$/.test(m));
  // A month with earlier revisions kept under rN/ is a revised edition: its pages carry the note.
  const revised = months.filter((m) => childPages(set, `editions/${m}/`).some((r) => /^r\d+$/.test(r)));
  const older = months.filter((m) => !revised.includes(m));
  add("older-edition", older.length > 1 ? `editions/${older[Math.floor((older.length - 1) / 2)]}/` : undefined);
  add("revised-edition", revised.length > 0 ? `editions/${revised[0]}/` : undefined);
  add("downloads", "downloads/");
  add("data-quality", "data-quality/");
  add("methodology", "methodology/");
  add("about", "about/");
  add("search", "search/");
  const embed = childPages(set, "embed/")[0];
  add("embed", embed === undefined ? undefined : `embed/${embed}/`);
  const kinds = KINDS_IN_ORDER.flatMap((kind) => (found.has(kind) ? [{ kind, path: found.get(kind)! }] : []));
  if (set.has("404.html")) kinds.push({ kind: "not-found", path: "no-such-page/" });
  return kinds;
}
