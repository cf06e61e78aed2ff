import { describe, expect, it } from "vitest";
import { staticReaderProblems } from "../../src/lib/audit/readerStatic.ts";

const svg = '<svg viewBox="0 0 10 10"><text>1-10月</text></svg>';
const figure = (inner: string) => `<figure class="chart" id="fig-x"><div class="chart-svg">${inner}</div><figcaption>来源</figcaption></figure>`;
const doc = (body: string) => ({ path: "x/index.html", html: `<!doctype html><html><body><main>${body}</main></body></html>` });
const rules = (body: string) => staticReaderProblems([doc(body)]).map((p) => p.rule);

describe("staticReaderProblems(pages)", () => {
  it.each([
    ["one drawing for every width", `<div class="svg-one">${svg}</div>`],
    ["a wide and a narrow drawing", `<div class="svg-wide">${svg}</div> <div class="svg-narrow">${svg}</div>`],
    ["an empty-chart sentence", '<p class="chart-empty">本月没有数据。</p>'],
  ])("staticReaderProblems(figure with %s) is empty", (_, inner) => expect(rules(figure(inner))).toEqual([]));

  it("staticReaderProblems(the fragment of issue 11) finds the code and the three drawings", () => {
    const inner = `svgNarrow === null ? ( <div class="svg-one">${svg}</div> ) : ( <div class="svg-wide">${svg}</div><div class="svg-narrow">${svg}</div> )`;
    const found = staticReaderProblems([doc(figure(inner))]);
    expect(found.map((p) => p.rule).sort()).toEqual(["chart-drawings", "code-text", "code-text", "code-text"]);
    expect(found.find((p) => p.rule === "chart-drawings")?.detail).toMatch(/^fig-x: text beside the drawing: “svgNarrow === null \? \(/);
  });

  it("staticReaderProblems(figure with nothing drawn) is chart-drawings", () =>
    expect(staticReaderProblems([doc(figure(""))])[0]?.detail).toBe("fig-x: holds nothing (expected one drawing, a wide and a narrow one, or an empty-chart sentence)"));

  it("staticReaderProblems(two svgs in one holder) is chart-drawings", () => expect(rules(figure(`<div class="svg-one">${svg}${svg}</div>`))).toEqual(["chart-drawings"]));

  it("staticReaderProblems(page) reads folded <details> but not scripts, form fields or the charts' own SVG", () => {
    expect(rules("<details><summary>数据</summary><p>undefined</p></details>")).toEqual(["code-text"]);
    expect(rules('<script>if (a === b) {}</script><textarea>&lt;iframe src="x"&gt;</textarea><p>完成率77.0%</p>')).toEqual([]);
  });
});
