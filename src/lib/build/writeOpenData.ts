import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import type { SiteBuild } from "../site/siteBuild.ts";
import { openDataParts, rememberOpenData, type DataFileEntry } from "../site/openData.ts";
import { MEDIA_ROUTES } from "../site/mediaPaths.ts";

/** How much text is gathered before a write: few writes, and never a whole file of tens of MB in memory. */
const WRITE_CHARS = 1 << 20;

/**
 * Write the open data of every edition this run renders into `dir` (as they go in the output:
 * "editions/2026-09/data/projects.csv"), one edition at a time and each file as its pieces are
 * made (a project at a time for the projects' files, tens of MB each at 10,000 projects), so
 * that neither a file's text nor its document is ever whole in memory; the downloads pages get
 * the names and sizes. Returns the files written, relative to `dir`.
 */
export async function writeOpenData(b: SiteBuild, siteUrl: string, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const ref of b.rendered) {
    const site = b.edition(ref.prefix);
    const folder = path.join(dir, `${ref.prefix}${MEDIA_ROUTES.data}`);
    await mkdir(folder, { recursive: true });
    const entries: DataFileEntry[] = [];
    for (const part of openDataParts(site, siteUrl)) {
      entries.push({ name: part.name, kind: part.kind, bytes: await writeChunks(path.join(folder, part.name), part.chunks()) });
      written.push(`${ref.prefix}${MEDIA_ROUTES.data}${part.name}`);
    }
    rememberOpenData(site, entries);
  }
  return written;
}

/** Writes the pieces to `file` as UTF-8, a megabyte of text at a time; returns the bytes written. */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<number> {
  const handle = await open(file, "w");
  let bytes = 0;
  try {
    const flush = async (text: string) => {
      const buffer = Buffer.from(text, "utf8");
      // A write may take fewer bytes than given: go on from where it stopped.
      for (let at = 0; at < buffer.length; ) at += (await handle.write(buffer, at)).bytesWritten;
      bytes += buffer.length;
    };
    let pending = "";
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length < WRITE_CHARS) continue;
      await flush(pending);
      pending = "";
    }
    if (pending !== "") await flush(pending);
  } finally {
    await handle.close();
  }
  return bytes;
}
