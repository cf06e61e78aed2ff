import os from "node:os";
import path from "node:path";

/**
 * Helpers for the build's pictures: every preview card and every embedded chart's PNG is drawn by
 * scripts/build.ts on worker threads (cards/drawCards.ts, listed by pictureFiles.ts) into a
 * content-addressed cache (the build cache's cards/ folder), so an unchanged picture is never
 * drawn again.
 */

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
