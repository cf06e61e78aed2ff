import { describe, expect, it } from "vitest";
import { formatFor } from "../../src/lib/i18n/format/index.ts";
import { t } from "../../src/lib/i18n/ui.ts";
import type { ProjectRow } from "../../src/lib/site/editionModel.ts";
import { htmlAttribute, htmlText, projectRowsHtml, warningBadgeHtml } from "../../src/lib/site/projectTable.ts";
import { state } from "../helpers/state.ts";

const ui = t("zh-CN");
const d = formatFor("zh-CN");
const both = { showDistrict: true, showCategory: true };

function row(overrides: Omit<Partial<ProjectRow>, "state"> & { state?: Partial<ProjectRow["state"]> } = {}): ProjectRow {
  const { state: s, ...rest } = overrides;
  return {
    key: "id:XW-1",
    slug: "xw-1",
    id: "XW-1",
    state: { ...state({ id: "XW-1", name: "科创园二期", district: "望潮区", category: "产业", status: "under-construction", annualPlan: 1000, ytdCompleted: 600, ...s }), slug: "xw-1" },
    warnings: [],
    boardEntry: null,
    timeProgress: 0.75,
    href: "/projects/xw-1/",
    ...rest,
  } as ProjectRow;
}

describe("projectRowsHtml", () => {
  it("projectRowsHtml([row]) writes the row the projects table showed, cell by cell", () => {
    expect(projectRowsHtml([row()], ui, d, both)).toBe(
      '<tr data-district="望潮区" data-status="under-construction" data-search="科创园二期 xw-1 望潮区 产业">' +
        ' <th scope="row" class="wide-col"> <a href="/projects/xw-1/">科创园二期</a> <span class="muted small"> XW-1</span> </th>' +
        " <td>望潮区</td> <td>产业</td> <td>在建</td>" +
        ' <td class="n" data-sort="1000">1000万元</td> <td class="n" data-sort="600">600万元</td>' +
        ' <td class="n" data-sort="0.6">60.0%</td> <td class="n gap-behind" data-sort="-0.15000000000000002">−15.0</td>' +
        ' <td data-sort="0">  </td> </tr>',
    );
  });

  it("projectRowsHtml(rows) escapes the data's text and attributes as Astro does", () => {
    const html = projectRowsHtml([row({ state: { name: `A&B <script>"q" 'a'`, district: `东"区` }, href: "/p/?a=1&b=2" })], ui, d, both);
    expect(html).toContain(`<a href="/p/?a=1&#38;b=2">A&amp;B &lt;script&gt;&quot;q&quot; &#39;a&#39;</a>`);
    expect(html).toContain(`data-district="东&#34;区"`);
    // Searched words: lower-cased, angle brackets replaced by spaces.
    expect(html).toContain(`data-search="a&#38;b  script &#34;q&#34; 'a' xw-1 东&#34;区 产业"`);
    expect(html).toContain(`<td>东&quot;区</td>`);
    expect(html).not.toContain("<script");
  });

  it("projectRowsHtml(rows) leaves a bare attribute where a value is missing, and no link or id where there is none", () => {
    const html = projectRowsHtml([row({ id: null, href: null, state: { status: null, annualPlan: null, ytdCompleted: null } })], ui, d, both);
    expect(html).toContain("<tr data-district=\"望潮区\" data-status data-search=");
    expect(html).toContain(' <th scope="row" class="wide-col"> 科创园二期  </th>');
    expect(html).toContain(`<td class="n" data-sort>${d.money(null)}</td>`);
  });

  it("projectRowsHtml(rows, …, {showDistrict: false}) drops the district cell and keeps the category", () => {
    const html = projectRowsHtml([row()], ui, d, { showDistrict: false, showCategory: true });
    expect(html).toContain("</th>  <td>产业</td> <td>在建</td>");
    expect(projectRowsHtml([row()], ui, d, { showDistrict: true, showCategory: false })).toContain("</th> <td>望潮区</td>  <td>在建</td>");
  });

  it("projectRowsHtml(rows) badges the worst warning: red before an earlier yellow", () => {
    const warnings = [{ level: "yellow", kind: "behind" }, { level: "red", kind: "stalled" }] as ProjectRow["warnings"];
    const html = projectRowsHtml([row({ warnings })], ui, d, both);
    expect(html).toContain(`<td data-sort="2"> ${warningBadgeHtml("red", undefined, ui)} </td> </tr>`);
    expect(html).toContain('<span class="badge badge-warn-red">● 红色预警</span>');
  });

  it("projectRowsHtml(rows) writes the rows in the order given, with nothing between them", () => {
    const html = projectRowsHtml([row({ state: { name: "乙" } }), row({ state: { name: "甲" } })], ui, d, both);
    expect(html.indexOf(">乙<")).toBeLessThan(html.indexOf(">甲<"));
    expect(html.split("</tr><tr")).toHaveLength(2);
  });
});

describe("warningBadgeHtml", () => {
  it("warningBadgeHtml(level, kind, ui) names the level and the kind", () => {
    expect(warningBadgeHtml("yellow", "late-start", ui)).toBe(`<span class="badge badge-warn-yellow">○ 黄色预警 · ${ui.warning.kind["late-start"]}</span>`);
    expect(warningBadgeHtml("red", "stalled", ui)).toBe(`<span class="badge badge-warn-stalled">● 红色预警 · ${ui.warning.kind.stalled}</span>`);
  });
});

describe("htmlAttribute and htmlText", () => {
  it("htmlAttribute(name, value) writes nothing for null, a bare name for \"\", and leaves an http URL's query as it is", () => {
    expect(htmlAttribute("data-x", null)).toBe("");
    expect(htmlAttribute("data-x", "")).toBe(" data-x");
    expect(htmlAttribute("href", "https://example.org/?a=1&b=2")).toBe(' href="https://example.org/?a=1&b=2"');
    expect(htmlAttribute("title", `<"&'>`)).toBe(` title="<&#34;&#38;'>"`);
  });

  it("htmlText(value) escapes the five characters html-escaper does", () => {
    expect(htmlText(`<"&'>`)).toBe("&lt;&quot;&amp;&#39;&gt;");
    expect(htmlText(null)).toBe("");
    expect(htmlText(3)).toBe("3");
  });
});
