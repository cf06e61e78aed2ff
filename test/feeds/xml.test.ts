import { describe, expect, it } from "vitest";
import { escapeXml, stripInvalidXml } from "../../src/lib/feeds/xml.ts";
import { wellFormedErrors } from "./wellFormed.ts";

describe("escapeXml", () => {
  it.each([
    ["a & b", "a &amp; b"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["]]>", "]]&gt;"],
    [`say "hi" 'there'`, "say &quot;hi&quot; &apos;there&apos;"],
    ["&amp;", "&amp;amp;"],
    ["年度投资完成率 77.0%", "年度投资完成率 77.0%"],
  ])("escapeXml(%j) is %j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it("escapeXml(text with control characters) drops what XML cannot carry and keeps tab and line breaks", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh\uFFFE")).toBe("abcde\tf\ng\rh");
  });

  it("stripInvalidXml(lone surrogates) drops them and keeps pairs", () => {
    expect(stripInvalidXml("a\uD800b\uDC00c😀")).toBe("abc😀");
  });

  it("escapeXml(anything) is well-formed as element text and attribute value", () => {
    const hostile = `<a href="x">&nbsp;]]>\u0001'"</a>`;
    expect(wellFormedErrors(`<r a="${escapeXml(hostile)}">${escapeXml(hostile)}</r>`)).toEqual([]);
  });
});

describe("wellFormedErrors (the test's own checker)", () => {
  it.each([
    ["<r>a & b</r>", "bare &"],
    ["<r><script></r>", "closes"],
    ["<r>]]></r>", "]]>"],
    ["<r a=x/>", "malformed"],
    ["<r/><r/>", "2 root"],
  ])("wellFormedErrors(%j) reports %j", (xml, problem) => {
    expect(wellFormedErrors(xml).join("; ")).toContain(problem);
  });
});
