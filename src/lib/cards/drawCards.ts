import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { cardHash } from "./cardCache.ts";
import type { CardDrawing } from "./cardSvg.ts";
import type { CardFonts } from "./fonts.ts";
import { isCompletePngFile } from "./pngSize.ts";

/**
 * Many pictures (preview cards, chart PNGs) drawn on worker threads into the content-addressed
 * card cache (`<cacheDir>/<cardHash>.png`), so the
 * build's main thread stays free for the pages while they are drawn: a card given as a drawing
 * is painted (paintCard.mjs, ~3 ms), anything else is drawn by resvg, and a programme of 10,000
 * projects has 10,000 cards. Identical
 * pictures are drawn once; pictures already in the cache are not drawn again.
 */
export interface DrawJob {
  svg: string;
  /** The same card as data: painted by paintCard.mjs instead of drawn by resvg (the cache keeps the two apart). */
  drawing?: CardDrawing;
  /** Drawn at this multiple of the SVG's size (default: its own size). */
  zoom?: number;
  /** Ground colour (default: the SVG's own). */
  background?: string;
}

/** Marks the cache names of painted cards; a change to paintCard.mjs's pictures changes it. */
const PAINTED = "painted-1";

/** What a picture's cache file is named after: its SVG, with any zoom and background. */
export function pictureKey(job: DrawJob | string): string {
  if (typeof job === "string") return job;
  if (job.drawing !== undefined) return `${PAINTED}\n${job.svg}`;
  return job.zoom === undefined && job.background === undefined ? job.svg : `zoom=${job.zoom ?? 1};background=${job.background ?? "none"}\n${job.svg}`;
}

export interface DrawnCards {
  /** The cache file of each picture given, by its pictureKey. */
  files: Map<string, string>;
  /** Settles when every card is on disk. */
  done: Promise<DrawStats>;
}

export interface DrawStats {
  /** Cards asked for, distinct cards, drawn now, found in the cache. */
  cards: number;
  distinct: number;
  drawn: number;
  fromCache: number;
  workers: number;
  /** Wall time from the first job to the last card written. */
  ms: number;
}

export interface DrawOptions {
  /** Worker threads; default one per core. */
  workers?: number;
  /** Cards per message to a worker. */
  batch?: number;
  /** Told how many of the cards to draw (those not in the cache) are drawn: first 0, then after each batch. */
  onDrawn?(drawn: number, toDraw: number): void;
  /**
   * The fonts the workers draw with, made when a picture is to be drawn (subsetFonts: the cache names
   * come from `fonts`' fingerprint, which a subset shares, so they are known before it is made).
   * Called once, and not at all when every picture is in the cache. Default: `fonts`.
   */
  drawWith?(): Promise<CardFonts>;
}

export function drawCards(pictures: Iterable<DrawJob | string>, cacheDir: string, fonts: CardFonts, options: DrawOptions = {}): DrawnCards {
  const started = performance.now();
  const files = new Map<string, string>();
  const jobs: (DrawJob & { file: string })[] = [];
  let cards = 0;
  let fromCache = 0;
  for (const picture of pictures) {
    cards++;
    const key = pictureKey(picture);
    if (files.has(key)) continue;
    const file = path.join(cacheDir, `${cardHash(key, fonts)}.png`);
    files.set(key, file);
    if (isCompletePngFile(file)) fromCache++;
    else jobs.push({ ...(typeof picture === "string" ? { svg: picture } : picture), file });
  }
  const count = Math.max(0, Math.min(options.workers ?? os.availableParallelism(), Math.ceil(jobs.length / 4)));
  const stats = (drawn: number): DrawStats => ({ cards, distinct: files.size, drawn, fromCache, workers: count, ms: performance.now() - started });
  options.onDrawn?.(0, jobs.length);
  if (jobs.length === 0) return { files, done: Promise.resolve(stats(0)) };
  const drawWith = options.drawWith?.() ?? Promise.resolve(fonts);
  const done = drawWith.then((drawFonts) => drawAll(jobs, drawFonts.files, count, options, stats));
  return { files, done };
}

function drawAll(jobs: DrawJob[], fontFiles: string[], count: number, options: DrawOptions, stats: (drawn: number) => DrawStats): Promise<DrawStats> {
  const batch = options.batch ?? 16;
  return new Promise<DrawStats>((resolve, reject) => {
    let next = 0;
    let drawn = 0;
    let failed = false;
    const workers: Worker[] = [];
    const stop = (error: Error | null) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(stats(drawn));
    };
    const feed = (w: Worker) => {
      if (next >= jobs.length) return false;
      w.postMessage(jobs.slice(next, next + batch));
      next += batch;
      return true;
    };
    for (let i = 0; i < count; i++) {
      const w = new Worker(new URL("./cardWorker.mjs", import.meta.url), { workerData: { fontFiles } });
      workers.push(w);
      w.on("message", (m: { drawn?: number; error?: string }) => {
        if (m.error !== undefined) return stop(new Error(`drawing a preview card failed: ${m.error}`));
        drawn += m.drawn ?? 0;
        options.onDrawn?.(drawn, jobs.length);
        if (drawn === jobs.length) stop(null);
        else feed(w);
      });
      w.on("error", (e) => stop(e));
      feed(w);
    }
  });
}
