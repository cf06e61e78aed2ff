import { describe, expect, it } from "vitest";
import { codeInText, readerProblems, type PageMeasure } from "../../src/lib/audit/readerCheck.ts";

const page = (over: Partial<PageMeasure> = {}): PageMeasure => ({
  text: "截至2026年10月底，年度投资完成率为77.0%。",
  viewportWidth: 390,
  scrollWidth: 390,
  widest: null,
  figures: [{ id: "fig-curve", empty: false, drawings: [358], tableRows: 10 }],
  images: [{ src: "/a.png", loaded: true }],
  ogImage: null,
  ...over,
});
const rules = (m: PageMeasure) => readerProblems(m).map((p) => p.rule);

describe("codeInText(text)", () => {
  it.each([
    ["svgNarrow === null ? (", ["===", "null"]],
    [") : (", [") : ("]],
    ["(v) => v", ["=>"]],
    ["共 ${n} 个", ["${"]],
    ["{{ title }}", ["{{", "{{"]],
    ["完成率 undefined", ["undefined"]],
    ["NaN%", ["NaN"]],
    ["Infinity 个百分点", ["Infinity"]],
    ["[object Object]", ["[object Object]"]],
    ["R&amp;D", ["escaped twice"]],
    ["x !== y", ["==="]],
  ])("codeInText(%j) finds %j", (text, names) => {
    expect(codeInText(text).map((f) => f.slice(0, f.indexOf(": “")))).toEqual(names);
  });

  it.each(["截至2026年10月底，完成率77.0%，慢于时序进度6.4个百分点。", "Nancy Road (nullah works), Infinityville", "R&D centre, A+B", "− 3.2 pts", "1-10月"])(
    "codeInText(%j) finds nothing in prose",
    (text) => expect(codeInText(text)).toEqual([]),
  );

  it("codeInText(text) quotes the text around what it found", () => {
    expect(codeInText("单位亿元 svgNarrow === null ? ( 产业")[0]).toBe("===: “单位亿元 svgNarrow === null ? ( 产业”");
  });
});

describe("readerProblems(measure)", () => {
  it("readerProblems(a good page) is empty", () => expect(readerProblems(page())).toEqual([]));
  it("readerProblems(two drawings) is chart-drawings", () => expect(rules(page({ figures: [{ id: "f", empty: false, drawings: [358, 358], tableRows: 3 }] }))).toEqual(["chart-drawings"]));
  it("readerProblems(no drawing) is chart-drawings", () => expect(rules(page({ figures: [{ id: "f", empty: false, drawings: [], tableRows: 3 }] }))).toEqual(["chart-drawings"]));
  it("readerProblems(an empty chart with no drawing) is empty", () => expect(rules(page({ figures: [{ id: "f", empty: true, drawings: [], tableRows: 0 }] }))).toEqual([]));
  it("readerProblems(an empty chart that still draws) is chart-drawings", () =>
    expect(rules(page({ figures: [{ id: "f", empty: true, drawings: [300], tableRows: 0 }] }))).toEqual(["chart-drawings"]));
  it("readerProblems(199 px drawing) is chart-width; 200 px is fine", () => {
    expect(rules(page({ figures: [{ id: "f", empty: false, drawings: [199], tableRows: 3 }] }))).toEqual(["chart-width"]);
    expect(rules(page({ figures: [{ id: "f", empty: false, drawings: [200], tableRows: 3 }] }))).toEqual([]);
  });
  it("readerProblems(drawing wider than the screen) is chart-width", () =>
    expect(rules(page({ figures: [{ id: "f", empty: false, drawings: [640], tableRows: 3 }] }))).toEqual(["chart-width"]));
  it("readerProblems(page wider than the screen) is page-width, naming the widest element", () => {
    const p = readerProblems(page({ scrollWidth: 520, widest: "table.board (520 px)" }));
    expect(p).toEqual([{ rule: "page-width", detail: "page 520 px wide on a 390 px screen (widest: table.board (520 px))" }]);
  });
  it("readerProblems(image not loaded) is image", () => expect(rules(page({ images: [{ src: "/x.png", loaded: false }] }))).toEqual(["image"]));
  it("readerProblems(drawn chart, empty table) is empty-table", () =>
    expect(rules(page({ figures: [{ id: "f", empty: false, drawings: [358], tableRows: 0 }] }))).toEqual(["empty-table"]));
  it("readerProblems(code in the text) is code-text", () => expect(rules(page({ text: "完成率 NaN%" }))).toEqual(["code-text"]));
});
