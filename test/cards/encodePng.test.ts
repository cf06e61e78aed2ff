import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { cardSvg } from "../../src/lib/cards/cardSvg.ts";
import { cardFonts } from "../../src/lib/cards/fonts.ts";
import { encodeIndexedPng, pngOf } from "../../src/lib/cards/encodePng.mjs";
import { resvgCardOptions } from "../../src/lib/cards/resvgOptions.mjs";
import { decodePng } from "../helpers/decodePng.ts";

describe("encodeIndexedPng", () => {
  it("encodeIndexedPng(pixels) of a drawn card decodes to the very pixels resvg's own PNG holds, in a smaller file", () => {
    const svg = cardSvg({ siteName: "星湾市重点项目建设进度", title: "鹭屿区", figure: "61.0%", figureLabel: "年度投资完成率", flag: "red", edition: "2026年10月", footer: "第8名/共8名" });
    const image = new Resvg(svg, resvgCardOptions(cardFonts().files)).render();
    const ours = encodeIndexedPng(image.pixels, image.width, image.height);
    expect(ours).not.toBeNull();
    const theirs = image.asPng();
    const a = decodePng(ours!);
    const b = decodePng(theirs);
    expect([a.width, a.height]).toEqual([1200, 630]);
    expect(Buffer.from(a.rgba).equals(Buffer.from(b.rgba))).toBe(true);
    expect(ours!.length).toBeLessThan(theirs.length);
    expect(pngOf(image).equals(ours!)).toBe(true);
  });

  it("encodeIndexedPng(a picture of more than 256 colours) is null, and pngOf falls back to resvg's encoder", () => {
    const width = 32;
    const height = 16;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) rgba.set([i & 255, i >> 8, 7, 255], i * 4);
    expect(encodeIndexedPng(rgba, width, height)).toBeNull();
    const image = { pixels: Buffer.from(rgba), width, height, asPng: () => Buffer.from("fallback") };
    expect(pngOf(image).toString()).toBe("fallback");
    // 256 colours still fit.
    expect(encodeIndexedPng(rgba.subarray(0, 16 * 16 * 4), 16, 16)).not.toBeNull();
  });

  it("encodeIndexedPng(a picture with a translucent pixel) is null (resvg's pixels are premultiplied)", () => {
    const rgba = new Uint8Array(4 * 4 * 4).fill(255);
    rgba[4 * 5 + 3] = 128;
    expect(encodeIndexedPng(rgba, 4, 4)).toBeNull();
  });

  it("encodeIndexedPng(pixels) is the same bytes every time (palette in order of first appearance)", () => {
    const rgba = new Uint8Array(8 * 2 * 4);
    for (let i = 0; i < 16; i++) rgba.set(i % 3 === 0 ? [255, 255, 255, 255] : [16, 24, 40, 255], i * 4);
    const once = encodeIndexedPng(rgba, 8, 2)!;
    expect(once.equals(encodeIndexedPng(rgba, 8, 2)!)).toBe(true);
    expect(decodePng(once).rgba).toEqual(rgba);
    // PLTE follows IHDR: white first (pixel 0), then the ink.
    const plte = once.indexOf("PLTE", 0, "latin1");
    expect([...once.subarray(plte + 4, plte + 10)]).toEqual([255, 255, 255, 16, 24, 40]);
  });
});
