import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { workerAnswer } from "../../src/lib/common/workerAnswer.ts";

// Small worker scripts written for the test: each does what its name says with its workerData.
const dir = mkdtempSync(path.join(tmpdir(), "worker-answer-"));
const script = (name: string, body: string) => {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, `import { parentPort, workerData } from "node:worker_threads";\n${body}\n`);
  return pathToFileURL(file);
};

describe("workerAnswer", () => {
  it("workerAnswer(script, data, name) gives the worker's one answer", async () => {
    const doubler = script("doubler", "parentPort.postMessage({ doubled: workerData.n * 2 });");
    await expect(workerAnswer<{ doubled: number }>(doubler, { n: 21 }, "the doubling worker")).resolves.toEqual({ doubled: 42 });
  });

  it("workerAnswer rejects with an answer's error, a worker's throw, or its stopping before it answered", async () => {
    const failing = script("failing", "parentPort.postMessage({ error: `no ${workerData.what} here` });");
    await expect(workerAnswer(failing, { what: "fonts" }, "the failing worker")).rejects.toThrow(/^no fonts here$/);
    const throwing = script("throwing", "throw new Error('broken worker');");
    await expect(workerAnswer(throwing, {}, "the throwing worker")).rejects.toThrow("broken worker");
    const silent = script("silent", "process.exit(3);");
    await expect(workerAnswer(silent, {}, "the silent worker")).rejects.toThrow("the silent worker stopped (exit code 3) before it answered");
  });
});
