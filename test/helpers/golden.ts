import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

/** test/output/, where goldens live (charts/*.svg, text/<site>/*.txt). */
export const OUTPUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../output");

/**
 * Compares `actual` with the golden file `test/output/<rel>`, as Observable Plot keeps its SVG
 * goldens. With UPDATE_GOLDENS=1 (never in CI) a missing or different golden is written, to be
 * looked at and committed; otherwise, and always in CI, a missing golden fails, and a different
 * one fails with the new output saved in the temp directory for a look.
 */
export function expectGoldenFile(rel: string, actual: string, update: string): void {
  const path = join(OUTPUT_DIR, rel);
  const inCi = Boolean(process.env.CI);
  const writing = !inCi && process.env.UPDATE_GOLDENS === "1";
  if (!existsSync(path)) {
    if (writing) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, actual);
      return;
    }
    throw new Error(`missing golden test/output/${rel}` + (inCi ? " (goldens are never created in CI)" : `; create it with ${update} and look at it`));
  }
  const expected = readFileSync(path, "utf8").replace(/\r\n/g, "\n");
  if (actual !== expected && writing) {
    writeFileSync(path, actual);
    console.warn(`golden test/output/${rel} rewritten; look at the diff before committing it`);
    return;
  }
  if (actual !== expected && !inCi) {
    const changed = join(tmpdir(), "goldens-changed", rel);
    mkdirSync(dirname(changed), { recursive: true });
    writeFileSync(changed, actual);
    console.warn(`golden test/output/${rel} differs; new output in ${changed}`);
  }
  expect(actual, `golden test/output/${rel}`).toBe(expected);
}
