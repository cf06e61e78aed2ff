import { describe, expect, it } from "vitest";
import { compositeScore, minMax } from "../../src/lib/rank/index.ts";

describe("minMax(values)", () => {
  it("minMax([]) is empty", () => expect(minMax([])).toEqual([]));
  it("minMax(values) maps lowest to 0 and highest to 100", () => expect(minMax([0, 1, 0.25])).toEqual([0, 100, 25]));
  it("minMax(all equal) gives 100 to every value", () => expect(minMax([0.5, 0.5])).toEqual([100, 100]));
  it("minMax(single value) gives 100", () => expect(minMax([-0.3])).toEqual([100]));
  it("minMax(values with nulls) keeps nulls and ignores them for the range", () =>
    expect(minMax([null, 1, 3, null])).toEqual([null, 0, 100, null]));
  it("minMax(all nulls) stays null", () => expect(minMax([null, null])).toEqual([null, null]));
});

describe("compositeScore(scores, weights)", () => {
  const weights = { gap: 50, startRate: 30, finishRate: 20 };
  it("compositeScore(scores, weights) is the weighted mean", () =>
    expect(compositeScore({ gap: 100, startRate: 50, finishRate: 0 }, weights)).toBe(65)); // (5000+1500)/100
  it("compositeScore(scores with null) leaves the component out and rescales the weights", () =>
    expect(compositeScore({ gap: 100, startRate: 50, finishRate: null }, weights)).toBe(81.25)); // (5000+1500)/80
  it("compositeScore(all null) is 0", () =>
    expect(compositeScore({ gap: null, startRate: null, finishRate: null }, weights)).toBe(0));
  it("compositeScore(scores, zero weights) is 0", () =>
    expect(compositeScore({ gap: 100, startRate: 100, finishRate: 100 }, { gap: 0, startRate: 0, finishRate: 0 })).toBe(0));
});
