import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildSite } from "../site/buildSite.ts";

/**
 * Two builds of the same data and code give byte-identical output: no build time, random
 * id or unordered iteration may leak into a published file. One is the sample's build that the
 * other tests share (test/site/buildSite.ts, with its build cache), the other a fresh one here
 * without a cache, so each run pays for one build of the sample, not two.
 */
const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)).map((f) => path.join(n, f)) : [n]));

async function build(out: string) {
  const env = { ...process.env };
  // Vitest's BASE_URL would replace Astro's base (see test/site/buildSite.ts).
  delete env.BASE_URL;
  delete env.VITEST;
  await promisify(execFile)("npx", ["tsx", "scripts/build.ts", "--data", "data", "--out", out, "--no-cache"], { env, maxBuffer: 1 << 26 });
}

describe("reproducible builds", () => {
  it("build(data) twice gives the same files with the same bytes", async () => {
    const a = (await buildSite("site", "data")).out;
    const b = path.join(mkdtempSync(path.join(tmpdir(), "journal-repro-")), "b");
    await build(b);
    const files = walk(a).sort();
    expect(walk(b).sort()).toEqual(files);
    expect(files.length).toBeGreaterThan(100);
    const differing = files.filter((f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
    expect(differing).toEqual([]);
  }, 600_000);
});
