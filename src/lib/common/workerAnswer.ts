import { Worker } from "node:worker_threads";

/**
 * Start a worker thread on `script` with `workerData`, wait for its one answer, and stop it. An
 * answer `{ error }` rejects with that message; a worker that throws, or stops before it answers,
 * rejects too (`name` says which worker in that message). The workers that do one job for the build
 * (build/searchWorker.mjs, cards/subsetWorker.mjs) are spoken to this way.
 */
export async function workerAnswer<T extends object>(script: URL, workerData: unknown, name: string): Promise<T> {
  const worker = new Worker(script, { workerData });
  try {
    const answer = await new Promise<T & { error?: string }>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`${name} stopped (exit code ${code}) before it answered`)));
    });
    if (answer.error !== undefined) throw new Error(answer.error);
    return answer;
  } finally {
    await worker.terminate();
  }
}
