import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { draftContent, editionsOf, nextRecord, type EditionRecord } from "../../src/lib/editions/index.ts";
import type { LoadResult } from "../../src/lib/editions/withEditions.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { computeAll } from "../../src/lib/rank/computeAll.ts";
import { editionKeys, missingProjectPages } from "../../src/lib/build/editionCache.ts";
import { buildEditionModel, presentationOf } from "../../src/lib/site/editionModel.ts";
import { editionAt, editionNav, listEditions, pageSet, withoutProjectRows, type EditionList } from "../../src/lib/site/editionList.ts";
import { pagePath } from "../../src/lib/site/samePage.ts";

/**
 * The list of editions, their navigation and their cache keys, over the three-month indicators
 * fixture with records made by the same code as `npm run publish` (2026-04 r1; 2026-05 r1 and r2).
 */
const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/indicators");
type Loaded = LoadResult & { programme: NonNullable<LoadResult["programme"]> };
let loaded: Loaded;

function publish(records: EditionRecord[], month: string, revise: string | null, publishedOn: string, edit?: (r: EditionRecord) => void): EditionRecord[] {
  const content = draftContent({ programme: loaded.programme, config: loaded.config, computed: computeAll(loaded.programme, loaded.config), records, notes: {} }, month);
  const snapshot = loaded.programme.snapshots.find((s) => s.month === month)!;
  const made = nextRecord(
    records.filter((r) => r.month === month),
    content,
    snapshot,
    { revise, publishedOn },
  );
  if (!("record" in made)) throw new Error(made.refused);
  edit?.(made.record);
  return [...records, made.record];
}

/** The site's list of the editions editionsOf computes from the data and records. */
function listOf(l: Pick<Loaded, "programme" | "config" | "editions">): EditionList {
  return listEditions(editionsOf(l.programme, l.config, l.editions, {}), l.programme);
}

const KEY_INPUTS = { templates: "t", baseUrl: "https://example.org", locale: "zh-CN" };

beforeAll(async () => {
  const l = await loadDataDir(FIXTURE);
  loaded = l as Loaded;
});

describe("listEditions(editionsOf(…))", () => {
  it("makes every month a draft edition at editions/YYYY-MM/ when nothing is published, and the root the newest month", () => {
    const list = listOf(loaded);
    expect(list.editions.map((e) => [e.prefix, e.revision, e.published, e.current])).toEqual([
      ["editions/2026-04/", null, false, true],
      ["editions/2026-05/", null, false, true],
      ["editions/2026-06/", null, false, true],
    ]);
    expect(list.root.prefix).toBe("");
    expect(list.root.home).toBe("editions/2026-06/");
    expect(list.root.content).toBe(list.editions[2]!.content);
    // A draft compares itself with the previous month's draft.
    expect(list.editions[2]!.content.changes?.previous).toBe("2026-05");
    expect(list.editions[2]!.content.changes?.againstRevision).toBeNull();
    expect(list.editions[0]!.content.changes?.previous).toBeNull();
  });

  it("shows a published month's newest revision at editions/YYYY-MM/, earlier ones at rN/, from the record and not from the data", () => {
    let records = publish([], "2026-04", null, "2026-05-06");
    records = publish(records, "2026-05", null, "2026-06-05", (r) => {
      r.content = { ...r.content, narrative: { ...r.content.narrative, programme: "（第1版的综述）" } };
    });
    records = publish(records, "2026-05", "更正了P02的本年完成投资", "2026-06-09", (r) => {
      r.content = { ...r.content, narrative: { ...r.content.narrative, programme: "（第2版的综述）" } };
    });
    const list = listOf({ ...loaded, editions: records });
    expect(list.editions.map((e) => [e.prefix, e.revision, e.published, e.current])).toEqual([
      ["editions/2026-04/", 1, true, true],
      ["editions/2026-05/", 2, true, true],
      ["editions/2026-05/r1/", 1, true, false],
      ["editions/2026-06/", null, false, true],
    ]);
    expect(editionAt(list, "editions/2026-05/")!.content.narrative.programme).toBe("（第2版的综述）");
    expect(editionAt(list, "editions/2026-05/r1/")!.content.narrative.programme).toBe("（第1版的综述）");
    expect(editionAt(list, "editions/2026-05/")!.note).toBe("更正了P02的本年完成投资");
    // The root is the newest published edition, not the newer draft.
    expect(list.root.month).toBe("2026-05");
    expect(list.root.revision).toBe(2);
    expect(list.root.home).toBe("editions/2026-05/");
    // The draft after it compares with what readers see of May: revision 2.
    expect(editionAt(list, "editions/2026-06/")!.content.changes?.againstRevision).toBe(2);
    // Project pages: every project on a table up to the root's month.
    expect(list.projectPages.size).toBe(loaded.programme.projects.filter((p) => p.months.some((m) => m <= "2026-05")).length);
  });
});

describe("editionNav(list, ref)", () => {
  let list: EditionList;
  beforeAll(() => {
    let records = publish([], "2026-04", null, "2026-05-06");
    records = publish(records, "2026-05", null, "2026-06-05");
    records = publish(records, "2026-05", "更正", "2026-06-09");
    list = listOf({ ...loaded, editions: records });
  });

  it("links an earlier revision to the previous and next months' current editions and lists its month's revisions, newest first", () => {
    const nav = editionNav(list, editionAt(list, "editions/2026-05/r1/")!);
    expect(nav.self).toMatchObject({ month: "2026-05", revision: 1, current: false, root: false, latest: false });
    expect(nav.previous?.prefix).toBe("editions/2026-04/");
    expect(nav.next?.prefix).toBe("editions/2026-06/");
    expect(nav.latest.prefix).toBe("");
    expect(nav.revisions.map((r) => [r.revision, r.prefix, r.note])).toEqual([
      [2, "editions/2026-05/", "更正"],
      [1, "editions/2026-05/r1/", null],
    ]);
  });

  it("marks the edition the root repeats, and the root itself, as the latest", () => {
    expect(editionNav(list, editionAt(list, "editions/2026-05/")!).self.latest).toBe(true);
    expect(editionNav(list, list.root).self).toMatchObject({ root: true, latest: true, month: "2026-05" });
    expect(editionNav(list, editionAt(list, "editions/2026-06/")!).self.latest).toBe(false);
    expect(editionNav(list, editionAt(list, "editions/2026-04/")!).previous).toBeNull();
    expect(editionNav(list, editionAt(list, "editions/2026-06/")!).next).toBeNull();
  });
});

describe("withoutProjectRows(list, prefixes)", () => {
  let list: EditionList;
  beforeAll(() => {
    list = listOf({ ...loaded, editions: publish([], "2026-04", null, "2026-05-06") });
  });

  it("keeps what other editions' pages read of a cached one: the navigation, the feed's sentence, the photos", () => {
    const slim = withoutProjectRows(list, new Set(["editions/2026-04/", "editions/2026-05/"]));
    for (const ref of [...list.editions, list.root]) expect(editionNav(slim, editionAt(slim, ref.prefix)!)).toEqual(editionNav(list, ref));
    const [before, after] = [editionAt(list, "editions/2026-04/")!, editionAt(slim, "editions/2026-04/")!];
    expect(after.content.narrative.programme).toBe(before.content.narrative.programme);
    expect(after.content.photos).toEqual(before.content.photos);
    expect(after.content.computed.categories).toEqual(before.content.computed.categories);
  });

  it("throws, naming the part and the edition, when a per-project part left out is read; the others and the root keep theirs", () => {
    const slim = withoutProjectRows(list, new Set(["editions/2026-04/"]));
    const cached = editionAt(slim, "editions/2026-04/")!.content;
    expect(() => cached.projects).toThrow("projects of the editions/2026-04/ edition was left out");
    expect(() => cached.history.projects).toThrow("history.projects of the editions/2026-04/ edition was left out");
    expect(() => cached.narrative.projects).toThrow("narrative.projects of the editions/2026-04/");
    expect(() => cached.computed.projectBoard).toThrow("computed.projectBoard of the editions/2026-04/");
    expect(() => cached.computed.warnings).toThrow("computed.warnings of the editions/2026-04/");
    // Copied or serialised whole, it throws too, rather than passing on an edition without its rows.
    expect(() => JSON.stringify(cached)).toThrow("left out");
    expect(cached.history.months).toEqual(editionAt(list, "editions/2026-04/")!.content.history.months);
    expect(editionAt(slim, "editions/2026-05/")!.content.projects.length).toBeGreaterThan(0);
    expect(slim.root.content.projects).toBe(list.root.content.projects);
    // The list it was given is left as it was.
    expect(editionAt(list, "editions/2026-04/")!.content.projects.length).toBeGreaterThan(0);
  });
});

describe("pagePath(page, pages, codes)", () => {
  it("finds the same district or category page in another edition, else that edition's home", () => {
    const list = listOf(loaded);
    const pages = pageSet(list.root.content);
    expect(pagePath({ kind: "district", name: "东城区" }, pages, {})).toMatch(/^districts\/d-[0-9a-f]{8}\/$/);
    expect(pagePath({ kind: "district", name: "东城区" }, pages, { 东城区: "dongcheng" })).toBe("districts/dongcheng/");
    expect(pagePath({ kind: "district", name: "不存在区" }, pages, {})).toBe("");
    expect(pagePath({ kind: "category", name: "产业" }, pages, {})).toMatch(/^categories\/c-[0-9a-f]{8}\/$/);
    expect(pagePath({ kind: "category", name: null }, pages, {})).toBe("");
    expect(pagePath({ kind: "boards" }, pages, {})).toBe("boards/");
    expect(pagePath({ kind: "project" }, pages, {})).toBe("");
  });

  it("gives the same address the edition's own model gives its district", () => {
    const list = listOf(loaded);
    const model = buildEditionModel(list.root, presentationOf(loaded.config, "/", null), list.projectPages);
    for (const d of model.districts) expect(pagePath({ kind: "district", name: d.name }, pageSet(list.root.content), {})).toBe(`districts/${d.slug}/`);
    for (const c of model.categories) expect(pagePath({ kind: "category", name: c.name }, pageSet(list.root.content), {})).toBe(`categories/${c.slug}/`);
  });
});

describe("editionKeys(list, inputs)", () => {
  const presentation = () => presentationOf(loaded.config, "/", null);

  it("is stable for the same inputs and changes with the templates, the presentation or the base", () => {
    const list = listOf(loaded);
    const a = [...editionKeys(list, { ...KEY_INPUTS, presentation: presentation() }).values()];
    const b = [...editionKeys(listOf(loaded), { ...KEY_INPUTS, presentation: presentation() }).values()];
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(a.length);
    const t = [...editionKeys(list, { ...KEY_INPUTS, templates: "u", presentation: presentation() }).values()];
    expect(t.every((k, i) => k !== a[i])).toBe(true);
    const p = [...editionKeys(list, { ...KEY_INPUTS, presentation: { ...presentation(), publisher: "另一个办公室" } }).values()];
    expect(p.every((k, i) => k !== a[i])).toBe(true);
    const base = [...editionKeys(list, { ...KEY_INPUTS, presentation: presentationOf(loaded.config, "/journal/", null) }).values()];
    expect(base.every((k, i) => k !== a[i])).toBe(true);
  });

  it("keeps a published edition's key when the data of a later draft changes, and changes the keys whose navigation changes on a new month", () => {
    const records = publish([], "2026-04", null, "2026-05-06");
    const full = listOf({ ...loaded, editions: records });
    const inputs = { ...KEY_INPUTS, presentation: presentation() };
    const keys = (l: EditionList) => new Map([...editionKeys(l, inputs)].map(([e, k]) => [e.prefix, k]));
    // The same data without June: only May (its "next" link and "latest" badge) and June change.
    const withoutJune: Loaded = {
      ...loaded,
      programme: { ...loaded.programme, months: loaded.programme.months.filter((m) => m !== "2026-06"), snapshots: loaded.programme.snapshots.filter((s) => s.month !== "2026-06") },
    };
    const before = keys(listOf({ ...withoutJune, editions: records }));
    const after = keys(full);
    expect(after.get("editions/2026-04/")).toBe(before.get("editions/2026-04/"));
    expect(after.get("editions/2026-05/")).not.toBe(before.get("editions/2026-05/"));
    expect(before.has("editions/2026-06/")).toBe(false);
  });

  it("editionKeys(list, inputs, records) names a published edition by its record's digest, and a draft by its content", () => {
    const records = publish([], "2026-04", null, "2026-05-06");
    const list = listOf({ ...loaded, editions: records });
    const inputs = { ...KEY_INPUTS, presentation: presentation() };
    const keys = (r: ReadonlyMap<EditionRecord["content"], string>) => new Map([...editionKeys(list, inputs, r)].map(([e, k]) => [e.prefix, k]));
    const byContent = keys(new Map());
    const a = keys(new Map([[records[0]!.content, "a".repeat(64)]]));
    const b = keys(new Map([[records[0]!.content, "b".repeat(64)]]));
    // The record's digest, not its content, decides the published edition's key; the drafts' keys do not depend on it.
    expect(a.get("editions/2026-04/")).not.toBe(byContent.get("editions/2026-04/"));
    expect(b.get("editions/2026-04/")).not.toBe(a.get("editions/2026-04/"));
    for (const prefix of ["editions/2026-05/", "editions/2026-06/"]) {
      expect(a.get(prefix)).toBe(byContent.get(prefix));
      expect(b.get(prefix)).toBe(byContent.get(prefix));
    }
  });

  it("names the project pages an edition links to that the site does not have (they shape its pages)", () => {
    const list = listOf(loaded);
    expect(missingProjectPages(list, list.editions[0]!)).toEqual([]);
    const fewer: EditionList = { ...list, projectPages: new Set([...list.projectPages].filter((s) => s !== "p01")) };
    expect(missingProjectPages(fewer, list.editions[0]!)).toEqual(["p01"]);
  });

  it("buildEditionModel(a record published before the problem list and the departments were kept) has none of their pages, and still builds", () => {
    const list = listOf(loaded);
    const { departments: _d, leaders: _l, problems: _p, calendar: _c, ...older } = list.root.content;
    const ref = { ...list.root, content: older };
    expect(pageSet(older)).toMatchObject({ departments: [], leaders: [], problems: false });
    const model = buildEditionModel(ref, presentationOf(loaded.config, "/", null), list.projectPages);
    expect([model.departments, model.leaders, model.problems, model.calendar, model.departmentBoard]).toEqual([[], [], null, null, null]);
    // The current content has them all.
    expect(pageSet(list.root.content).problems).toBe(true);
    expect(buildEditionModel(list.root, presentationOf(loaded.config, "/", null), list.projectPages).departments.length).toBeGreaterThan(0);
  });
});
