import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatSpecifier } from "../../src/lib/i18n/format/ticks.ts";
import { idPrefix, renderChart } from "../../src/lib/charts/index.ts";
import type { ChartSpec } from "../../src/lib/charts/index.ts";
import { measureText } from "../../src/lib/charts/measureText.ts";
import { escapeAttribute, escapeText } from "../../src/lib/charts/serializeSvg.ts";
import { roundNumbers } from "../../src/lib/charts/tidySvg.ts";
import { expectGolden, formatSvg } from "./golden.ts";

function spec(overrides: Partial<ChartSpec> = {}): ChartSpec {
  return {
    id: "test-chart",
    title: "项目 <script>alert(1)</script> & “引号”",
    subtitle: "副标题",
    source: "来源",
    description: "描述 <b>粗</b>",
    empty: false,
    options: {
      width: 320,
      height: 200,
      x: { type: "band", domain: ["乙", "甲"], label: null },
      y: { domain: [0, 0.3], tickFormat: ".0%", label: null },
      marks: [
        // Clipped, so Plot generates a clip-path id.
        { mark: "barY", data: [{ x: "乙", y: 0.123456789 }, { x: "甲", y: 1 / 3 }], options: { x: "x", y: "y", fill: "var(--chart-1, #1f4e79)", clip: true } },
        { mark: "text", data: [{ x: "甲", y: 0.1, t: '<script>alert("x")</script> & <img onerror=x>' }], options: { x: "x", y: "y", text: "t", title: "t" } },
      ],
    },
    table: { columns: [], rows: [] },
    ...overrides,
  };
}

describe("renderChart", () => {
  it("renderChart(spec) matches the golden SVG", () => {
    expectGolden("render-basic", renderChart(spec()));
  });

  it("renderChart(spec) is deterministic", () => {
    const a = renderChart(spec());
    renderChart(spec({ id: "other" })); // advances Plot's global clip counter
    expect(renderChart(spec())).toBe(a);
  });

  it("renderChart(spec) gives a standalone, labelled SVG", () => {
    const svg = renderChart(spec());
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="test-chart-title"');
    expect(svg).toContain('aria-describedby="test-chart-desc"');
    expect(svg).toContain('<desc id="test-chart-desc">描述 &lt;b&gt;粗&lt;/b&gt;</desc>');
    expect(svg).toMatch(/^<svg [^>]*><title id="test-chart-title">/);
  });

  it("renderChart(spec) escapes all text; a <script> name stays text", () => {
    const svg = renderChart(spec());
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<img/i);
    expect(svg).toContain("项目 &lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”");
    expect(svg).toContain("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;img onerror=x&gt;");
    // Every & starts an entity: the output is well-formed XML.
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#\d+;)/);
  });

  it("renderChart(spec) rounds every number in attributes to two decimals", () => {
    const svg = renderChart(spec());
    const attributes = [...svg.matchAll(/\s[\w:-]+="([^"]*)"/g)].map((m) => m[1] ?? "");
    const decimals = attributes.flatMap((value) => [...value.matchAll(/\d+\.(\d+)/g)].map((m) => m[1] ?? ""));
    expect(decimals.length).toBeGreaterThan(0);
    expect(decimals.every((d) => d.length <= 2)).toBe(true);
  });

  it("renderChart(spec) renumbers generated ids and classes under the spec id", () => {
    const svg = renderChart(spec());
    expect(svg).not.toMatch(/plot-clip-\d/);
    expect(svg).not.toMatch(/plot-[0-9a-f]{6}\b/);
    expect(svg).toContain('class="plot-test-chart"');
    expect(svg).toContain(":where(.plot-test-chart)");
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(["test-chart-title", "test-chart-desc", "test-chart-1"]);
    expect(svg).toContain('clip-path="url(#test-chart-1)"');
  });

  it("renderChart(JSON round trip of spec) draws the same: specs are plain data", () => {
    const plain = JSON.parse(JSON.stringify(spec())) as ChartSpec;
    expect(renderChart(plain)).toBe(renderChart(spec()));
  });

  it("renderChart(spec with a tick format specifier) formats ticks with the fixed locale", () => {
    const svg = renderChart(spec());
    expect(svg).toContain(">30%</text>");
    expect(formatSpecifier(",.2f")(1234567.891)).toBe("1,234,567.89");
  });

  it("renderChart(spec with an unknown mark) says which", () => {
    const bad = spec();
    bad.options.marks = [{ mark: "pie" as never, data: [], options: {} }];
    expect(() => renderChart(bad)).toThrow(/unknown mark "pie"/);
  });

  it("idPrefix(id) makes a safe XML id and CSS class", () => {
    expect(idPrefix("District Board/2026-10")).toBe("district-board-2026-10");
    expect(idPrefix("10月")).toBe("chart-10");
    expect(idPrefix("县区")).toBe("chart");
  });

  it("roundNumbers(value) rounds decimals to two places, without -0", () => {
    expect(roundNumbers("M1.23456,-0.001L10,20.005")).toBe("M1.23,0L10,20.01");
    expect(roundNumbers("translate(0.5,12)")).toBe("translate(0.5,12)");
  });

  it("escapeText(text) and escapeAttribute(text) escape XML specials", () => {
    expect(escapeText("<a> & b")).toBe("&lt;a&gt; &amp; b");
    expect(escapeAttribute('"x"\n')).toBe("&quot;x&quot;&#10;");
  });

  it("measureText(text) counts CJK characters as one em", () => {
    expect(measureText("县区", 12)).toBe(24);
    expect(measureText("ab", 10)).toBe(12);
  });

  it("expectGolden(missing name) fails in CI and writes nothing, even with UPDATE_GOLDENS=1", () => {
    const saved = { CI: process.env.CI, UPDATE_GOLDENS: process.env.UPDATE_GOLDENS };
    process.env.CI = "true";
    process.env.UPDATE_GOLDENS = "1";
    try {
      expect(() => expectGolden("no-such-golden", "<svg/>")).toThrow(/missing golden .*never created in CI/);
      expect(existsSync(new URL("../output/charts/no-such-golden.svg", import.meta.url))).toBe(false);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it("formatSvg(svg) only breaks lines around groups", () => {
    expect(formatSvg('<svg><g a="1"><text>x</text></g></svg>')).toBe('<svg>\n<g a="1"><text>x</text>\n</g>\n</svg>\n');
  });
});
