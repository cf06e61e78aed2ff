import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { loadProgramme } from "../data/loadProgramme.ts";
import { withEditions, type LoadResult } from "../editions/withEditions.ts";
import { SNAPSHOT_EXTENSIONS } from "../data/readGrid.ts";
import { withEditionPhotos } from "../editions/verifyPhotos.ts";
import { readPhotos } from "./readPhotos.ts";

const SNAPSHOT_FILE = new RegExp(`\\.(${SNAPSHOT_EXTENSIONS.join("|")})$`, "i");
/** What Excel (~$name) and WPS (.~name) keep beside a workbook while it is open. */
const TEMPORARY_FILE = /^(~\$|\.~)/;

/**
 * Read a data folder (site.yaml, snapshots/*.csv|xlsx|xls|et, photos/) and load it. File paths in messages
 * start with the folder as the user typed it (data/snapshots/2026-10.csv). `verifiedRecords`: the
 * digests of published records already checked (a build cache's, build/recordCache.ts).
 */
export async function loadDataDir(dir: string, opts: { revising?: string; verifiedRecords?: ReadonlySet<string> } = {}): Promise<LoadResult> {
  const show = (p: string) => p;
  const siteFile = path.join(dir, "site.yaml");
  const siteText = await readFile(siteFile, "utf8").catch(() => null);
  const snapshotDir = path.join(dir, "snapshots");
  const all = (await readdir(snapshotDir).catch(() => [] as string[])).filter((n) => SNAPSHOT_FILE.test(n)).sort();
  const names = all.filter((n) => !TEMPORARY_FILE.test(n));
  const temporary = all.filter((n) => TEMPORARY_FILE.test(n)).map((n) => show(path.join(snapshotDir, n)));
  const snapshots = [];
  for (const name of names) {
    const full = path.join(snapshotDir, name);
    if (!(await stat(full)).isFile()) continue;
    snapshots.push({ file: show(full), bytes: new Uint8Array(await readFile(full)) });
  }
  const editions = [];
  const editionDir = path.join(dir, "editions");
  for (const month of (await readdir(editionDir).catch(() => [] as string[])).sort()) {
    const monthDir = path.join(editionDir, month);
    if (!(await stat(monthDir)).isDirectory()) continue;
    for (const name of (await readdir(monthDir)).filter((n) => /^r\d+\.json$/.test(n)).sort()) {
      const full = path.join(monthDir, name);
      editions.push({ file: show(full), text: await readFile(full, "utf8") });
    }
  }
  const geoDir = path.join(dir, "geo");
  const geo = [];
  for (const name of (await readdir(geoDir).catch(() => [] as string[])).filter((n) => /\.geojson$/i.test(n)).sort()) {
    const full = path.join(geoDir, name);
    geo.push({ file: show(full), text: await readFile(full, "utf8") });
  }
  const photos = await readPhotos(dir);
  const tables = loadProgramme({
    name: path.basename(path.resolve(dir)),
    siteYaml: siteText === null ? null : { file: show(siteFile), text: siteText },
    snapshots,
    geo,
    temporary,
    photos,
  });
  // A published edition's photos must still be there, byte for byte.
  const hashes = new Set(photos.flatMap((p) => (p.image ? [p.image.sha256] : [])));
  return withEditionPhotos(withEditions(tables, editions, opts), hashes, (p) => show(path.join(dir, "photos", ...p.split("/"))));
}
