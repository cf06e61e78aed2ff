import { copyFile, link, mkdir, readdir, rm } from "node:fs/promises";
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

/**
 * Hard-link every file under `source` into the same place under `target` (copy when linking is
 * not possible), creating folders as needed; `keep(relative path)` leaves out a file or folder.
 * A build restores thousands of cached pages a month: links cost no copying and no disk. Safe
 * because neither the cache nor the output is ever written in place (files are replaced whole).
 */
export async function linkTree(source: string, target: string, keep: (relative: string) => boolean = () => true): Promise<void> {
  const moves: { from: string; to: string }[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const from = path.join(dir, entry.name);
      if (!keep(path.relative(source, from).split(path.sep).join("/"))) continue;
      if (entry.isDirectory()) await walk(from);
      else moves.push({ from, to: path.join(target, path.relative(source, from)) });
    }
  };
  await walk(source);
  await mkdir(target, { recursive: true });
  await placeFiles(moves);
}
