import { copyFile, link, mkdir, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Put files from a cache into the output: a hard link when the two share a file system (no
 * copy, no extra disk), else a copy. The output file is replaced if it exists.
 */
export async function placeFiles(moves: readonly { from: string; to: string }[]): Promise<void> {
  const dirs = new Set(moves.map((m) => path.dirname(m.to)));
  for (const d of dirs) await mkdir(d, { recursive: true });
  let linking = true;
  for (const { from, to } of moves) {
    await rm(to, { force: true });
    if (linking) {
      try {
        await link(from, to);
        continue;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EXDEV" && (error as NodeJS.ErrnoException).code !== "EPERM") throw error;
        linking = false;
      }
    }
    await copyFile(from, to);
  }
}
