import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparePhotos, sitePhotoJobs, type PhotoJob } from "../../src/lib/build/photos.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { sha256 } from "../../src/lib/common/hash.ts";
import { probeImage } from "../../src/lib/io/readPhotos.ts";
import { photoFiles } from "../../src/lib/site/photoViews.ts";
import { hasGpsIfd, metadataOf, privateMarkers } from "./exif.ts";

/**
 * build/photos.ts: a phone photo with EXIF (camera, time, GPS), XMP and an ICC profile, stored on
 * its side (orientation 6), goes in; every published copy (AVIF and WebP at each width, the
 * full-size JPEG) comes out upright, at the size the page says, with none of it. Then: a small
 * photo is never enlarged, a PNG and a WebP with EXIF are cleaned too, a second run finds
 * everything in the cache, and the bytes are the same every time.
 */
let work: string;
const EXIF = {
  IFD0: { Make: "HUAWEI", Model: "ALN-AL00", DateTime: "2026:09:24 10:32:18" },
  IFD2: { DateTimeOriginal: "2026:09:24 10:32:18" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "24/1 29/1 1521/100", GPSLongitudeRef: "E", GPSLongitude: "118/1 5/1 4417/100" },
};
const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="24,29.2535N"/></rdf:RDF></x:xmpmeta>';
const scene = (w: number, h: number) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#6fa8dc"/><rect y="${h * 0.7}" width="${w}" height="${h * 0.3}" fill="#a88b67"/><rect x="${w * 0.4}" y="${h * 0.2}" width="${w * 0.1}" height="${h * 0.5}" fill="#e2b007"/></svg>`);

async function job(name: string, bytes: Buffer): Promise<PhotoJob> {
  const file = path.join(work, name);
  await writeFile(file, bytes);
  const probe = await probeImage(bytes);
  return { file, sha256: probe.sha256, format: probe.format as PhotoJob["format"], width: probe.width, height: probe.height };
}

let phone: PhotoJob;
let small: PhotoJob;
let png: PhotoJob;
let webp: PhotoJob;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "photos-test-"));
  // 2000×1500 pixels stored, shown 1500×2000 (portrait) once turned by orientation 6.
  const upright = await sharp(scene(1500, 2000)).png().toBuffer();
  phone = await job("phone.jpg", await sharp(upright).rotate(270).jpeg({ quality: 85 }).withIccProfile("p3").withExif(EXIF).withXmp(XMP).withMetadata({ orientation: 6 }).toBuffer());
  small = await job("small.jpg", await sharp(scene(700, 500)).jpeg().withExif(EXIF).toBuffer());
  png = await job("plan.png", await sharp(scene(1000, 750)).png().withExif(EXIF).toBuffer());
  webp = await job("site.webp", await sharp(scene(1200, 900)).webp().withExif(EXIF).withXmp(XMP).toBuffer());
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const published = (out: string, j: PhotoJob) => {
  const f = photoFiles(j);
  return [...f.avif, ...f.webp, f.full].map((c) => ({ ...c, file: path.join(out, c.path) }));
};

describe("preparePhotos(photos, { outDir, cacheDir })", () => {
  it("the phone photo's source has EXIF with a GPS position, XMP, an ICC profile and orientation 6 (what the copies must lose)", async () => {
    const bytes = await readFile(phone.file);
    const m = await metadataOf(bytes);
    expect(m).toMatchObject({ exif: true, xmp: true, icc: true, orientation: 6, width: 2000, height: 1500 });
    expect(hasGpsIfd((await sharp(bytes).metadata()).exif!)).toBe(true);
    expect(privateMarkers(bytes)).toEqual(expect.arrayContaining(["Exif", "GPS latitude", "camera maker", "XMP GPS", "XMP"]));
    expect([phone.width, phone.height]).toEqual([1500, 2000]);
  });

  it("publishes AVIF and WebP at 480, 960 and 1500 px and the full-size JPEG, upright, with no EXIF, GPS, XMP, IPTC or ICC data in any of them", async () => {
    const out = path.join(work, "out-1");
    const stats = await preparePhotos([phone], { outDir: out, cacheDir: path.join(work, "cache") });
    expect(stats).toMatchObject({ photos: 1, made: 1, fromCache: 0, files: 7 });
    const copies = published(out, phone);
    expect(copies.map((c) => [path.extname(c.path), c.width, c.height])).toEqual([
      [".avif", 480, 640],
      [".avif", 960, 1280],
      [".avif", 1500, 2000],
      [".webp", 480, 640],
      [".webp", 960, 1280],
      [".webp", 1500, 2000],
      [".jpg", 1500, 2000],
    ]);
    for (const c of copies) {
      const bytes = await readFile(c.file);
      const m = await metadataOf(bytes);
      expect({ file: c.path, ...m }).toEqual({ file: c.path, format: { ".avif": "heif", ".webp": "webp", ".jpg": "jpeg" }[path.extname(c.path)], width: c.width, height: c.height, exif: false, xmp: false, iptc: false, icc: false, orientation: undefined });
      expect(privateMarkers(bytes), c.path).toEqual([]);
    }
    expect((await readdir(path.join(out, "photos"))).length).toBe(7);
  });

  it("never enlarges: a 700 px photo gets 480 and 700 px copies and a 700 px full size", async () => {
    const out = path.join(work, "out-small");
    await preparePhotos([small], { outDir: out, cacheDir: null });
    const copies = published(out, small);
    expect(copies.map((c) => c.width)).toEqual([480, 700, 480, 700, 700]);
    for (const c of copies) expect((await metadataOf(await readFile(c.file))).width).toBe(c.width);
  });

  it("re-encodes a PNG and a WebP with EXIF in their own formats for the full size, and strips them too", async () => {
    const out = path.join(work, "out-formats");
    await preparePhotos([png, webp], { outDir: out, cacheDir: null });
    for (const j of [png, webp]) {
      expect(privateMarkers(await readFile(j.file))).toContain("GPS latitude");
      const copies = published(out, j);
      expect(path.extname(copies.at(-1)!.path)).toBe(j.format === "png" ? ".png" : ".webp");
      for (const c of copies) {
        const bytes = await readFile(c.file);
        expect(await metadataOf(bytes)).toMatchObject({ exif: false, xmp: false, iptc: false, icc: false });
        expect(privateMarkers(bytes), c.path).toEqual([]);
      }
    }
  });

  it("a second run finds the photo in the cache: nothing made again, the cache files untouched, the output the same bytes", async () => {
    const cache = path.join(work, "cache");
    const before = new Map<string, number>();
    const dir = path.join(cache, "photos", photoFiles(phone).id);
    for (const f of await readdir(dir)) before.set(f, (await stat(path.join(dir, f))).mtimeMs);
    const out = path.join(work, "out-2");
    const stats = await preparePhotos([phone, phone], { outDir: out, cacheDir: cache });
    expect(stats).toMatchObject({ photos: 1, made: 0, fromCache: 1, files: 7 });
    for (const f of await readdir(dir)) expect((await stat(path.join(dir, f))).mtimeMs, f).toBe(before.get(f));
    for (const c of published(out, phone)) expect(sha256(await readFile(c.file))).toBe(sha256(await readFile(path.join(work, "out-1", c.path))));
  });

  it("makes the same bytes every time (without a cache too)", async () => {
    const out = path.join(work, "out-3");
    const stats = await preparePhotos([phone], { outDir: out, cacheDir: null });
    expect(stats.made).toBe(1);
    for (const c of published(out, phone)) expect(sha256(await readFile(c.file)), c.path).toBe(sha256(await readFile(path.join(work, "out-1", c.path))));
  });

  it("refuses a photo whose bytes changed since it was read, naming the file", async () => {
    const changed = { ...small, sha256: "0".repeat(64) };
    await expect(preparePhotos([changed], { outDir: path.join(work, "out-4"), cacheDir: null })).rejects.toThrow(/small\.jpg changed/);
  });
});

describe("sitePhotoJobs(build)", () => {
  const photo = (month: string, sha: string) => ({ key: "A", month, n: 1, file: `data/photos/A/${month}.jpg`, path: `A/${month}.jpg`, caption: null, sha256: sha.repeat(64), format: "jpeg" as const, width: 40, height: 30 });
  const edition = (month: string, photos: ReturnType<typeof photo>[]) => ({ month, content: { photos: photos.map((p) => ({ ...p, slug: "a", name: "A", district: "甲区" })) } });
  const build = (editions: ReturnType<typeof edition>[], photos: ReturnType<typeof photo>[]) =>
    ({ site: { programme: { photos } }, list: { root: editions.at(-1), editions } }) as unknown as SiteBuild;

  it("takes the project pages' photos up to the root's month and every edition's, cached or rendered, each from its file in the data", () => {
    const data = [photo("2026-08", "a"), photo("2026-09", "b"), photo("2026-10", "c")];
    const jobs = sitePhotoJobs(build([edition("2026-08", [data[0]!]), edition("2026-09", [data[1]!, data[0]!])], data));
    expect(jobs.map((j) => [j.sha256[0], j.file])).toEqual([
      ["a", "data/photos/A/2026-08.jpg"],
      ["b", "data/photos/A/2026-09.jpg"],
      ["b", "data/photos/A/2026-09.jpg"],
      ["a", "data/photos/A/2026-08.jpg"],
      ["a", "data/photos/A/2026-08.jpg"],
      ["b", "data/photos/A/2026-09.jpg"],
      ["a", "data/photos/A/2026-08.jpg"],
    ]);
  });

  it("throws when an edition shows a photo the data no longer has (the loader refuses that first)", () => {
    expect(() => sitePhotoJobs(build([edition("2026-09", [photo("2026-09", "d")])], []))).toThrow(/photos\/A\/2026-09\.jpg of the 2026-09 edition is not in the data/);
  });
});
