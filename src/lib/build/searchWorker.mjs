// The search indexes made on a worker thread (see searchIndex.ts): takes { indexes: { records:
// { url, content }[], outputPath }[] } as workerData, gives Pagefind each index's records, writes the
// files it makes, one index after the other, and answers { done: true } or { error }.
// Plain JavaScript because worker threads start without the TypeScript loader.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";
import { runInBackground } from "../common/background.mjs";

/** @param {{ url: string, content: string }[]} records @param {string} outputPath */
async function indexRecords(records, outputPath) {
  const { index, errors } = await pagefind.createIndex({});
  if (index === undefined) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    // Sent together, without a round trip each: the index does not depend on the order they arrive in.
    const added = await Promise.all(records.map((r) => index.addHTMLFile(r)));
    const failed = added.flatMap((a, i) => a.errors.map((e) => `${records[i].url}: ${e}`));
    if (failed.length > 0) throw new Error(`Pagefind: ${failed.join("; ")}`);
    // The files come back in memory and are written here, every one awaited: writeFiles answered
    // before its last file was whole, and close() then cut it (a 175 KB script left at 128 KB).
    const built = await index.getFiles();
    if (built.errors.length > 0) throw new Error(`Pagefind: ${built.errors.join("; ")}`);
    for (const file of built.files) {
      const target = path.join(outputPath, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  } finally {
    await index.deleteIndex();
  }
}

/** @param {{ records: { url: string, content: string }[], outputPath: string }[]} indexes */
async function indexAll(indexes) {
  try {
    for (const x of indexes) await indexRecords(x.records, x.outputPath);
  } finally {
    await pagefind.close();
  }
}

// Pagefind's process, started by createIndex, inherits the lower priority.
runInBackground();
indexAll(workerData.indexes).then(
  () => parentPort?.postMessage({ done: true }),
  (error) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
