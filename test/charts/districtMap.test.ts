import type { Feature, FeatureCollection, Polygon } from "geojson";
import { geoArea } from "d3";
import { describe, expect, it } from "vitest";
import { districtMap, renderChart, rewind } from "../../src/lib/charts/index.ts";
import type { DistrictMapLabels, MarkSpec } from "../../src/lib/charts/index.ts";
import { expectGolden } from "./golden.ts";

const labels: DistrictMapLabels = {
  title: "各县区年度投资完成率",
  subtitle: "2026年1-10月",
  source: "来源：市重点项目办；边界示意",
  description: "东片完成率最高（91.0%）。",
  empty: "本月无数据",
  district: "县区",
  completionRate: "年度投资完成率",
  missing: "无数据",
};

/** A lon/lat box wound counter-clockwise, as RFC 7946 GeoJSON is. */
function box(name: string, x0: number, y0: number, x1: number, y1: number): Feature<Polygon> {
  return {
    type: "Feature",
    properties: { name },
    geometry: { type: "Polygon", coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
  };
}

// A synthetic 2×2 city near 117°E 31°N.
const geojson: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    box("西片", 117.0, 31.1, 117.1, 31.2),
    box("东片", 117.1, 31.1, 117.2, 31.2),
    box("南片", 117.0, 31.0, 117.2, 31.1),
  ],
};
const values = [
  { district: "西片", completionRate: 0.62 },
  { district: "东片", completionRate: 0.91 },
  { district: "南片", completionRate: null },
  { district: "不在地图上", completionRate: 0.5 },
];

const marksOf = (spec: { options: { marks: MarkSpec[] } }, mark: string) => spec.options.marks.filter((m) => m.mark === mark);

describe("districtMap", () => {
  it("districtMap(geojson, values) matches the golden SVG", () => {
    expectGolden("district-map", renderChart(districtMap({ geojson, values, labels, height: 400 })));
  });

  it("districtMap(geojson, values) uses a mercator projection fitted to the districts", () => {
    const spec = districtMap({ geojson, values, labels });
    const projection = spec.options.projection as { type: string; domain: FeatureCollection };
    expect(projection.type).toBe("mercator");
    expect(projection.domain.features).toHaveLength(3);
  });

  it("districtMap(geojson, values) labels every district with its name and value", () => {
    const svg = renderChart(districtMap({ geojson, values, labels }));
    expect(svg).toMatch(/>西片<\/tspan><tspan[^>]*>62\.0%</);
    expect(svg).toMatch(/>南片<\/tspan><tspan[^>]*>无数据</);
  });

  it("districtMap(geojson, values with a null) draws that district in the missing colour", () => {
    const spec = districtMap({ geojson, values, labels });
    const [missing, filled] = marksOf(spec, "geo");
    expect(missing?.data.map((d) => (d as { district: string }).district)).toEqual(["南片"]);
    expect(filled?.data.map((d) => (d as { district: string }).district)).toEqual(["西片", "东片"]);
  });

  it("districtMap(geojson, values) table rows equal the drawn districts", () => {
    const spec = districtMap({ geojson, values, labels });
    expect(spec.table.rows).toEqual([
      { district: "西片", completionRate: 0.62 },
      { district: "东片", completionRate: 0.91 },
      { district: "南片", completionRate: null },
    ]);
  });

  it("rewind(feature) turns a counter-clockwise ring into a small clockwise one", () => {
    const feature = box("x", 117, 31, 117.1, 31.1);
    expect(geoArea(feature)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(rewind(feature))).toBeLessThan(1e-4);
    const again = rewind(rewind(feature));
    expect(again.geometry).toEqual(rewind(feature).geometry);
  });

  it("districtMap(projected geojson, identity) keeps coordinates planar", () => {
    const planar: FeatureCollection = { type: "FeatureCollection", features: [box("甲", 0, 0, 100, 50), box("乙", 100, 0, 200, 50)] };
    const spec = districtMap({ geojson: planar, values: [{ district: "甲", completionRate: 0.4 }], projection: "identity", labels });
    expect((spec.options.projection as { type: string }).type).toBe("identity");
    const text = marksOf(spec, "text")[0]?.data as { lon: number; lat: number }[];
    expect(text.map((d) => [d.lon, d.lat])).toEqual([[50, 25], [150, 25]]);
    expect(renderChart(spec)).toContain("<path");
  });

  it("districtMap(no values) explains that it is empty", () => {
    const cases = [
      { geojson, values: [] },
      { geojson: { type: "FeatureCollection", features: [] } as FeatureCollection, values },
    ];
    for (const input of cases) {
      const spec = districtMap({ ...input, labels });
      expect(spec.empty).toBe(true);
      expect(spec.description).toBe("本月无数据");
      expect(renderChart(spec)).toContain(">本月无数据</text>");
    }
  });
});
