import { describe, expect, it } from "vitest";
import { indicatorsJson } from "../../src/lib/opendata/indicatorsJson.ts";
import { PROJECT_FIELDS } from "../../src/lib/opendata/projectFields.ts";
import { projectsJson, projectsJsonChunks } from "../../src/lib/opendata/projectsJson.ts";
import { loadEdition } from "./edition.ts";

describe("projectsJson", () => {
  it("projectsJson(content) lists every project with every field, in the fields' order", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    const doc = JSON.parse(projectsJson(content)) as { month: string; unit: string; projects: Array<Record<string, unknown>> };
    expect(doc.month).toBe("2026-06");
    expect(doc.unit).toBe("万元");
    expect(doc.projects).toHaveLength(content.projects.length);
    expect(Object.keys(doc.projects[0]!)).toEqual(PROJECT_FIELDS.map((f) => f.json));
    expect(doc.projects.map((p) => p.id)).toEqual(content.projects.map((p) => p.id));
    const p01 = doc.projects.find((p) => p.id === "P01")!;
    expect(p01).toMatchObject({ nature: "continuing", status: "under-construction", annualPlan: 10000, ytdCompleted: 6000, privateInvestment: true, landArea: 200 });
    expect(p01.period).toEqual({ startYear: 2025, startMonth: null, endYear: 2027, endMonth: null });
  });

  it("projectsJson(content) is JSON.stringify's text of the whole document, made a project at a time", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    const projects = content.projects.map((p) => Object.fromEntries(PROJECT_FIELDS.map((f) => [f.json, p[f.json]])));
    const doc = { month: content.month, title: content.title, region: content.region, unit: "万元", projects };
    expect(projectsJson(content)).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect([...projectsJsonChunks(content)]).toHaveLength(content.projects.length + 4);
  });

  it("projectsJson(content) gives the same bytes every time", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    expect(projectsJson(structuredClone(content))).toBe(projectsJson(content));
  });
});

describe("indicatorsJson", () => {
  it("indicatorsJson(content) holds the month's indicators, board, flags and warnings", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    const doc = JSON.parse(indicatorsJson(content));
    expect(doc.month).toBe("2026-06");
    expect(doc.previous).toBe("2026-05");
    // Hand computation in test/fixtures/indicators/README.md: 26400 / 56000.
    expect(doc.programme.indicators.ytdCompleted).toBe(26400);
    expect(doc.programme.indicators.completionRate).toBeCloseTo(26400 / 56000, 12);
    expect(doc.board.entries.map((e: { name: string; flag: string | null }) => [e.name, e.flag])).toEqual([
      ["东城区", "red"],
      ["南湖区", "red"],
      ["高新区", "red"],
      ["北山县", "yellow"],
      ["西城区", "yellow"],
    ]);
    expect(doc.warnings.length).toBe(content.computed.warnings.length);
    const quarterly = [doc.quarterly].flat();
    expect(quarterly.at(-1).quarter).toBe("2026-Q2");
    expect(doc.rules.ranking.redFlags).toBe(3);
  });

  it("indicatorsJson(content) has sorted keys and gives the same bytes every time", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    const text = indicatorsJson(content);
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(JSON.parse(text)).sort());
    expect(indicatorsJson(structuredClone(content))).toBe(text);
  });
});
