import { describe, expect, it } from "vitest";
import { count, difference, ratio, sum } from "../../src/lib/indicators/index.ts";

describe("ratio(numerator, denominator)", () => {
  it("ratio(n, d) divides", () => expect(ratio(3, 4)).toBe(0.75));
  it("ratio(n, 0) is null, never Infinity or NaN", () => {
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
  });
  it("ratio(null, d) and ratio(n, null) are null", () => {
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(4, null)).toBeNull();
  });
  it("ratio(NaN or Infinity, d) is null", () => {
    expect(ratio(Number.NaN, 4)).toBeNull();
    expect(ratio(4, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe("difference(a, b)", () => {
  it("difference(a, b) subtracts", () => expect(difference(0.5, 0.25)).toBe(0.25));
  it("difference(null, b) is null", () => expect(difference(null, 1)).toBeNull());
});

describe("sum(data, accessor) and count(data, predicate)", () => {
  it("sum([]) is 0", () => expect(sum([], (d: number) => d)).toBe(0));
  it("sum(data with nulls) ignores nulls and non-finite values", () =>
    expect(sum([1, null, 2, Number.NaN], (d) => d)).toBe(3));
  it("count(data, predicate) counts matches", () => expect(count([1, 2, 3], (d) => d > 1)).toBe(2));
});
