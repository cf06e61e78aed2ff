import { describe, expect, it } from "vitest";
import type { Month } from "../../src/lib/data/model.ts";
import { editionCalendar, halfYearSummary, yearBoard } from "../../src/lib/rank/index.ts";
import type { BoardMonth } from "../../src/lib/rank/index.ts";

/** A board month with one entry (the calendar only picks months; ranks are tested elsewhere). */
const m = (month: Month): BoardMonth => ({
  month,
  board: {
    month,
    previous: null,
    entries: [
      {
        name: "甲",
        rank: 1,
        score: 100,
        components: { gap: { value: 0, score: 100 }, startRate: { value: null, score: null }, finishRate: { value: null, score: null } },
        flag: "red",
        previousRank: null,
        rankChange: null,
      },
    ],
  },
  scopes: [],
});
const MONTHS = ["2025-11", "2025-12", "2026-02", "2026-03", "2026-06", "2026-07", "2026-09"].map(m);

describe("halfYearSummary(months, year)", () => {
  it("halfYearSummary(months, year) is June's board against the year's first month", () => {
    const h = halfYearSummary(MONTHS, 2026);
    expect([h?.board.month, h?.from, h?.months]).toEqual(["2026-06", "2026-02", ["2026-02", "2026-03", "2026-06"]]);
  });

  it("halfYearSummary(months without June) is null", () => {
    expect(halfYearSummary(MONTHS, 2025)).toBeNull();
    expect(halfYearSummary([], 2026)).toBeNull();
  });
});

describe("yearBoard(months, year)", () => {
  it("yearBoard(months with December) is December's board, final", () => {
    const y = yearBoard(MONTHS, 2025);
    expect([y?.board.month, y?.provisional, y?.from, y?.months]).toEqual(["2025-12", false, "2025-11", ["2025-11", "2025-12"]]);
  });

  it("yearBoard(months before December) is the latest month's board, provisional", () => {
    const y = yearBoard(MONTHS, 2026);
    expect([y?.board.month, y?.provisional, y?.from]).toEqual(["2026-09", true, "2026-02"]);
  });

  it("yearBoard(months, a year without data) is null", () => {
    expect(yearBoard(MONTHS, 2024)).toBeNull();
    expect(yearBoard([], 2026)).toBeNull();
  });
});

describe("editionCalendar(months, month)", () => {
  it("editionCalendar(months, June) carries the half-year summary and the year so far", () => {
    const c = editionCalendar(MONTHS, "2026-06");
    expect(c.halfYear).toEqual(halfYearSummary(MONTHS, 2026));
    expect([c.year?.board.month, c.year?.provisional]).toEqual(["2026-06", true]);
  });

  it("editionCalendar(months, another month) has no half-year summary and never a later month", () => {
    const c = editionCalendar(MONTHS, "2026-03");
    expect(c.halfYear).toBeNull();
    expect([c.year?.board.month, c.year?.months]).toEqual(["2026-03", ["2026-02", "2026-03"]]);
    expect(editionCalendar(MONTHS, "2026-07").halfYear).toBeNull();
  });

  it("editionCalendar(months, December) carries the final year board", () => {
    const c = editionCalendar(MONTHS, "2025-12");
    expect([c.halfYear, c.year?.board.month, c.year?.provisional]).toEqual([null, "2025-12", false]);
  });
});
