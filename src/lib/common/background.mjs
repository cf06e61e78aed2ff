// Worker threads that draw pictures or index search run beside Astro, and Astro's thread is the
// build's critical path: when the two cores are shared four ways, the pages wait. So those
// threads lower their own priority. On Linux a nice value is a thread's own (the main thread keeps
// its priority) and a process a thread starts inherits it (Pagefind's). Elsewhere it would lower
// the whole process, so it is left as it is. Plain JavaScript because worker threads start
// without the TypeScript loader.
import os from "node:os";

/** Give this worker thread (and the processes it starts) a lower priority than the build's main thread. */
export function runInBackground() {
  if (process.platform !== "linux") return;
  try {
    os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not permitted here: the thread keeps its priority, which is only slower for the pages.
  }
}
