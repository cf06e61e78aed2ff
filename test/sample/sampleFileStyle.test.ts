import { describe, expect, it } from "vitest";
import { sampleFileStyle } from "../../src/lib/sample/sampleFileStyle.ts";

const months = [
  ...Array.from({ length: 11 }, (_, i) => `2025-${String(i + 2).padStart(2, "0")}`),
  ...Array.from({ length: 9 }, (_, i) => `2026-${String(i + 2).padStart(2, "0")}`),
];
const styles = months.map((m) => sampleFileStyle(m, "星湾市", 2025, ["产业"]));

describe("sampleFileStyle", () => {
  it("sampleFileStyle(2025 months) is the full GBK template", () => {
    for (const s of styles.slice(0, 11)) {
      expect(s).toMatchObject({
        encoding: "gb18030",
        attachmentLabel: true,
        unitRow: "万元",
        twoRowHeader: true,
        groupBy: "nature",
        totalsRow: "top",
        thousandsSeparators: true,
        placeholders: true,
        stars: true,
      });
      expect(s.title).toBe("2025年星湾市重点项目建设进度表");
      expect(s.notes?.[0]).toMatch(/^注：/);
    }
  });

  it("sampleFileStyle(2026 months) mixes GBK templates and UTF-8 with BOM, with one file in 亿元", () => {
    const later = styles.slice(11);
    expect(later.some((s) => s.encoding === "gb18030")).toBe(true);
    const utf8 = later.filter((s) => s.encoding === "utf-8-bom");
    expect(utf8.length).toBeGreaterThan(0);
    for (const s of utf8) {
      expect(s.twoRowHeader).toBeFalsy();
      expect(s.totalsRow).toBe("bottom");
    }
    expect(later.filter((s) => s.unitRow === "亿元").map((s) => s.month)).toEqual(["2026-07"]);
  });
});
