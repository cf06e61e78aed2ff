import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Photo, Programme } from "../../src/lib/data/model.ts";
import { editionPhotos, editionsOf, photoMonths } from "../../src/lib/editions/index.ts";
import { formatIssue } from "../../src/lib/i18n/report.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { publishEdition } from "../../src/lib/io/publishEdition.ts";
import { buildSiteModel } from "../../src/lib/site/siteModel.ts";

/**
 * editions/editionPhotos.ts and verifyPhotos.ts: the photos an edition shows are frozen in its
 * content (a month's own; at a quarter's end the quarter's), so a photo added later for an old
 * month changes no published edition, while the project pages (the data up to the root) show it;
 * a published photo that is gone or changed stops the build, naming the file.
 */
describe("photoMonths(month)", () => {
  it("is the month itself, or at a quarter's end the quarter's three months", () => {
    expect(photoMonths("2026-08")).toEqual(["2026-08"]);
    expect(photoMonths("2026-09")).toEqual(["2026-07", "2026-08", "2026-09"]);
    expect(photoMonths("2026-03")).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(photoMonths("2026-12")).toEqual(["2026-10", "2026-11", "2026-12"]);
  });
});

describe("editionPhotos(programme, month)", () => {
  const photo = (key: string, month: string, n = 1): Photo => ({ key, month, n, file: "", path: `${key}/${month}.jpg`, caption: null, sha256: "a".repeat(64), format: "jpeg", width: 4, height: 3 });
  const state = (key: string, month: string, name: string) => ({ key, month, name, district: "甲区" }) as Programme["snapshots"][number]["states"][number];
  const programme = {
    title: "",
    region: null,
    months: ["2026-06", "2026-07", "2026-08"],
    districts: ["甲区"],
    categories: [],
    projects: [
      { key: "A", id: "A", slug: "a", name: "新名", district: "甲区", category: null, names: ["旧名", "新名"], months: ["2026-06", "2026-07", "2026-08"] },
      { key: "B", id: "B", slug: "b", name: "乙", district: "甲区", category: null, names: ["乙"], months: ["2026-06", "2026-07", "2026-08"] },
    ],
    snapshots: [
      { month: "2026-06", states: [state("A", "2026-06", "旧名")] },
      { month: "2026-08", states: [state("A", "2026-08", "新名")] },
    ] as Programme["snapshots"],
    photos: [photo("A", "2026-06"), photo("A", "2026-08"), photo("B", "2026-08", 2), photo("B", "2026-08"), photo("A", "2026-07")],
  } satisfies Programme;

  it("a month's edition shows its month's photos, by project and number, with the project's name in that month", () => {
    expect(editionPhotos(programme, "2026-08").map((p) => [p.key, p.month, p.n, p.name, p.slug])).toEqual([
      ["A", "2026-08", 1, "新名", "a"],
      ["B", "2026-08", 1, "乙", "b"],
      ["B", "2026-08", 2, "乙", "b"],
    ]);
  });

  it("a quarter-end edition shows the quarter's, newest month first", () => {
    expect(editionPhotos(programme, "2026-06").map((p) => [p.month, p.name])).toEqual([["2026-06", "旧名"]]);
    expect(editionPhotos({ ...programme, photos: [...programme.photos, photo("A", "2026-09")] }, "2026-09").map((p) => p.month)).toEqual(["2026-09", "2026-08", "2026-08", "2026-08", "2026-07"]);
  });
});

describe("a published edition's photos (loadDataDir, publishEdition, editionsOf)", () => {
  let data: string;
  beforeAll(async () => {
    data = await mkdtemp(path.join(os.tmpdir(), "edition-photos-"));
    await cp("test/fixtures/loader/photos", data, { recursive: true });
    const r = await publishEdition(data, "2026-09", { revise: null, date: "2026-10-08" });
    expect(r.ok).toBe(true);
  });
  afterAll(async () => {
    await rm(data, { recursive: true, force: true });
  });

  it("publishEdition freezes the quarter's photos in September's record, with their checksums", async () => {
    const record = JSON.parse(await readFile(path.join(data, "editions/2026-09/r1.json"), "utf8"));
    expect(record.content.photos.map((p: { path: string; month: string; sha256: string }) => [p.path, p.month, p.sha256.length])).toEqual([
      ["P-1/2026-09.jpg", "2026-09", 64],
      ["p-2/2026-09.png", "2026-09", 64],
      ["P-1/2026-08.jpg", "2026-08", 64],
      ["P-1/2026-08-2.webp", "2026-08", 64],
    ]);
  });

  it("a photo added later for August changes no published edition; the project page (up to the root's month) shows it", async () => {
    await writeFile(path.join(data, "photos/p-2/2026-08.jpg"), await readFile("test/fixtures/loader/photos/photos/P-1/2026-08.jpg"));
    try {
      const loaded = await loadDataDir(data);
      expect(loaded.report.errors).toBe(0);
      const editions = editionsOf(loaded.programme!, loaded.config, loaded.editions, {});
      const september = editions.find((e) => e.month === "2026-09")!;
      expect(september.published).toBe(true);
      expect(september.content.photos!.map((p) => p.path)).not.toContain("p-2/2026-08.jpg");
      // August is not published: its draft shows the new photo.
      expect(editions.find((e) => e.month === "2026-08")!.content.photos!.map((p) => p.path)).toContain("p-2/2026-08.jpg");
      const site = buildSiteModel({ programme: loaded.programme!, config: loaded.config, report: loaded.report }, "/", "2026-09");
      expect(site.projectBySlug.get("p-2")!.photos.map((p) => [p.month, p.n])).toEqual([
        ["2026-09", 1],
        ["2026-08", 1],
      ]);
    } finally {
      await rm(path.join(data, "photos/p-2/2026-08.jpg"));
    }
  });

  it("a published photo deleted (or changed) stops the build with a message naming the file and how to fix it", async () => {
    const file = path.join(data, "photos/P-1/2026-08-2.webp");
    const bytes = await readFile(file);
    await rm(file);
    try {
      const loaded = await loadDataDir(data);
      expect(loaded.programme).toBeNull();
      expect(loaded.report.issues.map((i) => formatIssue(i, "zh-CN"))).toEqual([
        `${file} 已发布的 2026-09 期（第1版）展示的照片 photos/P-1/2026-08-2.webp 已不在数据中或已被改动（校验和不符）。已发布的期次不能更改：请恢复原照片（git checkout）；如要换一张，请以新的编号加入（如 2026-08-3.jpg）`,
      ]);
    } finally {
      await writeFile(file, bytes);
    }
    expect((await loadDataDir(data)).report.errors).toBe(0);
  });
});
