import { Resvg } from "@resvg/resvg-js";
import { cardFonts, type CardFonts } from "../../src/lib/cards/fonts.ts";
import { pngOf } from "../../src/lib/cards/encodePng.mjs";
import { resvgCardOptions } from "../../src/lib/cards/resvgOptions.mjs";

export interface RenderCardOptions {
  /** Fonts to draw with: pass `subsetFonts(...)` when drawing many cards (see subsetFonts.ts). */
  fonts?: CardFonts;
}

/**
 * A card's SVG drawn as PNG by resvg with the Noto Sans CJK fonts only (no system fonts, so the
 * picture is the same on every machine with the same font files). Many cards are drawn on worker
 * threads by drawCards.ts with the same options; the tests draw one here to compare.
 */
export function renderCardPng(svg: string, options: RenderCardOptions = {}): Uint8Array {
  const png = pngOf(rasterise(svg, options));
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** The card's RGBA pixels, row by row (for comparing drawings). */
export function renderCardPixels(svg: string, options: RenderCardOptions = {}): { width: number; height: number; pixels: Uint8Array } {
  const image = rasterise(svg, options);
  const pixels = image.pixels;
  return { width: image.width, height: image.height, pixels: new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength) };
}

function rasterise(svg: string, options: RenderCardOptions) {
  const fonts = options.fonts ?? cardFonts();
  return new Resvg(svg, resvgCardOptions(fonts.files)).render();
}
