import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cardFonts, type CardFonts } from "./fonts.ts";
import { isCompletePng } from "./pngSize.ts";
import { renderCardPng } from "./renderCard.ts";

/** The cache name of a card: SHA-256 of the font fingerprint and the SVG. */
export function cardHash(svg: string, fonts: CardFonts = cardFonts()): string {
  return createHash("sha256").update(fonts.fingerprint).update("\u0000").update(svg).digest("hex");
}

export interface CachedCardOptions {
  fonts?: CardFonts;
  /** The renderer (tests count its calls). */
  render?: (svg: string, fonts: CardFonts) => Uint8Array;
}

/**
 * The PNG of a card, drawn once: `cacheDir/<hash>.png` is content-addressed by the SVG and the
 * fonts, so an unchanged card is read back (`hit: true`) and never drawn again. Files are written
 * whole (to a temporary name, then renamed); an unreadable or truncated file is drawn again.
 */
export function cachedCardPng(svg: string, cacheDir: string, options: CachedCardOptions = {}): { png: Uint8Array; hit: boolean; file: string } {
  const fonts = options.fonts ?? cardFonts();
  const file = path.join(cacheDir, `${cardHash(svg, fonts)}.png`);
  try {
    const cached = new Uint8Array(readFileSync(file));
    if (isCompletePng(cached)) return { png: cached, hit: true, file };
  } catch {
    // Not cached yet.
  }
  const png = options.render ? options.render(svg, fonts) : renderCardPng(svg, { fonts });
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return { png, hit: false, file };
}
