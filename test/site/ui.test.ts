import { formatFor } from "../../src/lib/i18n/format/index.ts";
import { describe, expect, it } from "vitest";
import { UI } from "../../src/lib/i18n/ui.ts";

/** Every key path of a dictionary, with the kind of value (string or function and its arity). */
function shape(value: unknown, prefix = ""): string[] {
  if (typeof value === "function") return [`${prefix}()${value.length}`];
  if (typeof value === "string") return [`${prefix}:string`];
  if (value !== null && typeof value === "object") {
    return Object.keys(value)
      .sort()
      .flatMap((k) => shape((value as Record<string, unknown>)[k], `${prefix}.${k}`));
  }
  return [`${prefix}:${typeof value}`];
}

describe("UI dictionaries", () => {
  it("zh-CN and en have the same keys, each a string or a function of the same arity", () => {
    expect(shape(UI.en)).toEqual(shape(UI["zh-CN"]));
  });

  it("has no empty string in either language", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const empty = shape(UI[locale]).filter((k) => k.endsWith(":string")).filter((k) => {
        const path = k.slice(1, -":string".length).split(".");
        let v: unknown = UI[locale];
        for (const p of path) v = (v as Record<string, unknown>)[p];
        return v === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });

  it("keeps Chinese out of the English dictionary except quoted source terms", () => {
    const strings: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === "string") strings.push(v);
      else if (typeof v === "function") strings.push(String((v as (...a: string[]) => string)(...Array.from({ length: v.length }, (_, i) => `#${i}`))));
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(UI.en);
    // 万元, 亩, 是/否, 红旗 and the like appear only where the English explains a Chinese term.
    const allowed = /万元|是|否|亩/;
    expect(strings.filter((s) => /[\u4e00-\u9fff]/.test(s.replace(new RegExp(allowed, "g"), "")))).toEqual([]);
  });
});

describe("formatFor(locale)", () => {
  it("formats months, numbers and signed numbers in each language", () => {
    const zh = formatFor("zh-CN");
    const en = formatFor("en");
    expect(zh.month("2026-10")).toBe("2026年10月");
    expect(en.month("2026-10")).toBe("October 2026");
    expect(zh.monthShort("2026-03")).toBe("3月");
    expect(en.monthShort("2026-03")).toBe("Mar");
    expect(zh.integer(1234567)).toBe("1,234,567");
    expect(en.decimal(1234.5, 2)).toBe("1,234.50");
    expect(zh.signed(3.25, 1)).toBe("+3.3");
    expect(zh.signed(-0.04, 1)).toBe("0.0");
    expect(en.signed(-12.5, 1)).toBe("−12.5");
    expect(zh.month(null)).toBe("—");
    expect(zh.integer(Number.NaN)).toBe("—");
  });
});
