import { Resvg } from "@resvg/resvg-js";
import os from "node:os";
import path from "node:path";
import { CARD_FONT_FAMILY, cachedCardPng, cardSvg, subsetFonts, type CardFonts } from "../cards/index.ts";
import type { SiteBuild } from "../site/getSiteModel.ts";
import { chartSvg, embedCharts } from "./embeds.ts";
import { pagesOf } from "./sitePages.ts";

/**
 * The build's pictures: every preview card and every embedded chart's PNG. The first call
 * gathers the text of all of them (for every edition this run renders), subsets the CJK fonts
 * once, then each card is drawn with those fonts through the content-addressed cache
 * (`JOURNAL_CARDS_DIR`, default .cache/cards), so an unchanged card is never drawn again.
 * Counts and times are kept on globalThis for scripts/build.ts to print.
 */

/** Where scripts/build.ts tells the pages to keep drawn cards. */
export const CARDS_DIR_ENV = "JOURNAL_CARDS_DIR";

export interface MediaStats {
  cards: number;
  drawn: number;
  fromCache: number;
  drawMs: number;
  charts: number;
  chartMs: number;
  fontsMs: number;
}

const STATS = Symbol.for("key-project-journal.media-stats");
export function mediaStats(): MediaStats {
  const g = globalThis as unknown as Record<symbol, MediaStats | undefined>;
  g[STATS] ??= { cards: 0, drawn: 0, fromCache: 0, drawMs: 0, charts: 0, chartMs: 0, fontsMs: 0 };
  return g[STATS];
}

export function cardsDir(): string {
  return process.env[CARDS_DIR_ENV] ?? path.resolve(process.env.JOURNAL_CACHE_DIR ?? ".cache", "cards");
}

const FONTS = Symbol.for("key-project-journal.media-fonts");
/** The subset fonts of a build, made once. */
export function mediaFonts(b: SiteBuild): Promise<CardFonts> {
  const g = globalThis as unknown as Record<symbol, WeakMap<SiteBuild, Promise<CardFonts>> | undefined>;
  const memo = (g[FONTS] ??= new WeakMap());
  let fonts = memo.get(b);
  if (fonts === undefined) {
    const started = performance.now();
    const texts: string[] = [];
    for (const ref of b.rendered) {
      for (const p of pagesOf(b, ref.prefix)) texts.push(cardSvg(p.card));
      for (const e of embedCharts(b.edition(ref.prefix))) texts.push(chartSvg(e.chart));
    }
    fonts = subsetFonts(texts, path.join(cardsDir(), "fonts")).then((f) => {
      mediaStats().fontsMs += performance.now() - started;
      return f;
    });
    memo.set(b, fonts);
  }
  return fonts;
}

/** A page's preview card as PNG. */
export async function cardPng(b: SiteBuild, svg: string): Promise<Uint8Array> {
  const fonts = await mediaFonts(b);
  const started = performance.now();
  const { png, hit } = cachedCardPng(svg, cardsDir(), { fonts });
  const stats = mediaStats();
  stats.cards++;
  if (hit) stats.fromCache++;
  else {
    stats.drawn++;
    stats.drawMs += performance.now() - started;
  }
  return png;
}

/**
 * A chart's SVG as PNG at twice its size. The chart's CSS variables fall back to their default
 * (`var(--x, #abc)` → `#abc`) and `currentColor` becomes a dark ink, as resvg knows neither.
 */
export function rasterSvg(svg: string): string {
  let s = svg;
  for (let i = 0; i < 3 && s.includes("var("); i++) s = s.replace(/var\(\s*--[\w-]+\s*,\s*([^()]*(?:\([^()]*\))?[^()]*)\)/g, "$1");
  return s.replace(/var\(\s*--[\w-]+\s*\)/g, "#1f2933").replace(/currentColor/g, "#1f2933");
}

export async function chartPng(b: SiteBuild, svg: string): Promise<Uint8Array> {
  const fonts = await mediaFonts(b);
  const started = performance.now();
  const image = new Resvg(rasterSvg(svg), {
    font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILY, sansSerifFamily: CARD_FONT_FAMILY },
    fitTo: { mode: "zoom", value: 2 },
    background: "#ffffff",
    logLevel: "off",
  }).render();
  const png = image.asPng();
  const stats = mediaStats();
  stats.charts++;
  stats.chartMs += performance.now() - started;
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

/** A temporary folder for a build without a cache. */
export function tempCardsDir(): string {
  return path.join(os.tmpdir(), `journal-cards-${process.pid}`);
}
