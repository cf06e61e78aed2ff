import { Worker } from "node:worker_threads";
import { openDataSource, type DataFileEntry } from "../site/openData.ts";
import type { SiteBuild } from "../site/siteBuild.ts";
import { dataFilePaths, writeEditionOpenData } from "./writeOpenData.ts";

/** At most this many editions are with the worker at once: the one it writes and the next, so it never waits for this thread to send one. */
const AHEAD = 2;

export interface OpenDataWriting {
  /** A rendered edition's files, for its downloads page: from the worker, or written on this thread when the page comes first. */
  entries(prefix: string): Promise<readonly DataFileEntry[]>;
  /** Writes what is left on this thread too, and gives every file written (relative to the folder) once all are, and the seconds from the start to the last. */
  done(): Promise<{ files: string[]; onWorker: number; onMain: number; seconds: number; workerFailure: string | null }>;
}

/**
 * Write the open data of every edition this run renders into `dir`, on a worker thread while
 * Astro renders the pages on this one (tens of seconds at 10,000 projects, which would
 * otherwise hold up the pages). The downloads pages need each edition's file sizes, and Astro
 * renders them early: the worker takes the editions from the last, the pages from the first, and
 * an edition the worker has not reached when its page asks is written here instead. So the pages
 * wait for at most the editions already sent to the worker, and every edition is written once.
 * Without `worker`, each is written here when asked (or by done()). `workerModule` replaces
 * openDataWorker.mjs (a test gives one that fails).
 */
export function writeOpenDataAlongside(b: SiteBuild, siteUrl: string, dir: string, options: { worker?: boolean; workerModule?: URL } = {}): OpenDataWriting {
  const started = performance.now();
  interface Job {
    prefix: string;
    entries: Promise<readonly DataFileEntry[]>;
    settle(entries: readonly DataFileEntry[] | Error): void;
  }
  const jobs = new Map<string, Job>();
  for (const ref of b.rendered) {
    let settle!: Job["settle"];
    const entries = new Promise<readonly DataFileEntry[]>((resolve, reject) => (settle = (e) => (e instanceof Error ? reject(e) : resolve(e))));
    // Awaited by the page or by done(); until then a failure must not count as unhandled.
    entries.catch(() => undefined);
    jobs.set(ref.prefix, { prefix: ref.prefix, entries, settle });
  }
  // In the pages' order (site/siteBuild.ts editionPaths): this thread takes from the front, the worker from the back.
  const waiting = [...b.rendered];
  let onWorker = 0;
  let onMain = 0;
  let settled = 0;
  let lastAt = started;
  const sourceOf = (prefix: string) => openDataSource(b.rendered.find((r) => r.prefix === prefix)!, b.presentation, siteUrl);

  const writeHere = (prefix: string) => {
    onMain++;
    writeEditionOpenData(sourceOf(prefix), dir).then(
      (written) => finish(prefix, written.entries),
      (error: unknown) => finish(prefix, error instanceof Error ? error : new Error(String(error))),
    );
  };
  let worker: Worker | null = null;
  const finish = (prefix: string, result: readonly DataFileEntry[] | Error) => {
    jobs.get(prefix)!.settle(result);
    lastAt = performance.now();
    if (++settled === jobs.size && worker !== null) void worker.terminate();
  };

  let workerFailure: string | null = null;
  if ((options.worker ?? true) && waiting.length > 0) {
    const w = new Worker(options.workerModule ?? new URL("./openDataWorker.mjs", import.meta.url), { workerData: { dir }, execArgv: [] });
    worker = w;
    // It must not keep the process alive: a build that stops early leaves it.
    w.unref();
    // Sent to the worker, not yet answered.
    const sent = new Set<string>();
    const feed = () => {
      while (worker !== null && sent.size < AHEAD && waiting.length > 0) {
        const ref = waiting.pop()!;
        w.postMessage(sourceOf(ref.prefix));
        sent.add(ref.prefix);
        onWorker++;
      }
    };
    w.on("message", (m: { prefix: string; entries: DataFileEntry[] } | { prefix: string; error: string }) => {
      sent.delete(m.prefix);
      finish(m.prefix, "error" in m ? new Error(`open data of “${m.prefix || "/"}”: ${m.error}`) : m.entries);
      feed();
    });
    // A worker that cannot start or dies (out of memory, say) leaves its editions to this thread:
    // those it had are written now (a page may be waiting for one), the rest as the pages ask or
    // in done(). The same code, so the same files.
    w.on("error", (error) => {
      worker = null;
      workerFailure = error.message;
      onWorker -= sent.size;
      for (const prefix of sent.keys()) writeHere(prefix);
      sent.clear();
    });
    feed();
  }

  const entries = (prefix: string): Promise<readonly DataFileEntry[]> => {
    const job = jobs.get(prefix);
    if (job === undefined) throw new Error(`no open data is written for “${prefix}”: it is not rendered by this build`);
    const at = waiting.findIndex((r) => r.prefix === prefix);
    if (at >= 0) {
      waiting.splice(at, 1);
      writeHere(prefix);
    }
    return job.entries;
  };
  return {
    entries,
    async done() {
      // After the pages this thread is free: it writes what the worker has not reached, one at a time.
      while (waiting.length > 0) await entries(waiting[0]!.prefix);
      const all = await Promise.all([...jobs.values()].map(async (job) => ({ prefix: job.prefix, entries: await job.entries })));
      const files = all.flatMap(({ prefix, entries }) => dataFilePaths(prefix, entries));
      return { files, onWorker, onMain, seconds: (lastAt - started) / 1000, workerFailure };
    },
  };
}
