import { describe, expect, it } from "vitest";
import { escapeHtml, renderMarkdown } from "../../src/lib/site/markdown.ts";

describe("renderMarkdown(source, base)", () => {
  it("renders headings one level down, paragraphs, lists, emphasis, code and quotes", () => {
    const html = renderMarkdown("# 标题\n\n第一段**加粗**和*斜体*，`代码`。\n\n- 甲\n- 乙\n\n1. 一\n2. 二\n\n> 引用\n\n---", "/");
    expect(html).toContain("<h3>标题</h3>");
    expect(html).toContain("<p>第一段<strong>加粗</strong>和<em>斜体</em>，<code>代码</code>。</p>");
    expect(html).toContain("<ul><li>甲</li><li>乙</li></ul>");
    expect(html).toContain("<ol><li>一</li><li>二</li></ol>");
    expect(html).toContain("<blockquote><p>引用</p></blockquote>");
    expect(html).toContain("<hr>");
  });

  it("escapes raw HTML instead of interpreting it", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">', "/");
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
  });

  it("resolves relative links against the base and refuses javascript: and data: URLs", () => {
    expect(renderMarkdown("[方法](methodology/)", "/journal/")).toContain('<a href="/journal/methodology/">方法</a>');
    expect(renderMarkdown("[站外](https://example.org/a?b=1&c=2)", "/")).toContain('<a href="https://example.org/a?b=1&amp;c=2">');
    expect(renderMarkdown("[x](javascript:alert(1))", "/")).not.toContain("<a");
    expect(renderMarkdown("[x](data:text/html,hi)", "/")).not.toContain("<a");
    expect(renderMarkdown('[x](https://e.org/"onmouseover="alert(1))', "/")).not.toMatch(/"onmouseover/);
  });

  it("joins soft line breaks without a space between Chinese characters", () => {
    expect(renderMarkdown("第一行\n第二行\nand\nmore", "/")).toBe("<p>第一行第二行and more</p>");
  });
});

describe("escapeHtml(s)", () => {
  it("escapes the five characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
