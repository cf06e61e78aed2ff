import { loadDataDir } from "../io/loadDataDir.ts";
import type { LoadResult } from "../data/loadProgramme.ts";

let cached: Promise<LoadResult> | null = null;

/**
 * The data the pages need, loaded once per build from DATA_DIR (default `data`).
 * scripts/build.ts validates before Astro starts, so an error here means the data changed
 * mid-build; fail loudly rather than publish a partial site.
 */
export function loadSite(): Promise<LoadResult & { programme: NonNullable<LoadResult["programme"]> }> {
  cached ??= loadDataDir(process.env.DATA_DIR ?? "data");
  return cached.then((r) => {
    if (!r.programme) throw new Error(`The data in ${process.env.DATA_DIR ?? "data"} has ${r.report.errors} errors; run npm run validate.`);
    return r as LoadResult & { programme: NonNullable<LoadResult["programme"]> };
  });
}
