import { Resvg } from "@resvg/resvg-js";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cardSvg } from "../../src/lib/cards/cardSvg.ts";
import { cardFonts } from "../../src/lib/cards/fonts.ts";
import { encodeIndexedPng, pngOf } from "../../src/lib/cards/encodePng.mjs";
import { resvgCardOptions } from "../../src/lib/cards/resvgOptions.mjs";

/** A small PNG decoder (8-bit greyscale-free: truecolour, indexed, truecolour + alpha; every filter) to compare pixels. */
function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const buf = Buffer.from(png);
  let pos = 8;
  let width = 0;
  let height = 0;
  let type = 0;
  let palette = Buffer.alloc(0);
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString("latin1", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8);
      type = data[9]!;
    } else if (kind === "PLTE") palette = data;
    else if (kind === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  const channels = type === 3 ? 1 : type === 2 ? 3 : 4;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      rows[y * stride + x] = (v + predictor) & 255;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    if (type === 3) {
      const k = rows[i]!;
      rgba.set([palette[k * 3]!, palette[k * 3 + 1]!, palette[k * 3 + 2]!, 255], i * 4);
    } else if (type === 2) rgba.set([rows[i * 3]!, rows[i * 3 + 1]!, rows[i * 3 + 2]!, 255], i * 4);
    else rgba.set(rows.subarray(i * 4, i * 4 + 4), i * 4);
  }
  return { width, height, rgba };
}

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
