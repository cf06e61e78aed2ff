import { mkdir, open } from "node:fs/promises";
import path from "node:path";
import { openDataParts, type DataFileEntry, type OpenDataSource } from "../site/openData.ts";
import { MEDIA_ROUTES } from "../site/mediaPaths.ts";

/** The bytes gathered before a write: few writes, and never a whole file of tens of MB in memory. */
const WRITE_BYTES = 1 << 22;

/** One edition's open data as written: what its downloads page shows, and the files, relative to the folder written into. */
export interface WrittenOpenData {
  entries: DataFileEntry[];
  files: string[];
}

/**
 * Write an edition's open data into `dir` (as the files go in the output:
 * "editions/2026-09/data/projects.csv"), each file as its pieces are made (a project at a time
 * for the projects' files, tens of MB each at 10,000 projects), so that neither a file's text nor
 * its document is ever whole in memory. The same on the build's thread and on the open-data
 * worker (openDataWorker.mjs).
 */
export async function writeEditionOpenData(source: OpenDataSource, dir: string): Promise<WrittenOpenData> {
  const rel = `${source.edition.prefix}${MEDIA_ROUTES.data}`;
  const folder = path.join(dir, rel);
  await mkdir(folder, { recursive: true });
  const entries: DataFileEntry[] = [];
  const buffer = Buffer.allocUnsafe(WRITE_BYTES);
  for (const part of openDataParts(source)) entries.push({ name: part.name, kind: part.kind, bytes: await writeChunks(path.join(folder, part.name), part.chunks(), buffer) });
  return { entries, files: dataFilePaths(source.edition.prefix, entries) };
}

/** Where an edition's files go, relative to the output folder ("editions/2026-09/data/projects.csv"). */
export function dataFilePaths(prefix: string, entries: readonly DataFileEntry[]): string[] {
  return entries.map((e) => `${prefix}${MEDIA_ROUTES.data}${e.name}`);
}

/**
 * Writes the pieces to `file` as UTF-8 through `buffer`; returns the bytes written. Each piece is
 * encoded straight into the buffer, so no megabyte string is joined, flattened and copied into
 * a new buffer for each write (1.5 GB of them for 25 editions at 10,000 projects).
 */
async function writeChunks(file: string, chunks: Iterable<string>, buffer: Buffer): Promise<number> {
  const handle = await open(file, "w");
  let bytes = 0;
  const write = async (from: Buffer, length: number) => {
    // A write may take fewer bytes than given: go on from where it stopped.
    for (let at = 0; at < length; ) at += (await handle.write(from, at, length - at)).bytesWritten;
    bytes += length;
  };
  try {
    let used = 0;
    for (const chunk of chunks) {
      // A UTF-16 code unit is at most 3 bytes of UTF-8, so a piece within that room fits whole.
      if (chunk.length * 3 > buffer.length - used) {
        await write(buffer, used);
        used = 0;
        if (chunk.length * 3 > buffer.length) {
          const whole = Buffer.from(chunk, "utf8");
          await write(whole, whole.length);
          continue;
        }
      }
      used += buffer.write(chunk, used, "utf8");
    }
    await write(buffer, used);
  } finally {
    await handle.close();
  }
  return bytes;
}
