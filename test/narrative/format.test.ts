import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatMoney,
  formatMonth,
  formatPercent,
  formatPoints,
  formatScore,
  pointsDirection,
} from "../../src/lib/narrative/index.ts";

describe("formatMoney(wan, locale)", () => {
  it("formatMoney(below 1亿, zh-CN) shows 万元 with up to two decimals, trimmed", () => {
    expect(formatMoney(5000, "zh-CN")).toBe("5000万元");
    expect(formatMoney(1234.5, "zh-CN")).toBe("1234.5万元");
    expect(formatMoney(1234.567, "zh-CN")).toBe("1234.57万元");
    expect(formatMoney(0, "zh-CN")).toBe("0万元");
    expect(formatMoney(9999.99, "zh-CN")).toBe("9999.99万元");
  });

  it("formatMoney(from 1亿, zh-CN) shows 亿元 with exactly two decimals", () => {
    expect(formatMoney(10000, "zh-CN")).toBe("1.00亿元");
    expect(formatMoney(565500, "zh-CN")).toBe("56.55亿元");
    expect(formatMoney(860800, "zh-CN")).toBe("86.08亿元");
    expect(formatMoney(9999.996, "zh-CN")).toBe("1.00亿元"); // rounds up into 亿
  });

  it("formatMoney(wan, en) shows million yuan", () => {
    expect(formatMoney(5000, "en")).toBe("RMB 50 million");
    expect(formatMoney(1234.5, "en")).toBe("RMB 12.345 million");
    expect(formatMoney(565500, "en")).toBe("RMB 5,655 million");
    expect(formatMoney(12_345_678, "en")).toBe("RMB 123,457 million");
    expect(formatMoney(0, "en")).toBe("RMB 0 million");
  });

  it("formatMoney(negative) keeps the sign; formatMoney(null) is —", () => {
    expect(formatMoney(-250, "zh-CN")).toBe("-250万元");
    expect(formatMoney(-0.001, "zh-CN")).toBe("0万元");
    expect(formatMoney(null, "zh-CN")).toBe("—");
    expect(formatMoney(Number.NaN, "en")).toBe("—");
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

describe("formatPoints(fraction, locale)", () => {
  it("formatPoints(fraction) shows the size of the gap in points", () => {
    expect(formatPoints(-0.219, "zh-CN")).toBe("21.9个百分点");
    expect(formatPoints(0.05, "en")).toBe("5.0 percentage points");
  });
  it("pointsDirection(fraction) follows the rounded figure", () => {
    expect([pointsDirection(-0.219), pointsDirection(0.0004), pointsDirection(0.0006)]).toEqual([-1, 0, 1]);
  });
  it("formatPoints(null) is —", () => expect(formatPoints(null, "zh-CN")).toBe("—"));
});

describe("formatCount, formatScore, formatMonth", () => {
  it("formatCount(n, locale) groups thousands in English only", () => {
    expect([formatCount(1234, "zh-CN"), formatCount(1234, "en")]).toEqual(["1234", "1,234"]);
    expect([formatCount(123, "en"), formatCount(-1234567, "en")]).toEqual(["123", "-1,234,567"]);
  });
  it("formatScore(score) shows one decimal", () => expect(formatScore(88.409090909)).toBe("88.4"));
  it("formatMonth(month, locale) names the month", () => {
    expect([formatMonth("2026-06", "zh-CN"), formatMonth("2026-06", "en")]).toEqual(["2026年6月", "June 2026"]);
  });
});
