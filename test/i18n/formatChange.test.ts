import { formatFor } from "../../src/lib/i18n/format/index.ts";
import { describe, expect, it } from "vitest";

describe("formatFor(locale).change(kind, v)", () => {
  const zh = formatFor("zh-CN");
  const en = formatFor("en");
  it.each([
    ["money", 0, "— 持平", "delta-flat"],
    ["money", 0.001, "— 持平", "delta-flat"],
    ["money", 3500, "+3500万元", "delta-up"],
    ["money", -12000, "−1.20亿元", "delta-down"],
    ["count", 0, "— 持平", "delta-flat"],
    ["count", -2, "−2", "delta-down"],
    ["points", 0, "— 持平", "delta-flat"],
    ["points", 0.0004, "— 持平", "delta-flat"],
    ["points", 0.084, "+8.4个百分点", "delta-up"],
  ] as const)("formatFor(zh-CN).change(%s, %d) is %j", (kind, v, text, cls) => {
    expect(zh.change(kind, v)).toEqual({ text, cls });
  });
  it("formatFor(en).change(money, 0) is — no change; a rise is signed in millions", () => {
    expect(en.change("money", 0).text).toBe("— no change");
    expect(en.change("money", 3500).text).toBe("+RMB 35 million");
    expect(en.change("points", -0.021).text).toBe("−2.1 pts");
  });
  it("formatFor(locale).change(kind, null) is the not-given mark", () => expect(zh.change("money", null).text).toBe("—"));
});
