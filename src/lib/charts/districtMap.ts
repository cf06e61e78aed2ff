import { chartHeader } from "./chartHeader.ts";
import { geoArea, geoCentroid, geoPath } from "d3";
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from "geojson";
import { emptyChart } from "./emptyChart.ts";
import { defaultPercent } from "../i18n/format/ticks.ts";
import { chartStyle, palette, sequentialRamp } from "./palette.ts";
import type { ChartSpec, ChartText, Format, TableColumn } from "./types.ts";

export interface DistrictMapLabels extends ChartText {
  /** Table headers, e.g. "县区" and "年度投资完成率". */
  district: string;
  completionRate: string;
  /** Written in districts without a value, e.g. "无数据". */
  missing: string;
  /** Value labels; default 0.615 → "61.5%". */
  formatPercent?: Format;
}

export interface DistrictMapInput {
  id?: string;
  /** District boundaries; `properties.name` is the district name. */
  geojson: FeatureCollection;
  values: { district: string; completionRate: number | null }[];
  /** "mercator" for longitude/latitude; "identity" or "reflect-y" for already projected data. */
  projection?: "mercator" | "identity" | "reflect-y";
  labels: DistrictMapLabels;
  width?: number;
  height?: number;
}

/**
 * A choropleth of completion rate by district (light to dark blue, 0 to 100% and above), each
 * district labelled with its name and value; districts without a value are grey and say so.
 */
export function districtMap({ id = "district-map", geojson, values, projection = "mercator", labels, width = 640, height = 480 }: DistrictMapInput): ChartSpec {
  const formatPercent = labels.formatPercent ?? defaultPercent;
  const columns: TableColumn[] = [
    { key: "district", label: labels.district },
    { key: "completionRate", label: labels.completionRate },
  ];
  const rates = new Map<string, number>();
  for (const { district, completionRate } of values) {
    if (completionRate !== null && Number.isFinite(completionRate)) rates.set(district, completionRate);
  }
  const spherical = projection === "mercator";
  const features = (geojson?.features ?? []).filter((f) => f.geometry != null);
  const shapes = features.map((feature, index) => {
    const district = featureName(feature) ?? String(index + 1);
    const completionRate = rates.get(district) ?? null;
    const shape = spherical ? rewind(feature) : feature;
    const [lon, lat] = spherical ? geoCentroid(shape) : geoPath().centroid(shape);
    return {
      type: "Feature" as const,
      properties: { name: district },
      geometry: shape.geometry,
      district,
      completionRate,
      lon,
      lat,
      label: `${district}\n${completionRate === null ? labels.missing : formatPercent(completionRate)}`,
    };
  });
  if (shapes.length === 0 || shapes.every((s) => s.completionRate === null)) {
    return emptyChart(id, labels, columns, { width });
  }

  const top = Math.max(1, ...shapes.flatMap((s) => (s.completionRate === null ? [] : [s.completionRate])));
  const domain: FeatureCollection = { type: "FeatureCollection", features: shapes.map(({ type, properties, geometry }) => ({ type, properties, geometry })) };
  return {
    id,
    ...chartHeader(labels),
    options: {
      width,
      height,
      margin: 16,
      style: { ...chartStyle },
      projection: { type: projection, domain },
      color: { type: "linear", domain: [0, top], range: [...sequentialRamp] },
      marks: [
        { mark: "geo", data: shapes.filter((s) => s.completionRate === null), options: { fill: palette.missing, stroke: palette.halo, strokeWidth: 1 } },
        { mark: "geo", data: shapes.filter((s) => s.completionRate !== null), options: { fill: "completionRate", stroke: palette.halo, strokeWidth: 1 } },
        {
          mark: "text",
          data: shapes,
          options: { x: "lon", y: "lat", text: "label", fill: palette.text, stroke: palette.halo, strokeWidth: 3, paintOrder: "stroke", fontSize: 11 },
        },
      ],
    },
    table: {
      columns,
      rows: shapes.map(({ district, completionRate }) => ({ district, completionRate })),
    },
  };
}

function featureName(feature: Feature): string | null {
  const name: unknown = feature.properties?.name;
  return typeof name === "string" && name !== "" ? name : null;
}

/**
 * d3-geo wants polygons wound clockwise; RFC 7946 GeoJSON winds them counter-clockwise, which d3
 * reads as "everything but the district". Reverses the rings of any polygon covering over half the
 * sphere.
 */
export function rewind(feature: Feature): Feature {
  const geometry = feature.geometry;
  if (geometry === null) return feature;
  return { ...feature, geometry: rewindGeometry(geometry) };
}

function rewindGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case "Polygon":
      return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
    case "MultiPolygon":
      return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) };
    case "GeometryCollection":
      return { ...geometry, geometries: geometry.geometries.map(rewindGeometry) };
    default:
      return geometry;
  }
}

function rewindPolygon(rings: Position[][]): Position[][] {
  const polygon: Polygon = { type: "Polygon", coordinates: rings };
  return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}
