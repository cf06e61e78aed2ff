import { describe, expect, it } from "vitest";
import { cardFonts, findCardFonts } from "../../src/lib/cards/fonts.ts";
import { isCompletePngFile, pngSize } from "../../src/lib/cards/pngSize.ts";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { subsetFonts } from "../../src/lib/cards/subsetFonts.ts";
import { cardSvg } from "../../src/lib/cards/cardSvg.ts";
import { renderCardPixels } from "../helpers/renderCard.ts";

describe("findCardFonts", () => {
  it("findCardFonts() finds Debian's Noto Sans CJK and fingerprints them by name and size", () => {
    const fonts = cardFonts();
    expect(fonts.files.map((f) => f.split("/").pop())).toEqual(["NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"]);
    expect(fonts.fingerprint).toMatch(/^NotoSansCJK-Regular\.ttc:\d+;NotoSansCJK-Bold\.ttc:\d+;resvg-js@2\.6\.2;harfbuzzjs@1\.6\.4$/);
  });

  it("findCardFonts(a folder without the fonts) names the Debian package to install", () => {
    expect(() => findCardFonts("/nonexistent/fonts")).toThrow(/fonts-noto-cjk.*JOURNAL_FONT_DIR|JOURNAL_FONT_DIR.*fonts-noto-cjk/s);
    expect(() => findCardFonts("/nonexistent/fonts")).toThrow(/\/nonexistent\/fonts/);
  });
});

describe("subsetFonts", () => {
  it("subsetFonts(texts) makes small fonts with those characters that draw the same card as the full fonts", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-fonts-"));
    const svg = cardSvg({ siteName: "星湾市重点项目", title: "城市轨道交通1号线潮林段", figure: "51.1%", figureLabel: "年度投资完成率", flag: "red", flagLabel: "▲ 红旗", edition: "2026年10月" });
    const texts = [svg.replace(/<[^>]+>/g, " ")];
    const subset = await subsetFonts(texts, dir);
    expect(subset.files.every((f) => statSync(f).size < 200_000)).toBe(true);
    expect(subset.fingerprint).toBe(cardFonts().fingerprint);
    const a = renderCardPixels(svg, { fonts: subset });
    const b = renderCardPixels(svg);
    expect(Buffer.from(a.pixels).equals(Buffer.from(b.pixels))).toBe(true);
    // the same characters again: the cached subset is reused
    expect((await subsetFonts(texts, dir)).files).toEqual(subset.files);
  });
});

describe("subsetFonts (failure)", () => {
  it("subsetFonts(texts, dir, fonts that are not collections) rejects with the subsetting worker's reason", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "journal-fonts-"));
    const notTtc = path.join(dir, "plain.ttc");
    writeFileSync(notTtc, "not a font");
    const fonts = { ...cardFonts(), files: [notTtc, notTtc], regular: notTtc, bold: notTtc };
    await expect(subsetFonts(["望潮区"], path.join(dir, "out"), fonts)).rejects.toThrow("subsetting the card fonts failed: not a font collection (no 'ttcf' tag)");
  });
});

describe("pngSize", () => {
  it("pngSize(not a PNG) throws; isCompletePngFile(truncated) is false", () => {
    expect(() => pngSize(new Uint8Array(30))).toThrow(/not a PNG/);
    const truncated = path.join(mkdtempSync(path.join(tmpdir(), "png-")), "t.png");
    writeFileSync(truncated, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(isCompletePngFile(truncated)).toBe(false);
  });
});
