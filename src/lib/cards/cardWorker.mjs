// A drawing worker thread (see drawCards.ts): takes batches of { svg, file, zoom?, background? }
// jobs, draws each with resvg, encodes it (encodePng.mjs) and writes the PNG whole (temporary
// name, then rename), and answers with how many it drew. Plain JavaScript because worker threads
// start without the TypeScript loader.
import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, threadId, workerData } from "node:worker_threads";
import { pngOf } from "./encodePng.mjs";
import { resvgCardOptions } from "./resvgOptions.mjs";

const made = new Set();

parentPort?.on("message", (/** @type {{ svg: string, file: string, zoom?: number, background?: string }[]} */ jobs) => {
  try {
    for (const { svg, file, zoom, background } of jobs) {
      const dir = path.dirname(file);
      if (!made.has(dir)) mkdirSync(dir, { recursive: true }), made.add(dir);
      const png = pngOf(new Resvg(svg, resvgCardOptions(workerData.fontFiles, { zoom, background })).render());
      const temporary = `${file}.${process.pid}-${threadId}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, file);
    }
    parentPort?.postMessage({ drawn: jobs.length });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
