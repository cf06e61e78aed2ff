import { expect, test } from "vitest";
import { cellAddress, columnLetter, isBlank } from "../../../src/lib/data/grid.ts";

test("columnLetter(index) is Excel's letter", () => {
  expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
});

test("cellAddress(5, 12) is F12", () => {
  expect(cellAddress(5, 12)).toBe("F12");
});

test("isBlank(text) is true for undefined, empty and spaces only", () => {
  expect([isBlank(undefined), isBlank(""), isBlank("  "), isBlank(" x ")]).toEqual([true, true, true, false]);
});
