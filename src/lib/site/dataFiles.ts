import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The data folder's optional inputs besides the tables: the office's monthly notes and district
 * boundaries. Read here (the loader validates the tables and records; these are shown as given).
 */

/** data/notes/YYYY-MM.md by month. Files with other names are ignored. */
export async function readNotes(dataDir: string): Promise<Record<string, string>> {
  const dir = path.join(dataDir, "notes");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^\d{4}-\d{2}\.md$/.test(n)).sort();
  const notes: Record<string, string> = {};
  for (const name of names) notes[name.slice(0, 7)] = await readFile(path.join(dir, name), "utf8");
  return notes;
}

/** The first data/geo/*.geojson FeatureCollection (by name), or null. A broken file is ignored. */
export async function readGeo(dataDir: string): Promise<unknown> {
  const dir = path.join(dataDir, "geo");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.geojson$/i.test(n)).sort();
  for (const name of names) {
    try {
      const json: unknown = JSON.parse(await readFile(path.join(dir, name), "utf8"));
      if (json !== null && typeof json === "object" && (json as { type?: unknown }).type === "FeatureCollection") return json;
    } catch {
      // not JSON: skip it (the validator owns reporting on inputs)
    }
  }
  return null;
}
