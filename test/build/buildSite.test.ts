import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/lib/build/buildSite.ts";
import { ROOT } from "../site/buildSite.ts";

/**
 * The build as a function, called in the test's own process with its effects captured. (A build
 * that gets as far as Astro runs through scripts/build.ts, under tsx, in the other site tests:
 * Astro's pages import this library as TypeScript, which needs tsx's loader.)
 */
const out = mkdtempSync(path.join(tmpdir(), "journal-build-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("buildSite(options, effects)", () => {
  it("buildSite(data with errors) returns the report, says nothing and writes nothing", async () => {
    const lines: string[] = [];
    const target = path.join(out, "site");
    const result = await buildSite(
      { root: ROOT, dataDir: path.join(ROOT, "test/fixtures/loader/broken/not-a-number"), outDir: target, cacheDir: null },
      { log: (l) => lines.push(l) },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.report.errors).toBeGreaterThan(0);
    expect(result.report.issues.some((i) => i.code === "not-a-number" && i.value === "约5000")).toBe(true);
    expect(result.locale).toBe("zh-CN");
    expect(lines).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });
});
