import { describe, expect, it } from "vitest";
import { bulletinPageCss, cssString } from "../../src/lib/site/bulletin.ts";

describe("cssString(text)", () => {
  it("cssString(text) quotes text for CSS content, escaping quotes, backslashes, line breaks and '<'", () => {
    expect(cssString("星湾市 · 2026年9月")).toBe('"星湾市 · 2026年9月"');
    expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(cssString("one\ntwo")).toBe('"one\\A two"');
    expect(cssString("</style><script>")).toBe('"\\3C /style>\\3C script>"');
  });
});

describe("bulletinPageCss(running)", () => {
  it("bulletinPageCss(running) gives A4 portrait pages with the running header at the top and 'page / pages' at the foot", () => {
    const css = bulletinPageCss("Harbour City · August 2026");
    expect(css).toMatch(/^@page\{size:A4 portrait;/);
    expect(css).toContain('@top-center{content:"Harbour City · August 2026";');
    expect(css).toContain('@bottom-center{content:counter(page) " / " counter(pages);');
    expect(css).not.toContain("<");
  });
});
