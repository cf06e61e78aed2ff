import os from "node:os";
import path from "node:path";

/**
 * Where the build's pictures are kept: every preview card and every embedded chart's PNG is
 * drawn by scripts/build.ts on worker threads (cards/drawCards.ts, listed by pictureFiles.ts) into
 * a content-addressed cache (`JOURNAL_CARDS_DIR`, default .cache/cards), so an unchanged picture
 * is never drawn again.
 */

/** Where scripts/build.ts keeps drawn pictures. */
export const CARDS_DIR_ENV = "JOURNAL_CARDS_DIR";

export function cardsDir(): string {
  return process.env[CARDS_DIR_ENV] ?? path.resolve(process.env.JOURNAL_CACHE_DIR ?? ".cache", "cards");
}

/**
 * A chart's SVG made drawable by resvg: the chart's CSS variables fall back to their default
 * (`var(--x, #abc)` → `#abc`) and `currentColor` becomes a dark ink, as resvg knows neither.
 */
export function rasterSvg(svg: string): string {
  let s = svg;
  for (let i = 0; i < 3 && s.includes("var("); i++) s = s.replace(/var\(\s*--[\w-]+\s*,\s*([^()]*(?:\([^()]*\))?[^()]*)\)/g, "$1");
  return s.replace(/var\(\s*--[\w-]+\s*\)/g, "#1f2933").replace(/currentColor/g, "#1f2933");
}

/** A temporary folder for a build without a cache. */
export function tempCardsDir(): string {
  return path.join(os.tmpdir(), `journal-cards-${process.pid}`);
}
