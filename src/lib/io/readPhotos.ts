import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { sha256 } from "../common/hash.ts";
import { photoFileKind, type ImageProbe, type PhotoFileInput } from "../data/photos.ts";

/**
 * Read data/photos/ for the loader: every file under it, with an image's checksum, format and
 * size as shown (after its EXIF orientation) and a caption's bytes. Each image is decoded at a
 * small size (JPEG and WebP decode at 1/8 scale), so a truncated or damaged file is found here,
 * with the data, not half-way through a build. Nothing is kept of an image's pixels.
 */
export async function readPhotos(dataDir: string): Promise<PhotoFileInput[]> {
  const root = path.join(dataDir, "photos");
  const found: Array<{ full: string; rel: string }> = [];
  const walk = async (dir: string, rel: string[]): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full, [...rel, e.name]);
      else if (e.isFile()) found.push({ full, rel: [...rel, e.name].join("/") });
    }
  };
  await walk(root, []);
  const out: PhotoFileInput[] = new Array(found.length);
  // A few at a time: sharp decodes on libuv's threads.
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < found.length; i = next++) {
      const { full, rel } = found[i]!;
      const kind = photoFileKind(rel.split("/").pop()!);
      const entry: PhotoFileInput = { file: full, path: rel };
      if (kind === "image") entry.image = await probeImage(await readFile(full));
      else if (kind === "caption") entry.text = new Uint8Array(await readFile(full));
      out[i] = entry;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return out;
}

/** An image's checksum, its format and size as shown, or why it cannot be decoded. */
export async function probeImage(bytes: Uint8Array): Promise<ImageProbe> {
  const hash = sha256(bytes);
  try {
    const meta = await sharp(bytes, { failOn: "truncated" }).metadata();
    await sharp(bytes, { failOn: "truncated" }).resize(64, 64, { fit: "inside" }).raw().toBuffer();
    return { sha256: hash, format: meta.format ?? null, width: meta.autoOrient.width, height: meta.autoOrient.height, problem: null };
  } catch (error) {
    // sharp names the format it could not read even when the decoding fails ("VipsJpeg: premature end of JPEG image").
    const meta = await sharp(bytes).metadata().catch(() => null);
    const unsupported = meta?.format !== undefined && !["jpeg", "png", "webp"].includes(meta.format);
    const reason = String((error as Error).message ?? error).split("\n")[0]!.trim();
    return { sha256: hash, format: unsupported ? meta!.format! : null, width: 0, height: 0, problem: unsupported ? null : reason };
  }
}
