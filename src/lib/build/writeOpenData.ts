import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteBuild } from "../site/siteBuild.ts";
import { openDataFiles, rememberOpenData } from "../site/openData.ts";
import { MEDIA_ROUTES } from "../site/mediaPaths.ts";

/**
 * Write the open data of every edition this run renders into `dir` (as they go in the output:
 * "editions/2026-09/data/projects.csv"), one edition at a time so that no more than one
 * edition's files are in memory (tens of MB each for 10,000 projects); the downloads pages get
 * the names and sizes. Returns the files written, relative to `dir`.
 */
export async function writeOpenData(b: SiteBuild, siteUrl: string, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const ref of b.rendered) {
    const site = b.edition(ref.prefix);
    const files = openDataFiles(site, siteUrl);
    const folder = path.join(dir, `${ref.prefix}${MEDIA_ROUTES.data}`);
    await mkdir(folder, { recursive: true });
    for (const f of files) {
      await writeFile(path.join(folder, f.name), f.body);
      written.push(`${ref.prefix}${MEDIA_ROUTES.data}${f.name}`);
    }
    rememberOpenData(site, files);
  }
  return written;
}
