import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";
import { sha256 } from "../editions/stableJson.ts";
import { ttcFace, ttcFaceNamed } from "./ttcFace.ts";

/** The Noto Sans CJK collections Debian's fonts-noto-cjk installs. */
export const NOTO_DIR = process.env.JOURNAL_FONT_DIR ?? "/usr/share/fonts/opentype/noto";
export const FAMILY = "Noto Sans CJK SC";
const WEIGHTS = { regular: "NotoSansCJK-Regular.ttc", bold: "NotoSansCJK-Bold.ttc" } as const;

/**
 * Fonts holding just the characters the cards use. Loading a whole CJK collection costs
 * resvg about 180 ms per image; a subset of a few thousand glyphs loads in a few. The
 * subsets are cached by their character set, so a rebuild with the same text reuses them.
 */
export async function subsetFonts(texts: Iterable<string>, cacheDir: string): Promise<string[]> {
  const chars = new Set<string>(" 0123456789.,%+-−–—…·:：/()（）年月日▲▼");
  for (const t of texts) for (const c of t) chars.add(c);
  const text = [...chars].sort().join("");
  await mkdir(cacheDir, { recursive: true });
  const out: string[] = [];
  for (const [weight, name] of Object.entries(WEIGHTS)) {
    const source = path.join(NOTO_DIR, name);
    if (!existsSync(source)) throw new Error(`${source} is missing: install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk)`);
    const file = path.join(cacheDir, `${weight}-${sha256(`${source}\n${text}`).slice(0, 16)}.otf`);
    if (!existsSync(file)) {
      const ttc = new Uint8Array(await readFile(source));
      const face = ttcFace(ttc, ttcFaceNamed(ttc, FAMILY));
      await writeFile(file, await subsetFont(Buffer.from(face), text, { targetFormat: "sfnt" }));
    }
    out.push(file);
  }
  return out;
}
