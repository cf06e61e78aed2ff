import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import type { ProjectState } from "../../src/lib/data/model.ts";
import { formatFor, formatPercent } from "../../src/lib/i18n/format/index.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import type { EditionModel } from "../../src/lib/site/editionModel.ts";
import { ROUTES } from "../../src/lib/site/urls.ts";
import { buildSite, ROOT, type BuiltSite } from "./buildSite.ts";
import { parsePage } from "./links.ts";
import { modelsOf } from "./models.ts";

/**
 * The office's mechanisms on the sample site (issue 14): the problem list, the lead departments
 * and leaders, the half-year summary and the year's board. Every figure checked here is computed
 * again in this file from the loaded tables, by plain sums and counts, not by the code under test.
 */
let built: BuiltSite;
let model: EditionModel;
let states: ProjectState[];
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const doc = (rel: string) => parsePage(path.join(built.out, rel));

beforeAll(async () => {
  built = await buildSite("site", "data");
  model = (await modelsOf("data", "/")).edition("");
  const loaded = await loadDataDir(path.join(ROOT, "data"));
  states = loaded.programme!.snapshots.find((s) => s.month === model.latest.month)!.states;
}, 600_000);

describe("the sample's mechanisms, against an independent computation", () => {
  it("the problem list counts as open every problem reported by a project not finished, a numbered cell as several", () => {
    // Items of a cell: "1.资金缺口较大；\n2.需协调申报专项债券" is two problems.
    const items = (cell: string) =>
      cell
        .split(/[；;\n]+/)
        .map((x) => x.replace(/^\s*\d+[.、．]\s*/, "").trim())
        .filter((x) => x !== "");
    const withProblem = states.filter((s) => s.problems !== null && s.status !== "completed");
    const expected = withProblem.flatMap((s) => items(s.problems!));
    expect(expected.length).toBeGreaterThan(withProblem.length); // the sample has a numbered cell
    const page = doc(`${ROUTES.problems}index.html`);
    const figure = (k: string) => text(page.querySelector(`[data-figure="${k}"] .value`));
    expect(figure("open")).toBe(String(expected.length));
    expect(text(page.querySelector('[data-figure="open"] .note'))).toContain(String(new Set(withProblem.map((s) => s.key)).size));
    // Every open problem is in the edition's problems.csv, with the words the table gives; the page
    // lists the oldest of each district.
    const csv = Papa.parse<Record<string, string>>(readFileSync(path.join(built.out, "data/problems.csv"), "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(csv.filter((r) => r["状态"] === "未解决").map((r) => r["问题"]!).sort()).toEqual([...expected].sort());
    const listed = [...page.querySelectorAll("#by-district .problem-list li")].map((li) => text(li.querySelector(".problem-text")));
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) expect(expected).toContain(item);
    // The home page's sentence says the same count.
    expect(text(doc("index.html").querySelector(".narrative-more"))).toContain(`尚有${expected.length}个未解决`);
  });

  it("a lead department's page shows the completion rate of the projects naming it, summed from the table", () => {
    const names = [...new Set(states.map((s) => s.leadDepartment).filter((n): n is string => n !== null))];
    expect(names.length).toBeGreaterThan(5);
    const index = doc(`${ROUTES.departments}index.html`);
    const rows = new Map([...index.querySelectorAll("#departments-table tbody tr")].map((r) => [r.getAttribute("data-name"), r]));
    expect(rows.size).toBe(names.length);
    for (const name of names) {
      const mine = states.filter((s) => s.leadDepartment === name);
      const plan = mine.reduce((a, s) => a + (s.annualPlan ?? 0), 0);
      const ytd = mine.reduce((a, s) => a + (s.ytdCompleted ?? 0), 0);
      const cells = [...rows.get(name)!.querySelectorAll("td")].map((td) => text(td));
      expect(cells[0], name).toBe(String(mine.length));
      expect(cells[3], name).toBe(formatPercent(plan === 0 ? null : ytd / plan));
      expect(cells[2], name).toBe(formatFor("zh-CN").money(ytd));
    }
  });

  it("a responsible leader's page shows the sums of the projects naming them", () => {
    const names = [...new Set(states.map((s) => s.leader).filter((n): n is string => n !== null))];
    for (const name of names) {
      const view = model.leaderByName.get(name)!;
      const mine = states.filter((s) => s.leader === name);
      const page = doc(`${ROUTES.leader(view.slug)}index.html`);
      expect(text(page.querySelector("h1"))).toBe(name);
      expect(text(page.querySelector('[data-figure="ytd"] .value'))).toBe(formatFor("zh-CN").money(mine.reduce((a, s) => a + (s.ytdCompleted ?? 0), 0)));
      expect(page.querySelectorAll("#named-projects tbody tr").length).toBe(Math.min(40, mine.length));
    }
  });

  it("the year's board so far is the latest month's district board, marked provisional before December", () => {
    const page = doc(`${ROUTES.boards}index.html`);
    const year = [...page.querySelectorAll("#year-districts tbody tr")].map((r) => r.getAttribute("data-name"));
    const monthly = [...page.querySelectorAll("#board-table tbody tr")].map((r) => r.getAttribute("data-district"));
    expect(year).toEqual(monthly);
    expect(text(page.querySelector("#year"))).toContain("暂定");
  });

  it("June's edition carries the half-year summary: June's board, and red flags counted over the half's monthly boards", async () => {
    const june = (await modelsOf("data", "/")).edition("editions/2026-06/");
    const page = doc("editions/2026-06/boards/index.html");
    const rows = [...page.querySelectorAll("#half-year-districts tbody tr")];
    expect(rows.map((r) => r.getAttribute("data-name"))).toEqual(june.latest.board.entries.map((e) => e.name));
    // Red flags per district over February–June, counted from each month's board on the district pages' history.
    for (const r of rows) {
      const name = r.getAttribute("data-name")!;
      const reds = june.yearMonths.filter((m) => m.board.entries.find((e) => e.name === name)?.flag === "red").length;
      expect(text(r.querySelectorAll("td")[5]), name).toBe(String(reds));
    }
    expect(text(page.querySelector("#half-year .prose"))).toMatch(/^2026年上半年，县区综合排名第一的是/);
  });
});
