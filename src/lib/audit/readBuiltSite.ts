import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { PageFile } from "./budgets.ts";

export interface BuiltSiteFiles {
  /** Every .html file of the site, sorted by path ("/" separators, relative to the folder). */
  pages: PageFile[];
  /** Size in bytes of a site file ("_astro/x.js", query and hash ignored), or null when missing. */
  fileSize: (sitePath: string) => number | null;
}

/** Read a built site folder for checkBudgets: its pages and a way to size the files they load. */
export function readBuiltSite(dir: string): BuiltSiteFiles {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : [path.join(d, n)]));
  const pages: PageFile[] = walk(dir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => ({ path: path.relative(dir, f).split(path.sep).join("/"), html: readFileSync(f, "utf8") }));
  const fileSize = (sitePath: string): number | null => {
    try {
      return statSync(path.join(dir, sitePath.split(/[?#]/)[0]!)).size;
    } catch {
      return null;
    }
  };
  return { pages, fileSize };
}
