import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** The two faces the cards use (Regular and Bold of Noto Sans CJK, as Debian ships them). */
export const CARD_FONT_FILES = ["NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"] as const;
/** Where Debian's `fonts-noto-cjk` puts them. */
export const DEBIAN_FONT_DIR = "/usr/share/fonts/opentype/noto";

export interface CardFonts {
  /** Absolute paths of the font files: [regular, bold]. */
  files: string[];
  regular: string;
  bold: string;
  /** File names and sizes, and the renderers' versions: what a cached card depends on besides its SVG. */
  fingerprint: string;
}

/** The versions of what draws the pictures: resvg, and HarfBuzz, which sets the painted cards' text (paintCard.mjs). */
function rendererVersion(): string {
  // From the package's own package.json, found above its entry point (harfbuzzjs does not export it).
  const version = (name: string) => {
    try {
      for (let dir = path.dirname(createRequire(import.meta.url).resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
        const file = path.join(dir, "package.json");
        if (!existsSync(file)) continue;
        const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
        if (pkg.name === name) return `${name}@${pkg.version ?? "?"}`;
      }
    } catch {
      // Not installed: "?" below.
    }
    return `${name}@?`;
  };
  return `${version("@resvg/resvg-js").replace("@resvg/", "")};${version("harfbuzzjs")}`;
}

/**
 * The card fonts in `dir` (Debian's font folder by default; `npm run build` takes another from
 * JOURNAL_FONT_DIR); throws an error that says what to install when they are missing.
 */
export function findCardFonts(dir: string = DEBIAN_FONT_DIR): CardFonts {
  const files = CARD_FONT_FILES.map((name) => path.resolve(dir, name));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new Error(
      `Link-preview cards need the Noto Sans CJK fonts, and ${missing.map((f) => path.basename(f)).join(" and ")} ` +
        `${missing.length === 1 ? "is" : "are"} not in ${dir}. Install Debian's package fonts-noto-cjk ` +
        `(apt-get install fonts-noto-cjk), or set JOURNAL_FONT_DIR to a folder holding ${CARD_FONT_FILES.join(" and ")}.`,
    );
  const fingerprint = [...files.map((f) => `${path.basename(f)}:${statSync(f).size}`), rendererVersion()].join(";");
  return { files, regular: files[0]!, bold: files[1]!, fingerprint };
}

const found = new Map<string, CardFonts>();

/** The fonts of a folder, looked up once per folder. */
export function cardFonts(dir: string = DEBIAN_FONT_DIR): CardFonts {
  let fonts = found.get(dir);
  if (fonts === undefined) found.set(dir, (fonts = findCardFonts(dir)));
  return fonts;
}
