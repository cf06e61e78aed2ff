import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The office's monthly notes, the one optional input the loader does not read (they are shown
 * as given; the tables, records and boundaries come validated from the loader).
 */

/** data/notes/YYYY-MM.md by month. Files with other names are ignored. */
export async function readNotes(dataDir: string): Promise<Record<string, string>> {
  const dir = path.join(dataDir, "notes");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^\d{4}-\d{2}\.md$/.test(n)).sort();
  const notes: Record<string, string> = {};
  for (const name of names) notes[name.slice(0, 7)] = await readFile(path.join(dir, name), "utf8");
  return notes;
}
