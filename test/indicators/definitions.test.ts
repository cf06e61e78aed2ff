import { describe, expect, it } from "vitest";
import { INDICATOR_IDS, INDICATORS, definition, scopeIndicators } from "../../src/lib/indicators/index.ts";

describe("INDICATORS", () => {
  const computed = Object.keys(scopeIndicators([], "2026-01")).filter((k) => k !== "month");

  it("INDICATORS defines every computed indicator exactly once", () => {
    expect(INDICATORS.map((d) => d.id).sort()).toEqual([...computed].sort());
  });

  it("INDICATORS gives each a name and a formula in both languages", () => {
    for (const d of INDICATORS) {
      for (const text of [d.name, d.formula, ...(d.note === undefined ? [] : [d.note])]) {
        expect(text["zh-CN"].length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });

  it("INDICATOR_IDS lists the numeric indicators in definition order", () => {
    expect(INDICATOR_IDS).toEqual(INDICATORS.map((d) => d.id).filter((id) => id !== "structure"));
  });

  it("definition(id) finds one definition", () => {
    expect(definition("startRate").name["zh-CN"]).toBe("开工率");
  });
});
