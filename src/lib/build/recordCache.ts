import { mkdir, readdir, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { pruneUnused } from "./editionCache.ts";

/**
 * The published records whose content an earlier build found unchanged (editions/verifyEditions.ts),
 * as one empty file per record digest in `<cache>/records/<templates>/`. A record file with the
 * same bytes is not hashed again: 23 records of 10,000 projects took about 8 s to check on every
 * build. An edited record has another digest, so it is always checked; and the check is the code's,
 * so a build of other code (`templates`: build/editionCache.ts templatesFingerprint) checks again.
 */
export class RecordCache {
  private readonly folder: string;

  constructor(
    readonly dir: string,
    templates: string,
  ) {
    this.folder = path.join(dir, templates);
  }

  /** The digests checked by earlier builds of the same code. */
  async known(): Promise<Set<string>> {
    return new Set((await readdir(this.folder).catch(() => [] as string[])).filter((name) => /^[0-9a-f]{64}$/.test(name)));
  }

  /** Note these digests as checked (marking the known ones used, so they are kept), and forget what no build used for 30 days. */
  async keep(digests: readonly string[], known: ReadonlySet<string>): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const now = new Date();
    for (const d of digests) {
      const file = path.join(this.folder, d);
      if (known.has(d)) await utimes(file, now, now).catch(() => undefined);
      else await writeFile(file, "");
    }
    await utimes(this.folder, now, now);
    await pruneUnused(this.folder, 30);
    await pruneUnused(this.dir, 30);
  }
}
