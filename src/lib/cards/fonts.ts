import { existsSync, statSync } from "node:fs";
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
  /** File names and sizes, and the renderer's version: what a cached card depends on besides its SVG. */
  fingerprint: string;
}

function rendererVersion(): string {
  try {
    const pkg = createRequire(import.meta.url)("@resvg/resvg-js/package.json") as { version?: string };
    return `resvg-js@${pkg.version ?? "?"}`;
  } catch {
    return "resvg-js@?";
  }
}

/**
 * The card fonts in `JOURNAL_FONT_DIR` when set, else in Debian's font folder; throws an error
 * that says what to install when they are missing.
 */
export function findCardFonts(env: NodeJS.ProcessEnv = process.env): CardFonts {
  const dir = env.JOURNAL_FONT_DIR?.trim() || DEBIAN_FONT_DIR;
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

let memo: { key: string; fonts: CardFonts } | null = null;

/** The one font configuration of this process (looked up once per JOURNAL_FONT_DIR value). */
export function cardFonts(): CardFonts {
  const key = process.env.JOURNAL_FONT_DIR ?? "";
  if (memo === null || memo.key !== key) memo = { key, fonts: findCardFonts() };
  return memo.fonts;
}
