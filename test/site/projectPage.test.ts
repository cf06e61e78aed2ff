import { describe, expect, it } from "vitest";
import { completionRate } from "../../src/lib/site/projectPage.ts";

describe("completionRate", () => {
  it("completionRate(state) is this year's completed over the annual plan", () => {
    expect(completionRate({ annualPlan: 1000, ytdCompleted: 600 })).toBe(0.6);
    expect(completionRate({ annualPlan: 500, ytdCompleted: 750 })).toBe(1.5);
  });

  it("completionRate(state) is null without a positive plan or without a figure", () => {
    expect(completionRate({ annualPlan: 0, ytdCompleted: 10 })).toBeNull();
    expect(completionRate({ annualPlan: null, ytdCompleted: 10 })).toBeNull();
    expect(completionRate({ annualPlan: 1000, ytdCompleted: null })).toBeNull();
  });
});
