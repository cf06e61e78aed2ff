import { describe, expect, it } from "vitest";
import { formatFor } from "../../src/lib/i18n/format/index.ts";
import { t } from "../../src/lib/i18n/ui.ts";
import { byMonth, copyHeight, copyWidths, newestFirst, photoFiles, photoView } from "../../src/lib/site/photoViews.ts";
import { withBase } from "../../src/lib/site/urls.ts";

/** site/photoViews.ts: the published copies' names and sizes, and a photo as a page shows it. */
const source = { sha256: "ab".repeat(32), format: "jpeg" as const, width: 3000, height: 2000 };

describe("copyWidths(width)", () => {
  it("is 480, 960 and 1600 below a wide photo's width, and never more than the photo's own", () => {
    expect(copyWidths(4000)).toEqual([480, 960, 1600]);
    expect(copyWidths(1600)).toEqual([480, 960, 1600]);
    expect(copyWidths(1200)).toEqual([480, 960, 1200]);
    expect(copyWidths(960)).toEqual([480, 960]);
    expect(copyWidths(300)).toEqual([300]);
  });
});

describe("copyHeight(w, width, height)", () => {
  it("keeps the aspect, rounded, at least 1", () => {
    expect(copyHeight(480, 3000, 2000)).toBe(320);
    expect(copyHeight(480, 901, 1203)).toBe(641);
    expect(copyHeight(480, 10000, 1)).toBe(1);
  });
});

describe("photoFiles(photo)", () => {
  it("names every copy after the checksum and the recipe, under photos/, the full size in the photo's own format", () => {
    const f = photoFiles(source);
    expect(f.id).toMatch(/^[0-9a-f]{20}$/);
    expect(f.avif.map((c) => [c.path, c.width, c.height])).toEqual([
      [`photos/${f.id}-480.avif`, 480, 320],
      [`photos/${f.id}-960.avif`, 960, 640],
      [`photos/${f.id}-1600.avif`, 1600, 1067],
    ]);
    expect(f.webp.map((c) => c.path)).toEqual([`photos/${f.id}-480.webp`, `photos/${f.id}-960.webp`, `photos/${f.id}-1600.webp`]);
    expect(f.full).toEqual({ path: `photos/${f.id}.jpg`, width: 3000, height: 2000, format: "jpeg" });
    expect(photoFiles({ ...source, format: "png" }).full.path).toBe(`photos/${f.id}.png`);
    expect(photoFiles({ ...source, sha256: "cd".repeat(32) }).id).not.toBe(f.id);
  });
});

describe("photoView(photo, project, { href, ui, fmt })", () => {
  const ctx = { href: (p: string) => withBase("/journal/", p), ui: t("zh-CN"), fmt: formatFor("zh-CN") };
  const p = { ...source, key: "id:A", month: "2026-09", n: 2, caption: null };
  it("gives AVIF and WebP srcsets under the base path, a 960 px fallback with its size, the full-size link, and alt text from the project and month", () => {
    const v = photoView(p, { name: "港区泊位工程", href: "/journal/projects/a/" }, ctx);
    const id = photoFiles(source).id;
    expect(v.avif).toBe(`/journal/photos/${id}-480.avif 480w, /journal/photos/${id}-960.avif 960w, /journal/photos/${id}-1600.avif 1600w`);
    expect(v.webp).toBe(`/journal/photos/${id}-480.webp 480w, /journal/photos/${id}-960.webp 960w, /journal/photos/${id}-1600.webp 1600w`);
    expect([v.src, v.width, v.height]).toEqual([`/journal/photos/${id}-960.webp`, 960, 640]);
    expect(v.full).toEqual({ href: `/journal/photos/${id}.jpg`, label: "原图（3000×2000，JPEG）" });
    expect([v.alt, v.monthLabel, v.projectHref]).toEqual(["港区泊位工程 2026年9月现场照片（第2张）", "2026年9月", "/journal/projects/a/"]);
  });
  it("takes the alt text from the caption when there is one; in English too", () => {
    expect(photoView({ ...p, caption: "主体封顶" }, { name: "x", href: null }, ctx).alt).toBe("主体封顶");
    const en = photoView({ ...p, width: 700, height: 500 }, { name: "Harbour berth", href: null }, { ...ctx, ui: t("en"), fmt: formatFor("en") });
    expect([en.alt, en.full.label, en.src, en.width]).toEqual(["Harbour berth, the site in September 2026 (photo 2)", "Full size (700×500, JPEG)", `/journal/photos/${photoFiles(source).id}-700.webp`, 700]);
  });
});

describe("newestFirst(photos) and byMonth(views)", () => {
  it("orders by month, newest first, keeping the given order within a month; groups runs of a month", () => {
    const ps = [
      { month: "2026-06", n: 1, id: "a" },
      { month: "2026-09", n: 1, id: "b" },
      { month: "2026-09", n: 2, id: "c" },
      { month: "2026-08", n: 1, id: "d" },
    ];
    expect(newestFirst(ps).map((x) => x.id)).toEqual(["b", "c", "d", "a"]);
    const views = newestFirst(ps).map((x) => ({ month: x.month, monthLabel: x.month, n: x.n }) as Parameters<typeof byMonth>[0][number]);
    expect(byMonth(views).map((g) => [g.month, g.photos.length])).toEqual([
      ["2026-09", 2],
      ["2026-08", 1],
      ["2026-06", 1],
    ]);
  });
});
