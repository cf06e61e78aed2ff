import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { projectPageKeys } from "../../src/lib/build/pageCache.ts";
import { publishEdition } from "../../src/lib/io/publishEdition.ts";
import { formatFor } from "../../src/lib/i18n/format/index.ts";
import { t } from "../../src/lib/i18n/ui.ts";
import { toExcelCsv } from "../../src/lib/sample/excelCsv.ts";
import { generateProgramme, sampleFileStyle, sampleSiteYaml } from "../../src/lib/sample/index.ts";
import { searchRecords } from "../../src/lib/site/searchRecords.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { ROUTES } from "../../src/lib/site/urls.ts";
import { cleanEnv, listFiles, ROOT, TMP } from "../site/buildSite.ts";
import { modelsOf } from "../site/models.ts";

/**
 * Projects' pages from the build cache (src/lib/build/pageCache.ts), end to end with the real
 * command: a generated programme of two years is built without its last month, then with it on
 * the same cache from another folder of the same name, then without a cache. The second build
 * renders the pages of the projects on the new month's table or the month before's (their figures
 * or their presence changed) and copies the others; its output is the same, byte for byte, as the
 * build without a cache.
 */
const exec = promisify(execFile);
const WORK = path.join(TMP, "page-cache");
const DATA = path.join(WORK, "data");
// The new month is built from another folder of the same name: the keys must not hang on where the data lies.
const MOVED = path.join(WORK, "moved", "data");
const CACHE = path.join(WORK, "cache");
const LONG = 300_000;
// Tables from September 2025 only: seven editions keep the three builds short; 2025's projects that
// were not carried into 2026 are on the first four tables and not on the last two.
const generated = generateProgramme({ seed: 3, projects: 60, years: [2025, 2026], lastMonth: "2026-03" });
const programme = { ...generated, months: generated.months.filter((m) => m.month >= "2025-09") };
const last = programme.months.at(-1)!;
const before = programme.months.at(-2)!;

function writeMonths(dir: string, months: typeof programme.months): void {
  rmSync(path.join(dir, "snapshots"), { recursive: true, force: true });
  mkdirSync(path.join(dir, "snapshots"), { recursive: true });
  for (const { month, states } of months) writeFileSync(path.join(dir, "snapshots", `${month}.csv`), toExcelCsv(states, sampleFileStyle(month, programme.region, 2025, programme.categories)));
  writeFileSync(path.join(dir, "site.yaml"), sampleSiteYaml(programme));
}

async function build(data: string, out: string, ...flags: string[]): Promise<string> {
  const { stdout } = await exec("npx", ["tsx", "scripts/build.ts", "--data", data, "--out", path.join(WORK, out), ...flags], { cwd: ROOT, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** "2,000 projects' pages (300 to render, 1,700 from the cache)" → [2000, 300, 1700]. */
function projectCounts(log: string): number[] {
  const m = /([\d,]+) projects' pages \(([\d,]+) to render, ([\d,]+) from the cache\)/.exec(log);
  expect(m, log).not.toBeNull();
  return m!.slice(1).map((x) => Number(x.replace(/,/g, "")));
}

const bytes = (out: string, rel: string) => readFileSync(path.join(WORK, out, rel));
const ui = t("zh-CN");
const ids = (states: typeof last.states) => new Set(states.map((s) => s.id));

describe("projects' pages from the build cache", () => {
  let withoutLast: string;
  let newMonth: string;
  let models: SiteBuild;

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    writeMonths(DATA, programme.months.slice(0, -1));
    withoutLast = await build(DATA, "before", "--cache", CACHE);
    writeMonths(MOVED, programme.months);
    newMonth = await build(MOVED, "after", "--cache", CACHE);
    writeMonths(DATA, programme.months);
    await build(DATA, "fresh", "--no-cache");
    models = await modelsOf(DATA, "/");
  }, LONG);

  it("renders the pages of the projects on the new month's table or the month before's, and copies the others from the cache", () => {
    const [all, rendered, kept] = projectCounts(newMonth);
    expect(projectCounts(withoutLast)[2]).toBe(0);
    const moved = new Set([...ids(last.states), ...ids(before.states)]);
    expect(all).toBe(models.site.projects.length);
    if (all === undefined || kept === undefined) throw new Error(newMonth);
    expect(rendered).toBe(moved.size);
    // The generator carries only part of 2025's projects into 2026: the rest were not reported again.
    expect(kept).toBe(all - moved.size);
    expect(kept).toBeGreaterThanOrEqual(5);
  });

  it("writes the same bytes with the cache as without it, every file", () => {
    const files = listFiles(path.join(WORK, "fresh"));
    expect(listFiles(path.join(WORK, "after"))).toEqual(files);
    expect(files.filter((rel) => !bytes("after", rel).equals(bytes("fresh", rel)))).toEqual([]);
  });

  it("gives a project that was not on the last two tables the same page, which names no later month than its own", () => {
    const moved = new Set([...ids(last.states), ...ids(before.states)]);
    const still = models.site.projects.filter((p) => !moved.has(p.project.id));
    expect(still.length).toBeGreaterThanOrEqual(5);
    const fmt = formatFor("zh-CN");
    for (const p of still.slice(0, 10)) {
      const rel = `projects/${p.slug}/index.html`;
      expect(bytes("after", rel).equals(bytes("before", rel)), rel).toBe(true);
      // The frame names the project's own month (its figures' month), never the newest.
      const html = bytes("after", rel).toString("utf8");
      expect(html, rel).toContain(`data-as-of="${p.last.month}"`);
      expect(html, rel).toContain(ui.footer.asOf(fmt.month(p.last.month)));
      for (const later of [before.month, last.month]) {
        expect(html, rel).not.toContain(ui.asOfMonth(fmt.month(later)));
        expect(html, rel).not.toContain(ui.footer.asOf(fmt.month(later)));
        expect(html, rel).not.toContain(ui.editionBar.name(fmt.month(later)));
      }
    }
  });

  it("projectPageKeys(build, inputs) changes every key with the templates, and no key when nothing changes", () => {
    const inputs = { templates: "a", presentation: models.presentation, baseUrl: "https://example.org/", locale: "zh-CN" };
    const a = projectPageKeys(models, inputs);
    const again = projectPageKeys(models, inputs);
    const b = projectPageKeys(models, { ...inputs, templates: "b" });
    expect([...again]).toEqual([...a]);
    expect(a.size).toBe(models.site.projects.length);
    expect([...a].filter(([slug, key]) => b.get(slug) === key)).toEqual([]);
    expect(new Set(a.values()).size).toBe(a.size);
  });

  it("projectPageKeys(build, inputs) gives the same keys for the same data in another folder of the same name", async () => {
    const inputs = { templates: "a", presentation: models.presentation, baseUrl: "https://example.org/", locale: "zh-CN" };
    const moved = await modelsOf(MOVED, "/");
    expect(moved.site.projects[0]!.last.source.file.startsWith(MOVED)).toBe(true);
    expect([...projectPageKeys(moved, inputs)]).toEqual([...projectPageKeys(models, inputs)]);
  });
});

describe("a table added after the root, not yet published", () => {
  let a: SiteBuild;
  let b: SiteBuild;
  beforeAll(async () => {
    // The office publishes each month: every month but the last is published, then the last table is added as a draft.
    const before = path.join(WORK, "published-before", "data");
    const after = path.join(WORK, "published-after", "data");
    rmSync(path.dirname(before), { recursive: true, force: true });
    rmSync(path.dirname(after), { recursive: true, force: true });
    writeMonths(before, programme.months.slice(0, -1));
    for (const { month } of programme.months.slice(0, -1)) {
      const published = await publishEdition(before, month, { revise: null, date: `${month}-28` });
      expect(published.ok).toBe(true);
    }
    writeMonths(after, programme.months);
    cpSync(path.join(before, "editions"), path.join(after, "editions"), { recursive: true });
    [a, b] = [await modelsOf(before, "/"), await modelsOf(after, "/")];
  }, LONG);

  it("projectPageKeys(build, inputs) keeps every key when a table is added after the root, not yet published", () => {
    // The root is still the newest published month, and its projects' pages show nothing of the draft's table.
    expect(b.list.root.month).toBe(programme.months.at(-2)!.month);
    expect(a.list.root.month).toBe(b.list.root.month);
    const inputs = { templates: "a", presentation: a.presentation, baseUrl: "https://example.org/", locale: "zh-CN" };
    const keysBefore = projectPageKeys(a, inputs);
    const keysAfter = projectPageKeys(b, inputs);
    expect(keysAfter.size).toBe(keysBefore.size);
    expect([...keysAfter].filter(([slug, key]) => keysBefore.get(slug) !== key)).toEqual([]);
    // Projects on the draft's table are there: their keys did not change because the page does not show it.
    const onDraft = new Set(programme.months.at(-1)!.states.map((s) => s.id));
    expect(b.site.projects.filter((p) => onDraft.has(p.project.id)).length).toBeGreaterThan(0);
  });

  it("searchRecords(build) changes only the site-wide index's records when a table is added after the root, not yet published", () => {
    // So the build links the pages' index (nine in ten of the records and more) from the cache (build/searchIndex.ts).
    const of = (x: SiteBuild, index: string) => searchRecords(x).filter((r) => r.index === index);
    expect(of(b, "pages")).toEqual(of(a, "pages"));
    expect(of(b, "site").find((r) => r.url === `/${ROUTES.editions}`)).not.toEqual(of(a, "site").find((r) => r.url === `/${ROUTES.editions}`));
  });
});
