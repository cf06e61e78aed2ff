import { expect, test } from "vitest";
import { toWan, unitRowUnit, WAN_PER_UNIT } from "../../../src/lib/data/units.ts";
import type { MoneyUnit } from "../../../src/lib/config/siteConfigSchema.ts";

const amounts: Array<[number, MoneyUnit, number]> = [
  [1, "元", 0.0001],
  [12345, "元", 1.2345],
  [1, "千元", 0.1],
  [3, "千元", 0.3],
  [1, "万元", 1],
  [1234.5, "万元", 1234.5],
  [1.5, "亿元", 15000],
  [0.1, "亿元", 1000],
  [56.55, "亿元", 565500],
  [0, "亿元", 0],
  [-2, "亿元", -20000],
];
for (const [value, unit, wan] of amounts) {
  test(`toWan(${value}, "${unit}") is ${wan}`, () => {
    expect(toWan(value, unit)).toBe(wan);
  });
}

test("WAN_PER_UNIT has the four money units", () => {
  expect(WAN_PER_UNIT).toEqual({ 元: 1e-4, 千元: 0.1, 万元: 1, 亿元: 1e4 });
});

const rows: Array<[string[], MoneyUnit | null]> = [
  [["单位：万元"], "万元"],
  [["", "", "", "单位：万元"], "万元"],
  [["2026年重点项目表", "", "单位:亿元"], "亿元"],
  [["单位： 千元"], "千元"],
  [["（单位：元）"], "元"],
  [["单位：万元、亩"], "万元"],
  [["金额单位：万元"], "万元"],
  [["单位：万"], null],
  [["2026年重点项目表"], null],
  [[], null],
];
for (const [cells, unit] of rows) {
  test(`unitRowUnit(${JSON.stringify(cells)}) is ${unit === null ? "null" : unit}`, () => {
    expect(unitRowUnit(cells)).toBe(unit);
  });
}

test("unitRowUnit(cells, bare) reads a cell holding only a unit, as in the right-hand cell of a 编制单位 row", () => {
  expect(unitRowUnit(["编制单位：市重点项目办", "", "万元"], true)).toBe("万元");
  expect(unitRowUnit(["", "（亿元）"], true)).toBe("亿元");
  expect(unitRowUnit(["", "（亿元）"])).toBeNull();
});
