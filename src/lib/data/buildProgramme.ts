import type { SiteConfig } from "../config/siteConfigSchema.ts";
import { issue, type Issue } from "../common/issue.ts";
import type { Programme, Project, ProjectState, Snapshot } from "./model.ts";
import { nameKey } from "./normalise.ts";
import { projectSlug } from "./slug.ts";

/**
 * A project as its states show it (`states`: ascending by month, at least one): the id, name,
 * district and category of the last, every name it had (a rename adds one) and its months on a
 * table. The loader makes each project of all its states; the site, of its states up to the root's
 * month (site/siteModel.ts), so that a table not yet published adds nothing to the root's pages.
 */
export function projectOf(key: string, slug: string, states: readonly ProjectState[]): Project {
  const last = states.at(-1)!;
  const names: string[] = [];
  for (const st of states) if (names.at(-1) !== st.name) names.push(st.name);
  return { key, id: last.id, slug, name: last.name, district: last.district, category: last.category, names, months: states.map((s) => s.month) };
}

/**
 * Join the months into one programme: give each project one identity across months (its
 * id, else its normalised name and district, linked to an id seen in another month), and
 * report renames and projects that appear or disappear within a year.
 */
export function buildProgramme(snapshots: Snapshot[], config: SiteConfig, fallbackTitle: string): { programme: Programme; issues: Issue[] } {
  const sorted = [...snapshots].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const issues: Issue[] = [];
  const idByName = new Map<string, string>();
  for (const s of sorted) for (const st of s.states) if (st.id) idByName.set(`${nameKey(st.name)}|${st.district}`, st.key);
  const linked = sorted.map((s) => ({
    ...s,
    states: s.states.map((st) => (st.id ? st : { ...st, key: idByName.get(`${nameKey(st.name)}|${st.district}`) ?? st.key })),
  }));

  const history = new Map<string, ProjectState[]>();
  for (const s of linked)
    for (const st of s.states) {
      const list = history.get(st.key);
      if (list) list.push(st);
      else history.set(st.key, [st]);
    }

  const projects: Project[] = [];
  const slugs = new Set<string>();
  for (const key of [...history.keys()].sort()) {
    const states = history.get(key)!;
    for (let i = 1; i < states.length; i++) {
      const [before, st] = [states[i - 1]!, states[i]!];
      if (st.name !== before.name)
        issues.push(issue("warning", "project-renamed", { file: st.source.file, line: st.source.line, column: "name", value: st.name }, { previous: before.name, month: st.month }));
    }
    const id = states.at(-1)!.id;
    let slug = projectSlug(key, id);
    for (let n = 2; slugs.has(slug); n++) slug = `${projectSlug(key, id)}-${n}`;
    slugs.add(slug);
    projects.push(projectOf(key, slug, states));
  }

  issues.push(...appearances(linked));
  const titleRow = [...linked].reverse().find((s) => s.title)?.title ?? null;
  const title = config.title ?? (titleRow ? titleRow.replace(/^\d{4}年度?/, "") : fallbackTitle);
  const region = config.region ?? /^(.{1,12}?[市县区州盟旗])/.exec(title.replace(/^\d{4}年度?/, ""))?.[1] ?? null;
  const programme: Programme = {
    title,
    region,
    months: linked.map((s) => s.month),
    districts: ordered(config.districts.map((d) => (typeof d === "string" ? d : d.name)), linked.flatMap((s) => s.states.map((st) => st.district))),
    categories: ordered(config.categories, linked.flatMap((s) => s.states.map((st) => st.category ?? ""))),
    projects,
    snapshots: linked,
  };
  return { programme, issues };
}

/** Listed names first, then the others in order of first appearance. */
function ordered(listed: string[], found: string[]): string[] {
  const out = [...listed];
  const seen = new Set(out);
  for (const f of found) if (f !== "" && !seen.has(f)) (seen.add(f), out.push(f));
  return out;
}

/** Projects that appear or disappear between two consecutive tables of the same year. */
function appearances(snapshots: Snapshot[]): Issue[] {
  const issues: Issue[] = [];
  for (let i = 1; i < snapshots.length; i++) {
    const prev = snapshots[i - 1]!;
    const cur = snapshots[i]!;
    if (prev.month.slice(0, 4) !== cur.month.slice(0, 4)) continue;
    const before = new Map(prev.states.map((s) => [s.key, s]));
    const now = new Map(cur.states.map((s) => [s.key, s]));
    for (const [key, st] of now)
      if (!before.has(key)) issues.push(issue("warning", "project-appeared", { file: cur.file, line: st.source.line, column: "name", value: st.name }, { previousMonth: prev.month }));
    for (const [key, st] of before)
      if (!now.has(key)) issues.push(issue("warning", "project-disappeared", { file: cur.file, line: null, column: "name", value: st.name }, { previousMonth: prev.month, previousLine: st.source.line }));
  }
  return issues;
}
