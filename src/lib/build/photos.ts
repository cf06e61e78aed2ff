import { access, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { sha256 } from "../common/hash.ts";
import type { Photo } from "../data/model.ts";
import { placeFiles } from "../io/placeFiles.ts";
import { n, stageLine } from "./progress.ts";
import { PHOTO_RECIPE, photoFiles, type PhotoCopy, type PhotoSource } from "../site/photoViews.ts";
import type { SiteBuild } from "../site/siteBuild.ts";

/**
 * The published copies of the site photos (names and sizes: site/photoViews.ts): each photo is
 * turned upright by its EXIF orientation, then re-encoded from its pixels alone as AVIF and WebP
 * at each width and as a full-size copy, so no EXIF (GPS position, camera, time), XMP, IPTC or
 * ICC data reaches the site. The copies are kept by content in the build cache
 * (`<cacheDir>/photos/<id>/`, id from the photo's checksum and the recipe): a photo already made
 * is never made again, and the output gets hard links to it (io/placeFiles.ts).
 */

/** A photo to publish: what names its copies, and where its bytes are. */
export type PhotoJob = PhotoSource & { file: string };

export interface PhotoStats {
  /** Distinct photos, made now, found in the cache. */
  photos: number;
  made: number;
  fromCache: number;
  /** Files placed in the output, and their bytes. */
  files: number;
  bytes: number;
  /** Wall time of making the photos not in the cache. */
  ms: number;
}

/** What a cache entry was made with: another sharp or libvips makes it again. */
const MAKER = `${JSON.stringify(PHOTO_RECIPE)}\nsharp ${sharp.versions.sharp} vips ${sharp.versions.vips}`;
const DONE = "done.txt";

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

/** Write every copy of one photo into `dir` (each file written whole, then renamed; the marker last). */
async function makeCopies(job: PhotoJob, dir: string): Promise<void> {
  const bytes = await readFile(job.file);
  if (sha256(bytes) !== job.sha256) throw new Error(`photos: ${job.file} changed while the site was being built; build again`);
  const files = photoFiles(job);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const upright = () => sharp(bytes, { failOn: "truncated" }).autoOrient();
  const write = async (copy: PhotoCopy, image: sharp.Sharp) => {
    const to = path.join(dir, path.basename(copy.path));
    const info = await image.toFile(`${to}.part`);
    if (info.width !== copy.width || info.height !== copy.height) throw new Error(`photos: ${job.file} came out ${info.width}×${info.height}, not ${copy.width}×${copy.height}`);
    await rename(`${to}.part`, to);
  };
  const { webp, avif } = PHOTO_RECIPE;
  await Promise.all([
    ...files.avif.map((c) => write(c, upright().resize(c.width, c.height, { fit: "fill" }).avif(avif))),
    ...files.webp.map((c) => write(c, upright().resize(c.width, c.height, { fit: "fill" }).webp(webp))),
    write(files.full, encodeFull(upright(), files.full.format)),
  ]);
  await writeFile(path.join(dir, DONE), MAKER);
}

function encodeFull(image: sharp.Sharp, format: Photo["format"]): sharp.Sharp {
  const { full } = PHOTO_RECIPE;
  return format === "png" ? image.png(full.png) : format === "webp" ? image.webp(full.webp) : image.jpeg(full.jpeg);
}

/**
 * Make (or find in the cache) every copy of the photos and place them in `outDir`. `cacheDir`
 * null: made in a temporary folder, removed once the output has its links.
 */
export async function preparePhotos(photos: Iterable<PhotoJob>, opts: { outDir: string; cacheDir: string | null }): Promise<PhotoStats> {
  const distinct = new Map<string, PhotoJob>();
  for (const p of photos) distinct.set(photoFiles(p).id, p);
  const stats: PhotoStats = { photos: distinct.size, made: 0, fromCache: 0, files: 0, bytes: 0, ms: 0 };
  if (distinct.size === 0) return stats;
  const root = opts.cacheDir === null ? await mkdtemp(path.join(os.tmpdir(), "journal-photos-")) : path.join(opts.cacheDir, "photos");
  const started = performance.now();
  const moves: Array<{ from: string; to: string }> = [];
  try {
    for (const [id, job] of distinct) {
      const dir = path.join(root, id);
      const done = path.join(dir, DONE);
      if ((await exists(done)) && (await readFile(done, "utf8")) === MAKER) stats.fromCache++;
      else {
        await makeCopies(job, dir);
        stats.made++;
      }
      const files = photoFiles(job);
      for (const c of [...files.avif, ...files.webp, files.full]) moves.push({ from: path.join(dir, path.basename(c.path)), to: path.join(opts.outDir, ...c.path.split("/")) });
    }
    stats.ms = performance.now() - started;
    placeFiles(moves);
    stats.files = moves.length;
    for (const m of moves) stats.bytes += (await stat(m.to)).size;
  } finally {
    if (opts.cacheDir === null) await rm(root, { recursive: true, force: true });
  }
  return stats;
}

/**
 * Every photo a page of this build shows: the project pages' (the data's, up to the root's
 * month) and every edition's, rendered or from the edition cache (their pages name the copies
 * too). A published edition's photo is found in the data by its checksum.
 */
export function sitePhotoJobs(b: SiteBuild): PhotoJob[] {
  const { programme } = b.site;
  const bySha = new Map((programme.photos ?? []).map((p) => [p.sha256, p]));
  const jobs: PhotoJob[] = (programme.photos ?? []).filter((p) => p.month <= b.list.root.month);
  for (const e of [b.list.root, ...b.list.editions]) {
    for (const p of e.content.photos ?? []) {
      const source = bySha.get(p.sha256);
      if (source === undefined) throw new Error(`photos: photos/${p.path} of the ${e.month} edition is not in the data`);
      jobs.push({ sha256: p.sha256, format: p.format, width: p.width, height: p.height, file: source.file });
    }
  }
  return jobs;
}

/** The build's one call: the site's photos made or taken from the cache, placed in the output, and a line said about it. */
export async function placeSitePhotos(b: SiteBuild, opts: { outDir: string; cacheDir: string | null; log(line: string): void }): Promise<PhotoStats> {
  const stats = await preparePhotos(sitePhotoJobs(b), opts);
  if (stats.photos > 0)
    opts.log(stageLine("photos", `${n(stats.photos)} (${n(stats.made)} made, ${n(stats.fromCache)} from cache; ${n(stats.files)} files, ${(stats.bytes / 1024 / 1024).toFixed(1)} MB)`, stats.ms / 1000));
  return stats;
}
