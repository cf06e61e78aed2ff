import { describe, expect, it } from "vitest";
import { matchPhotos, photoFileKind, type PhotoFileInput } from "../../src/lib/data/photos.ts";
import type { Programme } from "../../src/lib/data/model.ts";
import { formatIssue } from "../../src/lib/i18n/report.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";

/**
 * data/photos.ts: a site photo is matched to its project (the folder: the id as the tables give
 * it, or the project page's slug) and to one of the project's table months (the file name); every
 * other file is an error naming it (fixtures: test/fixtures/loader/photos/ and broken/photo-*).
 */
const dir = (name: string) => `test/fixtures/loader/${name}`;
const lines = async (name: string, locale: "zh-CN" | "en" = "zh-CN") => {
  const r = await loadDataDir(dir(name));
  return { ...r, lines: r.report.issues.map((i) => formatIssue(i, locale)) };
};

const programme = {
  title: "",
  region: null,
  months: ["2026-08", "2026-09"],
  districts: ["甲区"],
  categories: [],
  projects: [
    { key: "id:P-1", id: "P-1", slug: "p-1", name: "港区泊位工程", district: "甲区", category: null, names: ["港区泊位工程"], months: ["2026-08", "2026-09"] },
    { key: "name:体育中心|乙区", id: null, slug: "p-1a2b3c4d", name: "体育中心", district: "乙区", category: null, names: ["体育中心"], months: ["2026-09"] },
  ],
  snapshots: [],
} satisfies Programme;
const image = (sha: string, format = "jpeg", problem: string | null = null) => ({ sha256: sha.repeat(64).slice(0, 64), format, width: 40, height: 30, problem });
const file = (p: string, extra: Partial<PhotoFileInput> = {}): PhotoFileInput => ({ file: `data/photos/${p}`, path: p, ...extra });

describe("photoFileKind(name)", () => {
  it("reads images and captions, leaves the system's files alone", () => {
    expect(["2026-09.jpg", "2026-09.JPEG", "a.png", "b.webp", "2026-09.txt", "2026-09.heic", "notes.docx", "Thumbs.db", ".DS_Store", "desktop.ini"].map(photoFileKind)).toEqual([
      "image",
      "image",
      "image",
      "image",
      "caption",
      "other",
      "other",
      "ignored",
      "ignored",
      "ignored",
    ]);
  });
});

describe("matchPhotos(files, programme)", () => {
  it("matches a folder by id or by slug, numbers a month's photos, attaches captions, orders by project, month and number", () => {
    const r = matchPhotos(
      [
        file("P-1/2026-09-2.jpg", { image: image("b") }),
        file("P-1/2026-09.jpg", { image: image("a") }),
        file("P-1/2026-09.txt", { text: new TextEncoder().encode("\uFEFF 主体施工\n第9层 ") }),
        file("p-1a2b3c4d/2026-09.webp", { image: image("c", "webp") }),
      ],
      programme,
    );
    expect(r.issues).toEqual([]);
    expect(r.photos.map((p) => [p.key, p.month, p.n, p.caption, p.path])).toEqual([
      ["id:P-1", "2026-09", 1, "主体施工 第9层", "P-1/2026-09.jpg"],
      ["id:P-1", "2026-09", 2, null, "P-1/2026-09-2.jpg"],
      ["name:体育中心|乙区", "2026-09", 1, null, "p-1a2b3c4d/2026-09.webp"],
    ]);
  });

  it("takes the format from the bytes: a PNG saved as .jpg is a PNG; a HEIF saved as .jpg is refused", () => {
    const r = matchPhotos([file("P-1/2026-08.jpg", { image: image("d", "png") }), file("P-1/2026-09.jpg", { image: image("e", "heif") })], programme);
    expect(r.photos.map((p) => p.format)).toEqual(["png"]);
    expect(r.issues.map((i) => [i.code, i.file, i.detail.format])).toEqual([["photo-format", "data/photos/P-1/2026-09.jpg", "heif"]]);
  });

  it("a month the project is not on the tables (or no month at all: 2026-13) is refused", () => {
    const r = matchPhotos([file("p-1a2b3c4d/2026-08.jpg", { image: image("f") }), file("P-1/2026-13.jpg", { image: image("g") })], programme);
    expect(r.issues.map((i) => [i.code, i.value])).toEqual([
      ["photo-bad-name", "2026-13.jpg"],
      ["photo-month", "2026-08"],
    ]);
  });

  it("a caption whose photo has its own error is not reported again", () => {
    const r = matchPhotos([file("P-9/2026-09.jpg", { image: image("h") }), file("P-9/2026-09.txt", { text: new Uint8Array([65]) })], programme);
    expect(r.issues.map((i) => i.code)).toEqual(["photo-unknown-project"]);
  });
});

describe("loadDataDir(photos): site photos in the data folder", () => {
  it("reads each photo's format and size as shown (orientation applied), its caption (a GBK text file too), and skips the system's files", async () => {
    const { programme: p, report } = await loadDataDir(dir("photos"));
    expect(report.errors).toBe(0);
    expect(p!.photos!.map((x) => [x.key, x.month, x.n, x.format, x.width, x.height, x.caption, x.file])).toEqual([
      ["id:P-1", "2026-08", 1, "jpeg", 64, 48, null, "test/fixtures/loader/photos/photos/P-1/2026-08.jpg"],
      ["id:P-1", "2026-08", 2, "webp", 64, 48, null, "test/fixtures/loader/photos/photos/P-1/2026-08-2.webp"],
      ["id:P-1", "2026-09", 1, "jpeg", 60, 80, "主体结构施工至第9层 塔吊正常作业", "test/fixtures/loader/photos/photos/P-1/2026-09.jpg"],
      ["id:P-2", "2026-09", 1, "png", 64, 48, "体育中心基础施工", "test/fixtures/loader/photos/photos/p-2/2026-09.png"],
    ]);
    expect(p!.photos!.every((x) => /^[0-9a-f]{64}$/.test(x.sha256))).toBe(true);
  });
});

/** One broken fixture per failure mode, each message pinned: every one names the file. */
describe("loadDataDir(broken/photo-*) rejects a bad photo with a message naming it", () => {
  const B = "test/fixtures/loader/broken";
  const cases: Array<[string, string]> = [
    ["photo-unknown-project", `${B}/photo-unknown-project/photos/P-9/2026-09.jpg 文件夹“P-9”不是任何项目的项目编号：照片应放在 photos/项目编号/ 中，编号与调度表「项目编号」列一致（如“P-1”），也可用项目页地址中的代号`],
    ["photo-month", `${B}/photo-month/photos/P-2/2026-07.jpg 照片的月份 2026-07 不是项目“体育中心”在调度表中的月份（该项目只在 2026-08 至 2026-09 的 2 期调度表中）；文件名的年月应为照片所属的调度月份`],
    [
      "photo-bad-name",
      `${B}/photo-bad-name/photos/P-1/IMG_20260915_103218.jpg 文件名“IMG_20260915_103218.jpg”不是照片的命名方式：应为 年-月.jpg（如 2026-09.jpg），同月第二张起为 2026-09-2.jpg、2026-09-3.jpg……；说明文字放在同名的 .txt 文件（如 2026-09.txt）中`,
    ],
    ["photo-outside-folder", `${B}/photo-outside-folder/photos/2026-09.jpg “2026-09.jpg”直接放在 photos 文件夹中：照片应放在以项目编号命名的文件夹中，如 photos/P-1/2026-09.jpg`],
    ["photo-format", `${B}/photo-format/photos/P-1/2026-09.heic “2026-09.heic”不是支持的照片格式：应为 JPEG（.jpg、.jpeg）、PNG（.png）或 WebP（.webp）；苹果手机的 HEIC 照片请先导出为 JPEG`],
    [
      "photo-unreadable",
      `${B}/photo-unreadable/photos/P-1/2026-09.jpg 无法读取照片“2026-09.jpg”：文件已损坏或不完整（Input buffer has corrupt header: VipsJpeg: premature end of JPEG image），可能在复制或下载时被截断；请重新从相机或手机导出`,
    ],
    ["photo-duplicate", `${B}/photo-duplicate/photos/P-1/2026-09.jpg “P-1/2026-09.jpg”与“P-1/2026-09-1.png”都是 2026-09 的第 1 张照片；同月多张请命名为 2026-09.jpg、2026-09-2.jpg、2026-09-3.jpg……`],
  ];
  for (const [name, message] of cases) {
    it(`loadDataDir(broken/${name}) fails with its message and publishes nothing`, async () => {
      const { programme: p, report, lines: l } = await lines(`broken/${name}`);
      expect(l).toEqual([message]);
      expect(report.errors).toBe(1);
      expect(p).toBeNull();
    });
  }

  it("loadDataDir(broken/photo-caption) warns of a caption without its photo and keeps the photo", async () => {
    const { programme: p, lines: l } = await lines("broken/photo-caption");
    expect(l).toEqual([`${B}/photo-caption/photos/P-1/2026-09-2.txt 说明文字“2026-09-2.txt”没有同名的照片（如 2026-09.txt 是 2026-09.jpg 的说明），未使用`]);
    expect(p!.photos!.length).toBe(1);
  });

  it("the messages in English name the file too", async () => {
    expect((await lines("broken/photo-month", "en")).lines).toEqual([
      `${B}/photo-month/photos/P-2/2026-07.jpg the photo's month 2026-07 is not a month in which project "体育中心" is on the tables (it is on 2 tables from 2026-08 to 2026-09); the file name gives the table month the photo belongs to`,
    ]);
    expect((await lines("broken/photo-format", "en")).lines).toEqual([
      `${B}/photo-format/photos/P-1/2026-09.heic "2026-09.heic" is not a supported photo format: expected JPEG (.jpg, .jpeg), PNG (.png) or WebP (.webp); export an iPhone's HEIC photos as JPEG first`,
    ]);
  });
});
