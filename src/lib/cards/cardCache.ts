import { createHash } from "node:crypto";
import { cardFonts, type CardFonts } from "./fonts.ts";

/**
 * How the cached files are encoded (encodePng.mjs). Part of every name, so files written by an
 * earlier encoder are not mixed into a build: the same data and code give the same bytes
 * whatever the cache holds.
 */
const ENCODING = "png-indexed-2";

/**
 * The cache name of a card: SHA-256 of the encoding, the font fingerprint and the SVG. drawCards.ts
 * keeps every drawn picture under this name, so a card drawn once is never drawn again with the
 * same fonts.
 */
export function cardHash(svg: string, fonts: CardFonts = cardFonts()): string {
  return createHash("sha256").update(ENCODING).update("\u0000").update(fonts.fingerprint).update("\u0000").update(svg).digest("hex");
}
