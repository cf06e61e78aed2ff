import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { generateProgramme, samplePhotos, type SamplePhoto } from "../../src/lib/sample/index.ts";
import { hasGpsIfd, privateMarkers } from "./exif.ts";

/** sample/samplePhotos.ts: the sample's drawn site photos, as generate-sample writes them to data/photos/. */
const programme = generateProgramme({ seed: 2026, projects: 150, years: [2025, 2026], lastMonth: "2026-10", schedulesFrom: "2026-06" });
let photos: SamplePhoto[];
beforeAll(async () => {
  photos = await samplePhotos(programme);
});

describe("samplePhotos(programme)", () => {
  it("draws nine photos of four projects in the two quarters before the draft month, one folder named by the page's slug", () => {
    expect(photos.map((p) => `${p.folder}/${p.name}`)).toEqual([
      "XW2025-001/2026-06.jpg",
      "XW2025-001/2026-09.jpg",
      "XW2025-001/2026-09-2.jpg",
      "XW2025-007/2026-08.jpg",
      "XW2025-007/2026-09.jpg",
      "XW2025-021/2026-07.png",
      "XW2025-021/2026-09.jpg",
      "xw2025-002/2026-05.jpg",
      "xw2025-002/2026-06.jpg",
    ]);
    expect(photos.every((p) => p.caption.length > 0)).toBe(true);
  });

  it("one is a phone photo: stored on its side with orientation 6, with EXIF giving the camera and a GPS position", async () => {
    const phone = photos.filter((p) => privateMarkers(p.bytes).includes("GPS latitude"));
    expect(phone.map((p) => `${p.folder}/${p.name}`)).toEqual(["XW2025-001/2026-09.jpg"]);
    const m = await sharp(phone[0]!.bytes).metadata();
    expect([m.width, m.height, m.orientation, m.autoOrient]).toEqual([1600, 1200, 6, { width: 1200, height: 1600 }]);
    expect(hasGpsIfd(m.exif!)).toBe(true);
  });

  it("draws the same bytes every time", async () => {
    const again = await samplePhotos(programme);
    expect(again.map((p) => Buffer.from(p.bytes).equals(Buffer.from(photos.find((x) => x.name === p.name && x.folder === p.folder)!.bytes)))).toEqual(photos.map(() => true));
  });
});
