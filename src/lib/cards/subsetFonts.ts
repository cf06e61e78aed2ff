import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "../common/hash.ts";
import { workerAnswer } from "../common/workerAnswer.ts";
import { CARD_FONT_FAMILY } from "./cardSvg.ts";
import { cardFonts, type CardFonts } from "./fonts.ts";

/**
 * Fonts holding just the characters the cards use. resvg re-reads its font files for every
 * character it sets, so a 20 MB CJK collection costs 0.4–1.3 s per card; a subset of the
 * few thousand characters a site's cards use costs a few milliseconds, with resvg's own text
 * layout unchanged. Subsets are cached by their character set. The fingerprint stays the
 * full fonts' (a card drawn with any subset holding its characters is the same picture), so
 * the card cache survives new characters. The subsetting itself runs on a worker thread
 * (subsetWorker.mjs), so the thread that asks stays free meanwhile (Astro's, in the build).
 */
export async function subsetFonts(texts: Iterable<string>, cacheDir: string, full: CardFonts = cardFonts()): Promise<CardFonts> {
  const chars = new Set<string>(" 0123456789.,%+-−–—…·:：/()（）年月日▲▼");
  for (const t of texts) for (const c of t) chars.add(c);
  const text = [...chars].sort().join("");
  const hash = sha256(`${full.fingerprint}\n${text}`).slice(0, 16);
  const faces = full.files.map((source) => ({ source, file: path.join(cacheDir, `${path.basename(source, ".ttc")}-${hash}.otf`) }));
  const missing = faces.filter((f) => !existsSync(f.file));
  if (missing.length > 0) {
    await mkdir(cacheDir, { recursive: true });
    await workerAnswer(new URL("./subsetWorker.mjs", import.meta.url), { faces: missing, family: CARD_FONT_FAMILY, text }, "the font-subsetting worker");
  }
  const files = faces.map((f) => f.file);
  return { files, regular: files[0]!, bold: files[1]!, fingerprint: full.fingerprint };
}
