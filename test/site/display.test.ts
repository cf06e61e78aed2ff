import { describe, expect, it } from "vitest";
import { display } from "../../src/lib/site/display.ts";

describe("display(locale).change(kind, v)", () => {
  const zh = display("zh-CN");
  const en = display("en");
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
  ] as const)("display(zh-CN).change(%s, %d) is %j", (kind, v, text, cls) => {
    expect(zh.change(kind, v)).toEqual({ text, cls });
  });
  it("display(en).change(money, 0) is — no change; a rise is signed in millions", () => {
    expect(en.change("money", 0).text).toBe("— no change");
    expect(en.change("money", 3500).text).toBe("+RMB 35 million");
    expect(en.change("points", -0.021).text).toBe("−2.1 pts");
  });
  it("display(locale).change(kind, null) is the not-given mark", () => expect(zh.change("money", null).text).toBe("—"));
});
