// The open-data worker thread (openDataWriter.ts): takes one edition's source at a time (plain
// data, cloned across), writes its files with the very code the build's thread uses, and answers
// with what the downloads page shows. Plain JavaScript that registers the
// TypeScript loader itself: worker threads start without it, under tsx and under Vitest alike.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { writeEditionOpenData } = await import("./writeOpenData.ts");

// One edition after another: the build sends the next before this one is done, so none waits.
let queue = Promise.resolve();
parentPort?.on("message", (/** @type {import("../site/openData.ts").OpenDataSource} */ source) => {
  queue = queue.then(async () => {
    const prefix = source.edition.prefix;
    try {
      const { entries } = await writeEditionOpenData(source, workerData.dir);
      parentPort?.postMessage({ prefix, entries });
    } catch (error) {
      parentPort?.postMessage({ prefix, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
});
