import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUDGETS, checkBudgets, type BudgetProblem } from "../../src/lib/audit/budgets.ts";
import { readBuiltSite } from "../../src/lib/audit/readBuiltSite.ts";
import { headersFile } from "../../src/lib/hosting/headersFile.ts";
import { buildSite, type BuiltSite } from "../site/buildSite.ts";

/**
 * The page budgets over the real built sample (the same check as `npm run budgets`), and each
 * rule shown to catch a defect planted in a copy of real built pages.
 */
describe("page budgets of the built sample", () => {
  let built: BuiltSite;
  let tmp: string;
  /** A folder holding copies of three real pages, _astro/ and the scripts they load. */
  let pristine: string;
  let home: string;
  let district: string;
  let project: string;

  beforeAll(async () => {
    built = await buildSite("site", "data");
    const all = readBuiltSite(built.out).pages.map((p) => p.path);
    home = "index.html";
    district = all.find((p) => /^districts\/[^/]+\/index\.html$/.test(p))!;
    project = all.find((p) => /^projects\/(?!page\/)[^/]+\/index\.html$/.test(p))!;
    expect([district, project]).toEqual([expect.any(String), expect.any(String)]);

    tmp = mkdtempSync(path.join(os.tmpdir(), "site-budgets-"));
    pristine = path.join(tmp, "pristine");
    mkdirSync(pristine);
    cpSync(path.join(built.out, "_astro"), path.join(pristine, "_astro"), { recursive: true });
    for (const page of [home, district, project]) {
      const html = readFileSync(path.join(built.out, page), "utf8");
      mkdirSync(path.dirname(path.join(pristine, page)), { recursive: true });
      writeFileSync(path.join(pristine, page), html);
      for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="\/([^"?#]+)[^"]*"/g)) {
        mkdirSync(path.dirname(path.join(pristine, src!)), { recursive: true });
        cpSync(path.join(built.out, src!), path.join(pristine, src!));
      }
    }
  }, 600_000);

  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** A fresh copy of the pristine pages with `edit` applied to one of them; its budget problems. */
  let copies = 0;
  function plant(page: string, edit: (html: string) => string, extra: Record<string, string> = {}): BudgetProblem[] {
    const dir = path.join(tmp, `copy-${++copies}`);
    cpSync(pristine, dir, { recursive: true });
    const file = path.join(dir, page);
    const html = readFileSync(file, "utf8");
    const edited = edit(html);
    expect(edited, "the defect was planted").not.toBe(html);
    writeFileSync(file, edited);
    for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
    const site = readBuiltSite(dir);
    expect(site.pages.map((p) => p.path).sort()).toEqual([home, district, project].sort());
    return checkBudgets(site.pages, site.fileSize, "/");
  }
  const beforeBodyEnd = (insert: string) => (html: string) => html.replace("</body>", `${insert}</body>`);

  it("checkBudgets(every page of the built sample) finds no problem", () => {
    const { pages, fileSize } = readBuiltSite(built.out);
    expect(pages.length).toBeGreaterThan(500);
    expect(checkBudgets(pages, fileSize, "/")).toEqual([]);
  });

  it("checkBudgets(an unmodified copy of the home, a district and a project page) finds no problem", () => {
    const site = readBuiltSite(pristine);
    expect(site.pages.map((p) => p.path).sort()).toEqual([home, district, project].sort());
    expect(checkBudgets(site.pages, site.fileSize, "/")).toEqual([]);
  });

  it("checkBudgets(a copy of a district page padded over 100 KB) reports html-size for that page", () => {
    const problems = plant(district, beforeBodyEnd(`<!--${"x".repeat(BUDGETS.html)}-->`));
    expect(problems).toEqual([{ page: district, rule: "html-size", detail: expect.stringMatching(new RegExp(`^\\d+ bytes > ${BUDGETS.html}$`)) }]);
  });

  it("checkBudgets(a copy of a project page loading a 30 KB local script) reports js-size for that page", () => {
    const problems = plant(project, beforeBodyEnd('<script type="module" src="/big.js"></script>'), { "big.js": `// ${"x".repeat(30 * 1024)}\n` });
    expect(problems).toEqual([{ page: project, rule: "js-size", detail: expect.stringMatching(new RegExp(`^\\d+ bytes > ${BUDGETS.js}$`)) }]);
  });

  it("checkBudgets(a copy of the home page with an image from another origin) reports external-request for that page", () => {
    const problems = plant(home, beforeBodyEnd('<img src="https://cdn.example.com/x.png" width="1" height="1" alt="">'));
    expect(problems).toEqual([{ page: home, rule: "external-request", detail: "img[src] https://cdn.example.com/x.png" }]);
  });

  it("checkBudgets(a copy of a district page with an image without width and height) reports image-dimensions for that page", () => {
    const problems = plant(district, beforeBodyEnd('<img src="/x.png" alt="">'));
    expect(problems).toEqual([{ page: district, rule: "image-dimensions", detail: "/x.png" }]);
  });

  it("checkBudgets(a copy of a project page with an inline script) reports inline-script for that page", () => {
    const problems = plant(project, beforeBodyEnd("<script>alert(1)</script>"));
    expect(problems).toEqual([{ page: project, rule: "inline-script", detail: "alert(1)" }]);
  });

  it('the build writes _headers equal to headersFile("/")', () => {
    expect(readFileSync(path.join(built.out, "_headers"), "utf8")).toBe(headersFile("/"));
  });
});
