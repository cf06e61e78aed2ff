// A drawing worker thread (see drawCards.ts): takes batches of { svg, drawing?, file, zoom?, background? }
// jobs, paints each card given as a drawing (paintCard.mjs) and draws anything else with resvg
// (encoded by encodePng.mjs), and writes the PNG whole (temporary
// name, then rename), and answers with how many it drew. Plain JavaScript because worker threads
// start without the TypeScript loader.
import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, threadId, workerData } from "node:worker_threads";
import { pngOf } from "./encodePng.mjs";
import { cardPainter } from "./paintCard.mjs";
import { resvgCardOptions } from "./resvgOptions.mjs";
import { runInBackground } from "../common/background.mjs";

runInBackground();

const made = new Set();
/** @type {ReturnType<typeof cardPainter> | undefined} */
let painter;

parentPort?.on("message", (/** @type {{ svg: string, drawing?: import("./paintCard.mjs").CardDrawing, file: string, zoom?: number, background?: string }[]} */ jobs) => {
  try {
    for (const { svg, drawing, file, zoom, background } of jobs) {
      const dir = path.dirname(file);
      if (!made.has(dir)) mkdirSync(dir, { recursive: true }), made.add(dir);
      const png =
        drawing === undefined
          ? pngOf(new Resvg(svg, resvgCardOptions(workerData.fontFiles, { zoom, background })).render())
          : (painter ??= cardPainter(workerData.fontFiles)).paint(drawing);
      const temporary = `${file}.${process.pid}-${threadId}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, file);
    }
    parentPort?.postMessage({ drawn: jobs.length });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
