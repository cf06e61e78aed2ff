import os from "node:os";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";

const module = new URL("../../src/lib/common/background.mjs", import.meta.url).href;

/** What a worker thread sees after runInBackground(): its own priority and a child process's. */
function inWorker(): Promise<{ thread: number; child: string }> {
  const code = `
    const { parentPort } = require("node:worker_threads");
    const os = require("node:os");
    const { execFileSync } = require("node:child_process");
    import(${JSON.stringify(module)}).then(({ runInBackground }) => {
      runInBackground();
      parentPort.postMessage({ thread: os.getPriority(), child: execFileSync("nice").toString().trim() });
    });`;
  const worker = new Worker(code, { eval: true });
  return new Promise((resolve, reject) => {
    worker.once("message", (m) => void worker.terminate().then(() => resolve(m)));
    worker.once("error", reject);
  });
}

describe("runInBackground", () => {
  it.runIf(process.platform === "linux")("runInBackground() in a worker lowers that thread and the processes it starts, not the main thread", async () => {
    const before = os.getPriority();
    const seen = await inWorker();
    // PRIORITY_BELOW_NORMAL is nice 10 (a thread already lower stays as it is).
    expect(seen.thread).toBe(Math.max(before, 10));
    expect(seen.child).toBe(String(seen.thread));
    expect(os.getPriority()).toBe(before);
  });
});
