import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";
import { sha256 } from "../common/hash.ts";
import { CARD_FONT_FAMILY } from "./cardSvg.ts";
import { cardFonts, type CardFonts } from "./fonts.ts";
import { ttcFace, ttcFaceNamed } from "./ttcFace.ts";

/**
 * Fonts holding just the characters the cards use. resvg re-reads its font files for every
 * character it sets, so a 20 MB CJK collection costs 0.4–1.3 s per card; a subset of the
 * few thousand characters a site's cards use costs a few milliseconds, with resvg's own text
 * layout unchanged. Subsets are cached by their character set. The fingerprint stays the
 * full fonts' (a card drawn with any subset holding its characters is the same picture), so
 * the card cache survives new characters.
 */
export async function subsetFonts(texts: Iterable<string>, cacheDir: string, full: CardFonts = cardFonts()): Promise<CardFonts> {
  const chars = new Set<string>(" 0123456789.,%+-−–—…·:：/()（）年月日▲▼");
  for (const t of texts) for (const c of t) chars.add(c);
  const text = [...chars].sort().join("");
  await mkdir(cacheDir, { recursive: true });
  const files: string[] = [];
  for (const source of full.files) {
    const file = path.join(cacheDir, `${path.basename(source, ".ttc")}-${sha256(`${full.fingerprint}\n${text}`).slice(0, 16)}.otf`);
    if (!existsSync(file)) {
      const ttc = new Uint8Array(await readFile(source));
      const face = ttcFace(ttc, ttcFaceNamed(ttc, CARD_FONT_FAMILY));
      await writeFile(file, await subsetFont(Buffer.from(face), text, { targetFormat: "sfnt" }));
    }
    files.push(file);
  }
  return { files, regular: files[0]!, bold: files[1]!, fingerprint: full.fingerprint };
}
