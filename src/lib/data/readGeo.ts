import { z } from "zod";
import { issue, type Issue } from "../common/issue.ts";

/** The part of GeoJSON the map needs: polygons named after districts. */
const FeatureSchema = z.object({
  type: z.literal("Feature"),
  properties: z.object({ name: z.string().min(1) }).passthrough(),
  geometry: z.object({ type: z.enum(["Polygon", "MultiPolygon"]), coordinates: z.array(z.unknown()) }),
});
const CollectionSchema = z.object({ type: z.literal("FeatureCollection"), features: z.array(FeatureSchema).min(1) }).passthrough();
export type DistrictGeo = z.output<typeof CollectionSchema>;

/**
 * Read the district boundaries (data/geo/*.geojson): every file must be a FeatureCollection
 * of named polygons; features of several files are merged. A feature naming no district of
 * the data is reported, since the map would show it empty.
 */
export function readGeo(files: Array<{ file: string; text: string }>, districts: readonly string[]): { geo: DistrictGeo | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const features: DistrictGeo["features"] = [];
  for (const { file, text } of files) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      issues.push(issue("error", "geo-invalid", { file }, { message: (e as Error).message }));
      continue;
    }
    const parsed = CollectionSchema.safeParse(data);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      issues.push(issue("error", "geo-invalid", { file, column: first.path.join(".") || null }, { message: first.message }));
      continue;
    }
    for (const f of parsed.data.features) {
      if (!districts.includes(f.properties.name)) issues.push(issue("warning", "geo-unknown-district", { file, value: f.properties.name }));
      features.push(f);
    }
  }
  return { geo: features.length > 0 ? { type: "FeatureCollection", features } : null, issues };
}
