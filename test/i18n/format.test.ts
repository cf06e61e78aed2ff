import { describe, expect, it } from "vitest";
import { formatFor, formatPercent, formatScore, pointsDirection } from "../../src/lib/i18n/format/index.ts";

describe("formatFor(locale).money(wan)", () => {
  it("formatFor(zh-CN).money(below 1亿) shows 万元 with up to two decimals, trimmed", () => {
    expect(formatFor("zh-CN").money(5000)).toBe("5000万元");
    expect(formatFor("zh-CN").money(1234.5)).toBe("1234.5万元");
    expect(formatFor("zh-CN").money(1234.567)).toBe("1234.57万元");
    expect(formatFor("zh-CN").money(0)).toBe("0万元");
    expect(formatFor("zh-CN").money(9999.99)).toBe("9999.99万元");
  });

  it("formatFor(zh-CN).money(from 1亿) shows 亿元 with exactly two decimals", () => {
    expect(formatFor("zh-CN").money(10000)).toBe("1.00亿元");
    expect(formatFor("zh-CN").money(565500)).toBe("56.55亿元");
    expect(formatFor("zh-CN").money(860800)).toBe("86.08亿元");
    expect(formatFor("zh-CN").money(9999.996)).toBe("1.00亿元"); // rounds up into 亿
  });

  it("formatFor(en).money(wan) shows million yuan", () => {
    expect(formatFor("en").money(5000)).toBe("RMB 50 million");
    expect(formatFor("en").money(1234.5)).toBe("RMB 12.345 million");
    expect(formatFor("en").money(565500)).toBe("RMB 5,655 million");
    expect(formatFor("en").money(12_345_678)).toBe("RMB 123,457 million");
    expect(formatFor("en").money(0)).toBe("RMB 0 million");
  });

  it("__BAD__['negative'] keeps the sign; __BAD__['null'] is —", () => {
    expect(formatFor("zh-CN").money(-250)).toBe("-250万元");
    expect(formatFor("zh-CN").money(-0.001)).toBe("0万元");
    expect(formatFor("zh-CN").money(null)).toBe("—");
    expect(formatFor("en").money(Number.NaN)).toBe("—");
  });
});

describe("formatPercent(fraction)", () => {
  it("formatPercent(fraction) shows one decimal", () => {
    expect(formatPercent(0.615)).toBe("61.5%");
    expect(formatPercent(1)).toBe("100.0%");
    expect(formatPercent(0)).toBe("0.0%");
    expect(formatPercent(-0.00001)).toBe("0.0%");
  });
  it("formatPercent(null) is —", () => expect(formatPercent(null)).toBe("—"));
});

describe("formatFor(locale).points(fraction)", () => {
  it("__BAD__['fraction'] shows the size of the gap in points", () => {
    expect(formatFor("zh-CN").points(-0.219)).toBe("21.9个百分点");
    expect(formatFor("en").points(0.05)).toBe("5.0 percentage points");
  });
  it("pointsDirection(fraction) follows the rounded figure", () => {
    expect([pointsDirection(-0.219), pointsDirection(0.0004), pointsDirection(0.0006)]).toEqual([-1, 0, 1]);
  });
  it("__BAD__['null'] is —", () => expect(formatFor("zh-CN").points(null)).toBe("—"));
});

describe("formatCount, formatScore, formatMonth", () => {
  it("formatFor(locale).count(n) groups thousands in English only", () => {
    expect([formatFor("zh-CN").count(1234), formatFor("en").count(1234)]).toEqual(["1234", "1,234"]);
    expect([formatFor("en").count(123), formatFor("en").count(-1234567)]).toEqual(["123", "-1,234,567"]);
  });
  it("formatScore(score) shows one decimal", () => expect(formatScore(88.409090909)).toBe("88.4"));
  it("formatFor(locale).month(month) names the month", () => {
    expect([formatFor("zh-CN").month("2026-06"), formatFor("en").month("2026-06")]).toEqual(["2026年6月", "June 2026"]);
  });
});

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
