import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printBulletins, steadyPdf } from "../../src/lib/build/bulletinPdf.ts";
import { launchChromium } from "../../src/lib/audit/lookAtSite.ts";
import { formatFor } from "../../src/lib/i18n/format/index.ts";
import { startStaticServer } from "../../src/lib/io/staticServer.ts";
import { buildSite, listFiles, TMP } from "../site/buildSite.ts";

/**
 * The bulletin printed to PDF in Debian's Chromium and read back with poppler's pdfinfo and
 * pdftotext (Debian's poppler-utils, which the test command installs): A4 pages with the running
 * header and page numbers, every table row whole on one page and in the words and numbers of the
 * web page, the same bytes twice. `npm run build -- --pdf` end to end on the small English site.
 */
const strip = (s: string) => s.replace(/\s+/g, "");

function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync("pdfinfo", ["-isodates", file], { encoding: "utf8" });
  return Object.fromEntries(out.split("\n").filter((l) => l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
}

/** Each page's text in the order it was drawn (-raw: a table row's cells one after another). */
function pdfPages(file: string): string[] {
  const pages = Number(pdfInfo(file).Pages);
  return Array.from({ length: pages }, (_, k) => execFileSync("pdftotext", ["-raw", "-f", String(k + 1), "-l", String(k + 1), file, "-"], { encoding: "utf8" }));
}

/** The rows of the bulletin's tables (from its HTML) whose text is not whole on any one page of the PDF. */
function rowsNotWhole(html: string, pages: string[]): string[] {
  const { document } = parseHTML(html);
  const texts = pages.map(strip);
  return [...document.querySelectorAll(".bulletin tbody tr")].map((r) => strip(r.textContent ?? "")).filter((row) => !texts.some((p) => p.includes(row)));
}

function rowCount(html: string): number {
  return parseHTML(html).document.querySelectorAll(".bulletin tbody tr").length;
}

/** Every link target in a PDF (its /URI actions). */
const pdfLinks = (file: string) => [...readFileSync(file, "latin1").matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);

const SAMPLE = { base: "/", origin: "https://example.org" };

describe("printBulletins(options) over the sample", () => {
  let site: string;
  const into = path.join(TMP, "bulletin-print");
  let files: string[];
  let html: string;
  let pages: string[];
  beforeAll(async () => {
    site = (await buildSite("site", "data")).out;
    rmSync(into, { recursive: true, force: true });
    ({ files } = await printBulletins({ ...SAMPLE, siteDir: site, editions: [
      { prefix: "", day: "2026-10-08" },
      { prefix: "editions/2026-06/", day: "2026-07-10" },
    ], into }));
    html = readFileSync(path.join(site, "bulletin/index.html"), "utf8");
    pages = pdfPages(files[0]!);
  }, 600_000);

  it("printBulletins({ siteDir, editions, into }) writes each edition's bulletin.pdf under `into`, leaving the site as it was", () => {
    expect(files).toEqual([path.join(into, "bulletin/bulletin.pdf"), path.join(into, "editions/2026-06/bulletin/bulletin.pdf")]);
    for (const f of files) expect(readFileSync(f).subarray(0, 5).toString()).toBe("%PDF-");
    expect(existsSync(path.join(site, "bulletin/bulletin.pdf"))).toBe(false);
  });

  it("printBulletins(site) gives tagged A4 portrait pages, each with the bulletin's running header and 'page / pages' at its foot", () => {
    const info = pdfInfo(files[0]!);
    expect(info["Page size"]).toMatch(/^594\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(info.Tagged).toBe("yes");
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(20);
    const { document } = parseHTML(html);
    const heading = strip(document.querySelector(".bulletin h1")!.textContent!);
    expect(strip(pages[0]!)).toContain(heading);
    pages.forEach((text, k) => {
      const t = strip(text);
      expect(t, `page ${k + 1}`).toContain("星湾市重点项目建设进展通报·2026年9月");
      expect(t, `page ${k + 1}`).toContain(`${k + 1}/${pages.length}`);
    });
    // The site's frame is not printed: no navigation, no footer.
    expect(pages.join("")).not.toContain("跳到正文");
  });

  it("printBulletins(site) keeps every row of every table whole on one page, in the words and numbers of the web page", () => {
    expect(rowCount(html)).toBeGreaterThan(100);
    expect(rowsNotWhole(html, pages)).toEqual([]);
    // The summary paragraph and the headline figures, as on the page.
    const { document } = parseHTML(html);
    const all = strip(pages.join(""));
    expect(all).toContain(strip(document.querySelector(".bulletin-summary")!.textContent!));
    expect(all).toContain("年度投资完成率68.5%");
    // The sample has more warnings than the bulletin lists: it says how many and where the rest are, as a full address for paper.
    const warnings = document.querySelectorAll("#bulletin-warnings tbody tr").length;
    expect(warnings).toBe(60);
    expect(all).toMatch(/以上列出60条，共\d+条，全部见网站：https:\/\/example\.org\/editions\/2026-09\/warnings\//);
  });

  it("printBulletins(site) prints the edition's figures: the headline figures and the district board equal its open data (data/indicators.json)", () => {
    const content = JSON.parse(readFileSync(path.join(site, "data/indicators.json"), "utf8"));
    const d = formatFor("zh-CN");
    const i = content.programme.indicators;
    const all = strip(pages.join(""));
    const figures: Array<[string, string]> = [
      ["年度投资完成率", d.percent(i.completionRate)],
      ["时序进度", d.percent(i.timeProgress)],
      ["本年完成投资", d.money(i.ytdCompleted)],
      ["年度计划投资", d.money(i.annualPlan)],
      ["开工率", d.percent(i.startRate)],
      ["竣工率", d.percent(i.finishRate)],
      ["重点项目", d.count(i.projects)],
      ["预警项目", d.count(new Set(content.warnings.map((w: { key: string }) => w.key)).size)],
    ];
    for (const [label, value] of figures) expect(all, label).toContain(strip(`${label}${value}`));
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const completion = new Map(content.districts.map((x: { name: string; indicators: { completionRate: number } }) => [x.name, x.indicators.completionRate]));
    expect(content.board.entries.length).toBeGreaterThan(5);
    for (const e of content.board.entries) {
      const row = new RegExp(`${e.rank}${escape(e.name)}\\D*${escape(d.score(e.score))}${escape(d.percent(completion.get(e.name) as number))}`);
      expect(all, e.name).toMatch(row);
    }
  });

  it("printBulletins(site) prints a corrected edition's bulletin with its correction note", () => {
    const text = strip(pdfPages(files[1]!).join(""));
    expect(text).toContain("更正说明：");
    expect(text).toContain("（2026年6月）");
  });

  it("printBulletins(site) links the published site (origin and base path), not the local server it printed from", () => {
    const links = pdfLinks(files[0]!);
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) expect(l).toMatch(/^https:\/\/example\.org\//);
    expect(links).toContain("https://example.org/districts/qingfeng/");
  });

  it("printBulletins(site) gives the same bytes printed twice, dated the day it is given", async () => {
    const again = path.join(TMP, "bulletin-print-again");
    rmSync(again, { recursive: true, force: true });
    const second = await printBulletins({ ...SAMPLE, siteDir: site, editions: [{ prefix: "", day: "2026-10-08" }], into: again });
    expect(readFileSync(second.files[0]!).equals(readFileSync(files[0]!))).toBe(true);
    expect(pdfInfo(files[0]!).CreationDate).toBe("2026-10-08T00:00:00Z");
    expect(pdfInfo(files[1]!).ModDate).toBe("2026-07-10T00:00:00Z");
  });

  it("rowsNotWhole(html, pages) finds a row that a page break cut in two (the check above can fail)", async () => {
    const server = await startStaticServer(site, "/");
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}bulletin/`, { waitUntil: "load" });
      // One warning row taller than a page, its last cell's text pushed below its first cells', must break across pages.
      await page.addStyleTag({ content: "#bulletin-warnings tbody tr:nth-child(3) td:last-child { padding-top: 1200px }" });
      const file = path.join(TMP, "bulletin-split.pdf");
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const { document } = parseHTML(html);
      const third = strip(document.querySelector("#bulletin-warnings tbody tr:nth-child(3)")!.textContent!);
      expect(rowsNotWhole(html, pdfPages(file))).toContain(third);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe("npm run build -- --pdf (test/fixtures/site-reader: English, under /journal/)", () => {
  let out: string;
  let log: string;
  let bulletins: string[];
  beforeAll(async () => {
    ({ out, log } = await buildSite("site-reader-pdf", "test/fixtures/site-reader", ["--pdf"]));
    bulletins = listFiles(out).filter((f) => f.endsWith("bulletin/index.html"));
  }, 600_000);

  it("build --pdf puts bulletin.pdf beside every edition's bulletin page, and the bulletin and downloads pages link it", () => {
    expect(bulletins.length).toBeGreaterThanOrEqual(4);
    const printed = Number(/bulletins: (\d+) printed to PDF/.exec(log)?.[1]);
    expect(printed).toBeGreaterThan(0);
    for (const b of bulletins) {
      const dir = path.dirname(b);
      expect(existsSync(path.join(out, dir, "bulletin.pdf")), dir).toBe(true);
      const link = parseHTML(readFileSync(path.join(out, b), "utf8")).document.querySelector("a[data-bulletin-pdf]");
      expect(link?.getAttribute("href"), b).toBe(`/journal/${dir}/bulletin.pdf`);
      const downloads = readFileSync(path.join(out, dir, "../downloads/index.html"), "utf8");
      expect(parseHTML(downloads).document.querySelector("a[data-bulletin-pdf]")?.getAttribute("href"), dir).toBe(`/journal/${dir}/bulletin.pdf`);
    }
  });

  it("build --pdf prints the English bulletin: its heading, its running header, every row whole, dated its publication day", () => {
    const html = readFileSync(path.join(out, "bulletin/index.html"), "utf8");
    const pdf = path.join(out, "bulletin/bulletin.pdf");
    const pages = pdfPages(pdf);
    const { document } = parseHTML(html);
    expect(strip(pages[0]!)).toContain(strip(document.querySelector(".bulletin h1")!.textContent!));
    for (const p of pages) expect(strip(p)).toContain("HarbourCitykeyprojects·");
    expect(rowsNotWhole(html, pages)).toEqual([]);
    // A published edition's PDF carries its publication day (editions/2026-08/r1.json: 2026-09-08, also at the root), the draft of 2026-09 the 28th of its month.
    expect(pdfInfo(path.join(out, "editions/2026-08/bulletin/bulletin.pdf")).CreationDate).toBe("2026-09-08T00:00:00Z");
    expect(pdfInfo(path.join(out, "editions/2026-09/bulletin/bulletin.pdf")).CreationDate).toBe("2026-09-28T00:00:00Z");
    // Links to the site under its base path.
    const links = pdfLinks(pdf);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/^https:\/\/example\.org\/journal\//);
  });

  it("build without --pdf prints none and links none", async () => {
    const plain = (await buildSite("site-reader", "test/fixtures/site-reader")).out;
    expect(listFiles(plain).filter((f) => f.endsWith(".pdf"))).toEqual([]);
    expect(readFileSync(path.join(plain, "bulletin/index.html"), "utf8")).not.toContain("data-bulletin-pdf");
    expect(readFileSync(path.join(plain, "downloads/index.html"), "utf8")).not.toContain("data-bulletin-pdf");
  });
});

afterAll(() => {
  rmSync(path.join(TMP, "bulletin-print-again"), { recursive: true, force: true });
});

describe("steadyPdf(pdf, day)", () => {
  it("steadyPdf(pdf, day) sets /CreationDate and /ModDate to the day and numbers the structure IDs in their order, keeping the file's length", () => {
    const pdf = Buffer.from(
      "%PDF-1.4\n<< /CreationDate (D:20261130143501+00'00') /ModDate (D:20261130143501+00'00') >>\n" +
        "<< /ID (node00000107) >> << /ID (node00000102) >> << /Names [(node00000102) 5 0 R (node00000107) 6 0 R] >>\n",
      "latin1",
    );
    const fixed = steadyPdf(pdf, "2026-10-08");
    expect(fixed.length).toBe(pdf.length);
    expect(fixed.toString("latin1")).toBe(
      "%PDF-1.4\n<< /CreationDate (D:20261008000000+00'00') /ModDate (D:20261008000000+00'00') >>\n" +
        "<< /ID (node00000002) >> << /ID (node00000001) >> << /Names [(node00000001) 5 0 R (node00000002) 6 0 R] >>\n",
    );
  });
});
