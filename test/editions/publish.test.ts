import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { t } from "../../src/lib/i18n/ui.ts";
import { ROUTES } from "../../src/lib/site/urls.ts";
import { cleanEnv, listFiles, ROOT, TMP } from "../site/buildSite.ts";
import { checkLinks, parsePage } from "../site/links.ts";

/**
 * Editions end to end, with the real commands on a copy of the sample: publish September and
 * October 2026, build; change the ranking weights in site.yaml and build again without the cache
 * (the published editions' pages do not change by a byte, a draft's do), then put them back;
 * alter September's snapshot (the build refuses and writes nothing); publish a revision
 * (September shows r2 with its note on every page, r1 stays at /editions/2026-09/r1/, only
 * those two are rendered, the rest come from the cache); build again with the cache (no
 * edition rendered, the same bytes).
 */
const exec = promisify(execFile);
const WORK = path.join(TMP, "editions");
const DATA = path.join(WORK, "data");
const CACHE = path.join(WORK, "cache");
const out = (name: string) => path.join(WORK, name);
const ui = t("zh-CN");
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const LONG = 300_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(script: string, args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await exec("npx", ["tsx", `scripts/${script}.ts`, ...args], { cwd: ROOT, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : 1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

const build = (name: string, ...flags: string[]) => run("build", ["--data", DATA, "--out", out(name), ...flags]);
const publish = (...args: string[]) => run("publish", ["--data", DATA, ...args]);

/** An edition's own HTML files (not those of the revisions kept inside its directory). */
function editionFiles(dir: string, prefix: string): string[] {
  return listFiles(path.join(dir, prefix))
    .filter((f) => f.endsWith(".html") && !/^r\d+\//.test(f))
    .map((f) => `${prefix}${f}`);
}

/** The root's own pages: every page whose address is an edition page (not a project or site-wide page). */
function rootEditionFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => f.endsWith(".html") && !/^(editions|projects\/[^/]+|methodology|about|data-quality|search|embed\/[^/]+)\//.test(f) && f !== "404.html");
}

const bytes = (dir: string, rel: string) => readFileSync(path.join(dir, rel));

/** Add `add` 万元 to one project's year-to-date investment in a snapshot (GB18030, as the sample's September is). */
function alterSnapshot(file: string, id: string, add: number): void {
  const raw = readFileSync(file);
  const encoding = raw[0] === 0xef && raw[1] === 0xbb ? "utf8" : "gb18030";
  const lines = iconv.decode(raw, encoding).split("\r\n");
  const header = lines.findIndex((l) => l.includes("完成投资"));
  const columns = Papa.parse<string[]>(lines[header]!).data[0]!;
  const ytd = columns.findIndex((c) => /^1-\d+月完成投资/.test(c));
  const i = lines.findIndex((l) => Papa.parse<string[]>(l).data[0]?.[1] === id);
  expect(i, `${id} in ${file}`).toBeGreaterThan(header);
  const cells = Papa.parse<string[]>(lines[i]!).data[0]!;
  cells[ytd] = String(Number(cells[ytd]!.replace(/,/g, "")) + add);
  lines[i] = Papa.unparse([cells], { newline: "\r\n" });
  writeFileSync(file, iconv.encode(lines.join("\r\n"), encoding));
}

describe("publishing editions (a copy of data/ with 2026-09 and 2026-10 published)", () => {
  let first: Run;

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    for (const part of ["site.yaml", "snapshots", "notes", "geo"]) if (existsSync(path.join(ROOT, "data", part))) cpSync(path.join(ROOT, "data", part), path.join(DATA, part), { recursive: true });
    const sept = await publish("--month", "2026-09", "--date", "2026-10-08");
    expect(sept.code, sept.stderr).toBe(0);
    const oct = await publish("--month", "2026-10", "--date", "2026-11-06");
    expect(oct.code, oct.stderr).toBe(0);
    first = await build("out1", "--cache", CACHE);
    expect(first.code, first.stderr).toBe(0);
    // A first build checks each record's content itself.
    expect(first.stdout).toMatch(/^load: 20 tables, 180 projects, 2 published editions \(0 checked by an earlier build\) in /m);
  }, LONG);

  it("writes compact records (about 400 KB) and refuses to publish a month again without --revise", async () => {
    for (const month of ["2026-09", "2026-10"]) {
      const file = path.join(DATA, "editions", month, "r1.json");
      const size = statSync(file).size;
      console.log(`record ${month}/r1.json: ${(size / 1024).toFixed(0)} KB`);
      expect(size).toBeLessThan(800 * 1024);
      const record = JSON.parse(readFileSync(file, "utf8")) as { content: { changes?: { previous: string }; rules?: unknown } };
      expect(record.content.rules).toBeDefined();
      expect(record.content.changes?.previous).toBe(month === "2026-09" ? "2026-08" : "2026-09");
    }
    const again = await publish("--month", "2026-09", "--date", "2026-10-09");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('2026-09 期已经发布，已发布的期次不能覆盖。如需更正，请说明原因：npm run publish -- --month 2026-09 --revise "更正原因"');
    expect(existsSync(path.join(DATA, "editions", "2026-09", "r2.json"))).toBe(false);
  });

  it("labels published editions with their revision and date, and the others as not yet published", () => {
    expect(first.stdout).toContain("compute: 20 editions (20 to render, 0 from the cache)");
    const label = (rel: string) => parsePage(path.join(out("out1"), rel)).querySelector(".edition-bar [data-edition]")!;
    expect(label("editions/2026-09/index.html").getAttribute("data-status")).toBe("published");
    expect(label("editions/2026-09/index.html").getAttribute("data-revision")).toBe("1");
    expect(text(label("editions/2026-09/boards/index.html"))).toContain(ui.editionBar.publishedOn("2026年10月8日"));
    expect(label("editions/2026-08/index.html").getAttribute("data-status")).toBe("draft");
    expect(parsePage(path.join(out("out1"), "editions/2026-08/index.html")).querySelector("[data-draft]")).not.toBeNull();
    expect(parsePage(path.join(out("out1"), "editions/2026-09/index.html")).querySelector("[data-draft]")).toBeNull();
    const index = parsePage(path.join(out("out1"), "editions/index.html"));
    expect(index.querySelector('tr[data-month="2026-09"]')?.getAttribute("data-status")).toBe("published");
    expect(index.querySelector('tr[data-month="2026-08"]')?.getAttribute("data-status")).toBe("draft");
  });

  it("makes the root the newest published edition: its pages' main content equals /editions/2026-10/'s", () => {
    const dir = out("out1");
    expect(parsePage(path.join(dir, "index.html")).querySelector(".edition-bar [data-edition]")?.getAttribute("data-edition")).toBe("2026-10");
    const pages = rootEditionFiles(dir);
    expect(pages.length).toBeGreaterThan(15);
    for (const rel of pages) {
      const root = parsePage(path.join(dir, rel)).querySelector("main")!;
      const edition = parsePage(path.join(dir, `editions/2026-10/${rel}`)).querySelector("main")!;
      expect(text(root), rel).toBe(text(edition));
      // The same markup once the edition's own links are read as the root's.
      expect(root.innerHTML, rel).toBe(edition.innerHTML.replaceAll('href="/editions/2026-10/', 'href="/'));
    }
  });

  it("lists on the published September edition's changes page what the tables say changed since August: 禾溪实验小学扩建工程 started, 汀岚区 won a red flag", () => {
    // data/snapshots/2026-08.csv: XW2026-013 禾溪实验小学扩建工程 (汀岚区) 新开工, 未开工;
    // data/snapshots/2026-09.csv (GB18030): 在建, actual start 2026年9月.
    const page = parsePage(path.join(out("out1"), "editions/2026-09/changes/index.html"));
    const started = [...page.querySelectorAll("#started li")].map((li) => text(li));
    expect(started.some((s) => s.startsWith("禾溪实验小学扩建工程"))).toBe(true);
    expect(page.querySelector('#started li[data-key="id:XW2026-013"] a')?.getAttribute("href")).toBe("/projects/xw2026-013/");
    const flag = page.querySelector('#flag-changes li[data-district="汀岚区"]');
    expect(flag?.getAttribute("data-to")).toBe("red");
    expect(text(page.querySelector("[data-against]"))).toContain(ui.changes.againstDraft("2026年8月"));
  });

  it("keeps every published page byte for byte when site.yaml's ranking weights change, while a draft month's board changes", async () => {
    const yaml = path.join(DATA, "site.yaml");
    const original = readFileSync(yaml, "utf8");
    writeFileSync(yaml, original.replace(/gap: 50\n(\s+)startRate: 30\n(\s+)finishRate: 20/, "gap: 10\n$1startRate: 10\n$2finishRate: 80"));
    expect(readFileSync(yaml, "utf8")).not.toBe(original);
    const second = await build("out2", "--no-cache").finally(() => writeFileSync(yaml, original));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("compute: 20 editions (20 to render, 0 from the cache)");
    const published = [...editionFiles(out("out1"), "editions/2026-09/"), ...editionFiles(out("out1"), "editions/2026-10/"), ...rootEditionFiles(out("out1"))];
    expect(published.length).toBeGreaterThan(40);
    const changed = published.filter((rel) => !bytes(out("out1"), rel).equals(bytes(out("out2"), rel)));
    expect(changed).toEqual([]);
    // A draft is computed from the data with today's rules: August's board is ranked differently.
    const order = (dir: string) => [...parsePage(path.join(dir, "editions/2026-08/boards/index.html")).querySelectorAll("#board-table tbody tr")].map((r) => r.getAttribute("data-district"));
    expect(order(out("out2"))).not.toEqual(order(out("out1")));
    // The methodology page shows today's rules.
    expect(text(parsePage(path.join(out("out2"), "methodology/index.html")).querySelector('#weights-table [data-component="finishRate"] td'))).toBe("80");
  }, LONG);

  it("refuses to build when a published month's snapshot was altered: exit 1, the file and how to revise, nothing written", async () => {
    const snapshot = path.join(DATA, "snapshots", "2026-09.csv");
    alterSnapshot(snapshot, "XW2026-013", 10_000);
    const before = listFiles(out("out2")).map((f) => `${f}:${statSync(path.join(out("out2"), f)).mtimeMs}`);
    const cacheBefore = listFiles(CACHE).length;
    const refused = await run("build", ["--data", DATA, "--out", out("out2"), "--cache", CACHE]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `${path.join(DATA, "snapshots", "2026-09.csv")} 2026-09 期已于 2026-10-08 发布（第1版），但此快照文件此后被改动过（校验和不符）。请恢复原文件；如确需更正数据，请运行 npm run publish -- --month 2026-09 --revise "更正原因" 发布修订版`,
    );
    expect(listFiles(out("out2")).map((f) => `${f}:${statSync(path.join(out("out2"), f)).mtimeMs}`)).toEqual(before);
    expect(listFiles(CACHE).length).toBe(cacheBefore);
  }, LONG);

  it("publishes a revision: /editions/2026-09/ shows r2 and its note on every page, /editions/2026-09/r1/ keeps the original figures", async () => {
    const note = "更正：禾溪实验小学扩建工程1-9月完成投资漏报1亿元";
    const revised = await publish("--month", "2026-09", "--revise", note, "--date", "2026-10-20");
    expect(revised.code, revised.stderr).toBe(0);
    const third = await build("out3", "--cache", CACHE);
    expect(third.code, third.stderr).toBe(0);
    // Only September's two revisions are rendered; every other edition's key is unchanged since out1.
    expect(third.stdout).toContain("compute: 21 editions (2 to render, 19 from the cache)");
    const dir = out("out3");
    const current = editionFiles(dir, "editions/2026-09/");
    const r1 = editionFiles(dir, "editions/2026-09/r1/");
    expect(current.length).toBeGreaterThan(15);
    expect(r1.map((f) => f.replace("r1/", ""))).toEqual(current);
    for (const rel of current) {
      const page = parsePage(path.join(dir, rel));
      if (rel.includes("/embed/")) {
        // Embeds have no site chrome, but a corrected edition's chart still says so.
        expect(text(page.querySelector('aside[role="note"][data-correction]')), rel).toContain(note);
        continue;
      }
      expect(page.querySelector(".edition-bar [data-edition]")?.getAttribute("data-revision"), rel).toBe("2");
      const aside = page.querySelector('main aside[role="note"][data-correction]');
      expect(text(aside), rel).toContain(note);
      expect(aside?.querySelector('a[href="/editions/2026-09/r1/"]'), rel).not.toBeNull();
    }
    for (const rel of r1.filter((f) => !f.includes("/embed/"))) {
      const page = parsePage(path.join(dir, rel));
      expect(page.querySelector(".edition-bar [data-edition]")?.getAttribute("data-revision"), rel).toBe("1");
      const notice = page.querySelector('main aside[role="note"][data-superseded]');
      expect(text(notice), rel).toContain(note);
      expect(notice?.querySelector('a[href="/editions/2026-09/"]'), rel).not.toBeNull();
    }
    // The figures: r1 is what was published on 8 October, r2 has the extra 1亿元.
    const ytd = (rel: string, d = dir) => text(parsePage(path.join(d, rel)).querySelector('[data-figure="ytd"] .value'));
    expect(ytd("editions/2026-09/r1/index.html")).toBe(ytd("editions/2026-09/index.html", out("out1")));
    expect(ytd("editions/2026-09/index.html")).not.toBe(ytd("editions/2026-09/r1/index.html"));
    expect(Number(ytd("editions/2026-09/index.html").replace(/[^\d.]/g, "")) - Number(ytd("editions/2026-09/r1/index.html").replace(/[^\d.]/g, ""))).toBeCloseTo(1, 2);
    // October stays as published, byte for byte (it compared itself with September r1 when it was published),
    // and so do the drafts around September: the cache gave out1's bytes.
    const october = editionFiles(out("out1"), "editions/2026-10/");
    expect(october.filter((rel) => !bytes(out("out1"), rel).equals(bytes(dir, rel)))).toEqual([]);
    // And the same bytes as a fresh render: out2 rendered October without the cache.
    expect(october.filter((rel) => !bytes(out("out2"), rel).equals(bytes(dir, rel)))).toEqual([]);
    // The index lists both revisions with the note.
    const row = parsePage(path.join(dir, "editions/index.html")).querySelector('tr[data-month="2026-09"]')!;
    expect(row.getAttribute("data-revisions")).toBe("2");
    expect(row.querySelectorAll(".revision-list li").length).toBe(2);
    expect(text(row)).toContain(note);
  }, LONG);

  it("resolves every internal link on every page, the editions' previous/next/latest links included", () => {
    const dir = out("out3");
    const html = listFiles(dir).filter((f) => f.endsWith(".html"));
    const { checked, problems } = checkLinks(dir, "/", html);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(html.length * 10);
    // Each edition page links to the previous and next months' editions where they exist.
    // Embed pages carry no site chrome by design (they live in other sites' iframes).
    for (const rel of html.filter((f) => f.startsWith("editions/2026-09/") && !f.includes("/embed/"))) {
      const page = parsePage(path.join(dir, rel));
      expect(page.querySelector('a[data-nav="previous"]')?.getAttribute("href"), rel).toMatch(/^\/editions\/2026-08\//);
      expect(page.querySelector('a[data-nav="next"]')?.getAttribute("href"), rel).toMatch(/^\/editions\/2026-10\//);
      expect(page.querySelector('a[data-nav="latest"]')?.getAttribute("href"), rel).toMatch(/^\/(?!editions)/);
    }
    // A district page links to the same district in the neighbouring editions.
    const district = parsePage(path.join(dir, `editions/2026-09/${ROUTES.district("tinglan")}index.html`));
    expect(district.querySelector('a[data-nav="previous"]')?.getAttribute("href")).toBe(`/editions/2026-08/${ROUTES.district("tinglan")}`);
  });

  it("copies unchanged editions from the cache: a second build renders none and writes the same bytes", async () => {
    const fourth = await build("out4", "--cache", CACHE);
    expect(fourth.code, fourth.stderr).toBe(0);
    expect(fourth.stdout).toContain("compute: 21 editions (0 to render, 21 from the cache)");
    // The three records' bytes were checked by the build before (build/recordCache.ts).
    expect(fourth.stdout).toMatch(/^load: 20 tables, 180 projects, 3 published editions \(3 checked by an earlier build\) in /m);
    expect(fourth.stdout).toMatch(/search: [\d,]+ pages in 2 indexes \(pagefind\/: [\d,]+ linked from the cache, as no record changed; pagefind-site\/: 4 linked from the cache, as no record changed\)/);
    const a = listFiles(out("out3"));
    expect(listFiles(out("out4"))).toEqual(a);
    expect(a.filter((rel) => !bytes(out("out3"), rel).equals(bytes(out("out4"), rel)))).toEqual([]);
  }, LONG);

  it("refuses to build when a published record was edited, though the build cache knows the record as it was", async () => {
    const file = path.join(DATA, "editions", "2026-10", "r1.json");
    const original = readFileSync(file, "utf8");
    const record = JSON.parse(original) as { content: { computed: { programme: { indicators: { projects: number } } } } };
    record.content.computed.programme.indicators.projects += 1;
    writeFileSync(file, JSON.stringify(record));
    try {
      const cacheBefore = listFiles(CACHE).length;
      const refused = await build("out5", "--cache", CACHE);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`${file} 已发布的 2026-10 期记录（第1版）被改动过：内容校验和不符。`);
      expect(existsSync(out("out5"))).toBe(false);
      expect(listFiles(CACHE).length).toBe(cacheBefore);
    } finally {
      writeFileSync(file, original);
    }
  }, LONG);
});
