import { describe, expect, it } from "vitest";
import { dayTimestamp, editionDate, monthEnd } from "../../src/lib/feeds/dates.ts";

describe("dates", () => {
  it.each([
    ["2026-10", "2026-10-31"],
    ["2026-02", "2026-02-28"],
    ["2024-02", "2024-02-29"],
    ["2100-02", "2100-02-28"],
    ["2026-04", "2026-04-30"],
    ["2026-12", "2026-12-31"],
  ])("monthEnd(%s) is %s", (month, end) => {
    expect(monthEnd(month)).toBe(end);
  });

  it("monthEnd(not a month) throws", () => {
    expect(() => monthEnd("2026-13")).toThrow(/YYYY-MM/);
  });

  it("editionDate(month, publishedOn) prefers the publication date, else the month's end", () => {
    expect(editionDate("2026-10", "2026-11-05")).toBe("2026-11-05");
    expect(editionDate("2026-10", null)).toBe("2026-10-31");
    expect(editionDate("2026-10")).toBe("2026-10-31");
    expect(() => editionDate("2026-10", "2026-02-30")).toThrow(/YYYY-MM-DD/);
  });

  it("dayTimestamp(date, offset) is RFC 3339 midnight", () => {
    expect(dayTimestamp("2026-11-05")).toBe("2026-11-05T00:00:00+08:00");
    expect(dayTimestamp("2026-11-05", "Z")).toBe("2026-11-05T00:00:00Z");
    expect(() => dayTimestamp("2026-11-05", "CST")).toThrow(/UTC offset/);
  });
});
