// The card fonts cut down to a set of characters on a worker thread (see subsetFonts.ts): taking
// the two faces out of their 20 MB collections and subsetting them takes about a second, which on
// the build's main thread came before Astro could start. Takes { faces: { source, file }[], family,
// text } as workerData, writes each face's subset to its file and answers { done: true } or
// { error } (common/workerAnswer.ts). Plain JavaScript because worker threads start without the
// TypeScript loader.
import { readFile, rename, writeFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import subsetFont from "subset-font";
import { ttcFace, ttcFaceNamed } from "./ttcFace.mjs";

/** @param {{ faces: { source: string, file: string }[], family: string, text: string }} job */
async function subset({ faces, family, text }) {
  for (const { source, file } of faces) {
    const ttc = new Uint8Array(await readFile(source));
    const face = ttcFace(ttc, ttcFaceNamed(ttc, family));
    // Written whole under another name first: a build stopped half-way leaves no cut font under the cached name.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, await subsetFont(Buffer.from(face), text, { targetFormat: "sfnt" }));
    await rename(partial, file);
  }
}

subset(workerData).then(
  () => parentPort?.postMessage({ done: true }),
  (error) => parentPort?.postMessage({ error: `subsetting the card fonts failed: ${error instanceof Error ? error.message : String(error)}` }),
);
