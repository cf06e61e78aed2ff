import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "../site/buildSite.ts";
import { parsePage } from "../site/links.ts";
import { metadataOf, privateMarkers } from "./exif.ts";

/**
 * The sample's photos on its built site (the build the other site tests share): on a project's
 * page by month, newest first; on a quarter-end district page the quarter's; on a month's
 * district page the month's; each a <picture> with AVIF and WebP srcsets, an <img> with its size,
 * and a full-size link that resolves; no published file carries EXIF or a GPS position, though
 * the sample's phone photo does.
 */
let built: BuiltSite;
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const page = (rel: string) => parsePage(path.join(built.out, rel, "index.html"));
const file = (url: string) => path.join(built.out, url.replace(/^\//, ""));

beforeAll(async () => {
  built = await buildSite("site", "data");
}, 600_000);

/** Every figure of a page's photo section, checked for what a page must give an image. */
function figures(doc: Document) {
  return [...doc.querySelectorAll("#photos figure.photo")].map((f) => {
    const img = f.querySelector("img")!;
    const avif = f.querySelector('source[type="image/avif"]')!;
    const urls = [img.getAttribute("src")!, ...[img, avif].flatMap((el) => el.getAttribute("srcset")!.split(",").map((s) => s.trim().split(/\s+/)[0]!))];
    return {
      photo: f.getAttribute("data-photo"),
      caption: text(f.querySelector(".photo-caption")),
      project: text(f.querySelector(".photo-project")),
      month: text(f.querySelector(".photo-month")),
      img,
      urls,
      full: f.querySelector<HTMLAnchorElement>("a.photo-full")!.getAttribute("href")!,
    };
  });
}

describe("the sample's site photos on the built site", () => {
  it("the project page shows its photos under 现场照片, by month newest first, each a picture with srcsets, width and height, lazy, and a full-size link that resolves", async () => {
    const doc = page("projects/xw2025-001");
    expect(text(doc.querySelector("#photos h2"))).toBe("现场照片");
    expect([...doc.querySelectorAll("#photos h3")].map(text)).toEqual(["2026年9月", "2026年6月"]);
    const figs = figures(doc);
    expect(figs.map((f) => f.photo)).toEqual(["id:XW2025-001|2026-09|1", "id:XW2025-001|2026-09|2", "id:XW2025-001|2026-06|1"]);
    expect(figs[0]!.caption).toBe("主体结构施工至第9层，钢筋绑扎与模板安装同步进行。");
    for (const f of figs) {
      expect(f.img.getAttribute("loading")).toBe("lazy");
      expect(f.img.getAttribute("alt")).toBe(f.caption);
      expect(Number(f.img.getAttribute("width"))).toBeGreaterThan(0);
      for (const url of [...f.urls, f.full]) expect(existsSync(file(url)), url).toBe(true);
      // The fallback's width and height are the file's.
      const m = await sharp(file(f.urls[0]!)).metadata();
      expect([m.width, m.height]).toEqual([Number(f.img.getAttribute("width")), Number(f.img.getAttribute("height"))]);
    }
    // The phone photo, stored on its side, is published upright: portrait, full size 1200×1600.
    expect(text(doc.querySelector("#photos figure a.photo-full"))).toBe("原图（1200×1600，JPEG）");
    const full = await sharp(file(figs[0]!.full)).metadata();
    expect([full.width, full.height, full.orientation]).toEqual([1200, 1600, undefined]);
  });

  it("the quarter-end district page (the root, September) shows the quarter's photos of its projects, naming each project and month", () => {
    const doc = page("districts/gaoxin");
    expect(text(doc.querySelector("#photos h2"))).toBe("2026年第三季度现场照片");
    expect(figures(doc).map((f) => [f.project, f.month])).toEqual([
      ["枫滨片区城市更新项目", "2026年9月"],
      ["鹭桥历史文化街区保护利用工程", "2026年9月"],
      ["枫滨片区城市更新项目", "2026年8月"],
      ["鹭桥历史文化街区保护利用工程", "2026年7月"],
    ]);
    expect(doc.querySelector("#photos .photo-project a")!.getAttribute("href")).toBe("/projects/xw2025-007/");
    for (const f of figures(doc)) for (const url of [...f.urls, f.full]) expect(existsSync(file(url)), url).toBe(true);
  });

  it("a month's district page shows the month's photos; June's (a quarter's end) the second quarter's; a district without any has no photo section", () => {
    expect(text(page("editions/2026-08/districts/gaoxin").querySelector("#photos h2"))).toBe("2026年8月现场照片");
    expect(figures(page("editions/2026-08/districts/gaoxin")).map((f) => f.photo)).toEqual(["id:XW2025-007|2026-08|1"]);
    expect(text(page("editions/2026-06/districts/tinglan").querySelector("#photos h2"))).toBe("2026年第二季度现场照片");
    expect(figures(page("editions/2026-06/districts/tinglan")).map((f) => f.photo)).toEqual(["id:XW2025-002|2026-06|1", "id:XW2025-002|2026-05|1"]);
    expect(page("districts/xihe").querySelector("#photos")).toBeNull();
  });

  it("no published photo carries EXIF, XMP, IPTC, ICC or a GPS position: every variant of every photo, the full-size copies included", async () => {
    const phone = readFileSync("data/photos/XW2025-001/2026-09.jpg");
    expect(privateMarkers(phone)).toContain("GPS latitude");
    const files = readdirSync(path.join(built.out, "photos"));
    expect(files.length).toBe(9 * 7);
    for (const name of files) {
      const bytes = readFileSync(path.join(built.out, "photos", name));
      expect(await metadataOf(bytes), name).toMatchObject({ exif: false, xmp: false, iptc: false, icc: false, orientation: undefined });
      expect(privateMarkers(bytes), name).toEqual([]);
    }
  });
});
