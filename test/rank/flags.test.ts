import { describe, expect, it } from "vitest";
import { flags } from "../../src/lib/rank/index.ts";

const ranks = (...r: number[]) => r.map((rank, i) => ({ name: `d${i}`, rank }));
const flagged = (r: number[], red: number, yellow: number) => flags(ranks(...r), red, yellow).map((e) => e.flag);

describe("flags(ranked, red, yellow)", () => {
  it("flags([]) is empty", () => expect(flagged([], 3, 2)).toEqual([]));

  it("flags(ranked, 3, 2) flags the top three red and the bottom two yellow", () => {
    expect(flagged([1, 2, 3, 4, 5, 6, 7], 3, 2)).toEqual(["red", "red", "red", null, null, "yellow", "yellow"]);
  });

  it("flags(ties straddling the red cut) gives the tied group no red flag", () => {
    // places 3 and 4 tie at rank 3: giving both would make 4 red flags
    expect(flagged([1, 2, 3, 3, 5, 6, 7], 3, 2)).toEqual(["red", "red", null, null, null, "yellow", "yellow"]);
  });

  it("flags(ties straddling the yellow cut) gives the tied group no yellow flag", () => {
    // places 6 and 7 (of 8) are the bottom two; a tie at rank 6 across places 6–7 fits; at rank 5 across 5–6 does not
    expect(flagged([1, 2, 3, 4, 5, 5, 7, 8], 3, 2)).toEqual(["red", "red", "red", null, null, null, "yellow", "yellow"]);
    expect(flagged([1, 2, 3, 4, 5, 6, 7, 7], 3, 2)).toEqual(["red", "red", "red", null, null, null, "yellow", "yellow"]);
    expect(flagged([1, 2, 3, 4, 5, 6, 6, 6], 3, 2)).toEqual(["red", "red", "red", null, null, null, null, null]);
  });

  it("flags(a tie exactly filling the red places) gives all of it red", () => {
    expect(flagged([1, 1, 1, 4, 5], 3, 2)).toEqual(["red", "red", "red", "yellow", "yellow"]);
  });

  it("flags(all tied) gives no flag", () => expect(flagged([1, 1, 1, 1, 1, 1], 3, 2)).toEqual([null, null, null, null, null, null]));

  it("flags(fewer districts than flags) gives red first and never both", () => {
    expect(flagged([1, 2, 3, 4], 3, 2)).toEqual(["red", "red", "red", "yellow"]);
    expect(flagged([1], 3, 2)).toEqual(["red"]);
  });

  it("flags(ranked, 0, 0) gives none", () => expect(flagged([1, 2, 3], 0, 0)).toEqual([null, null, null]));

  it("flags(ranked) keeps the entries' fields", () => {
    expect(flags([{ name: "甲", rank: 1 }], 1, 0)).toEqual([{ name: "甲", rank: 1, flag: "red" }]);
  });
});
