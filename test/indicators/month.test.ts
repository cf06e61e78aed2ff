import { describe, expect, it } from "vitest";
import {
  monthNumber,
  monthsBetween,
  previousAvailable,
  previousInYear,
  timeProgress,
  yearOf,
} from "../../src/lib/indicators/index.ts";

describe("month helpers", () => {
  it("yearOf(month) and monthNumber(month) read the parts", () => {
    expect([yearOf("2026-10"), monthNumber("2026-10")]).toEqual([2026, 10]);
  });
  it("monthsBetween(from, to) counts across years", () => {
    expect(monthsBetween("2025-11", "2026-02")).toBe(3);
    expect(monthsBetween("2026-05", "2026-02")).toBe(-3);
  });
  it("timeProgress(month) is m / 12", () => {
    expect(timeProgress("2026-03")).toBe(0.25);
    expect(timeProgress("2026-12")).toBe(1);
  });
  it("previousInYear(months, month) skips gaps", () => {
    expect(previousInYear(["2026-01", "2026-03", "2026-06"], "2026-06")).toBe("2026-03");
  });
  it("previousInYear(months, month) is null across a year boundary", () => {
    expect(previousInYear(["2025-12", "2026-01"], "2026-01")).toBeNull();
    expect(previousAvailable(["2025-12", "2026-01"], "2026-01")).toBe("2025-12");
  });
  it("previousInYear(months, first month) is null", () => {
    expect(previousInYear(["2026-01"], "2026-01")).toBeNull();
  });
  it("previousInYear(unsorted months, month) still finds the latest earlier month", () => {
    expect(previousInYear(["2026-05", "2026-02", "2026-04"], "2026-06")).toBe("2026-05");
  });
});
