import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { probeImage, readPhotos } from "../../src/lib/io/readPhotos.ts";

/** io/readPhotos.ts: what the loader learns of each file under photos/ before matching it. */
describe("probeImage(bytes)", () => {
  it("gives the checksum, the format and the size as shown: a photo stored on its side with orientation 6 is taller than wide", async () => {
    const stored = await sharp({ create: { width: 80, height: 60, channels: 3, background: "#6fa8dc" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const p = await probeImage(stored);
    expect(p).toMatchObject({ format: "jpeg", width: 60, height: 80, problem: null });
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("decodes the whole image: a JPEG cut short is a problem, though its header reads", async () => {
    const full = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#a88b67" } }).jpeg().toBuffer();
    const cut = full.subarray(0, Math.floor(full.length * 0.6));
    expect((await sharp(cut).metadata()).width).toBe(400);
    const p = await probeImage(cut);
    expect(p.format).toBeNull();
    expect(p.problem).toMatch(/premature end of JPEG/);
  });

  it("names another format it can read (GIF) so the loader can say it is not a photo format", async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).gif().toBuffer();
    expect(await probeImage(gif)).toMatchObject({ format: "gif", problem: null });
  });
});

describe("readPhotos(dataDir)", () => {
  it("lists every file under photos/ by its path there, probes images, reads captions' bytes, and reads nothing else", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "read-photos-"));
    try {
      await mkdir(path.join(dir, "photos", "P-1", "old"), { recursive: true });
      const jpg = await sharp({ create: { width: 8, height: 6, channels: 3, background: "#fff" } }).jpeg().toBuffer();
      await writeFile(path.join(dir, "photos", "P-1", "2026-09.jpg"), jpg);
      await writeFile(path.join(dir, "photos", "P-1", "2026-09.txt"), "说明");
      await writeFile(path.join(dir, "photos", "P-1", "old", "2026-08.heic"), "x");
      const files = await readPhotos(dir);
      expect(files.map((f) => [f.path, f.image?.format ?? null, f.text === undefined ? null : Buffer.from(f.text).toString()])).toEqual([
        ["P-1/2026-09.jpg", "jpeg", null],
        ["P-1/2026-09.txt", null, "说明"],
        ["P-1/old/2026-08.heic", null, null],
      ]);
      expect(files[0]!.file).toBe(path.join(dir, "photos", "P-1", "2026-09.jpg"));
      expect(await readPhotos(path.join(dir, "none"))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
