import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { cardSvg, type Card } from "../../src/lib/cards/cardSvg.ts";
import { textWidth } from "../../src/lib/common/textWidth.ts";
import { wellFormedErrors } from "../feeds/wellFormed.ts";

const card: Card = {
  siteName: "星湾市重点项目建设进度",
  title: "2026年10月全市重点项目建设进展",
  figure: "77.0%",
  figureLabel: "年度投资完成率 · 慢于时序进度6.4个百分点",
  flag: null,
  edition: "2026年10月",
  footer: "example.org",
};

function texts(svg: string): string[] {
  return [...new DOMParser().parseFromString(svg, "text/xml").querySelectorAll("text")].map((t) => t.textContent ?? "");
}

describe("cardSvg", () => {
  it("cardSvg(card) is a well-formed 1200×630 SVG showing every part of the card", () => {
    const svg = cardSvg(card);
    expect(wellFormedErrors(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/);
    expect(texts(svg)).toEqual(["星湾市重点项目建设进度", "2026年10月全市重点项目建设进展", "77.0%", "年度投资完成率 · 慢于时序进度6.4个百分点", "2026年10月", "example.org"]);
    expect(svg).toContain('font-family="Noto Sans CJK SC"');
  });

  it("cardSvg(text with <script> and &) escapes it, and a parser reads back the original", () => {
    const hostile = { ...card, siteName: "A & B <i>", title: `<script>alert("x")</script> & 大桥`, figureLabel: "x < y & z > w", footer: "]]>" };
    const svg = cardSvg(hostile);
    expect(wellFormedErrors(svg)).toEqual([]);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 大桥");
    expect(texts(svg)).toEqual(["A & B <i>", `<script>alert("x")</script> & 大桥`, "77.0%", "x < y & z > w", "2026年10月", "]]>"]);
  });

  it("cardSvg(red and yellow flags) says the flag in words and arrow, not colour alone", () => {
    expect(texts(cardSvg({ ...card, flag: "red" }))).toContain("▲ 红旗");
    expect(texts(cardSvg({ ...card, flag: "yellow" }))).toContain("▼ 黄旗");
    expect(texts(cardSvg({ ...card, flag: "yellow", flagLabel: "▼ Yellow flag" }))).toContain("▼ Yellow flag");
    expect(cardSvg(card)).not.toMatch(/红旗|黄旗/);
  });

  it("cardSvg(long title) wraps it to two lines cut with …", () => {
    const title = "星湾港梧林作业区6号泊位工程及配套疏港公路、跨海大桥连接线和后方物流园区基础设施建设项目（二期）";
    const [, line1, line2] = texts(cardSvg({ ...card, title }));
    expect(title.startsWith(line1!)).toBe(true);
    expect(line2!.endsWith("…")).toBe(true);
    expect((line1! + line2!).length).toBeLessThan(title.length);
  });

  it("cardSvg(card without a figure) shows the title and edition only", () => {
    expect(texts(cardSvg({ ...card, figure: null, figureLabel: null, footer: undefined }))).toEqual([
      "星湾市重点项目建设进度",
      "2026年10月全市重点项目建设进展",
      "2026年10月",
    ]);
  });

  it("cardSvg(a very wide figure) shrinks it to fit", () => {
    const svg = cardSvg({ ...card, figure: "RMB 123,456,789 million" });
    const size = Number(/font-size="(\d+)"[^>]*>RMB/.exec(svg)?.[1]);
    expect(size).toBeLessThan(132);
    expect(size * textWidth("RMB 123,456,789 million")).toBeLessThanOrEqual(1040);
  });

  it("cardSvg(same card) gives the same bytes", () => {
    expect(cardSvg({ ...card })).toBe(cardSvg(card));
  });
});
