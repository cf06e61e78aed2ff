// The two settings Astro needs before the build starts (base URL and base path), read
// from site.yaml without the full validation, which scripts/build.ts has already run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

/** @param {string} dataDir */
export function readSiteSettings(dataDir) {
  /** @type {{ baseUrl?: unknown, basePath?: unknown }} */
  let raw = {};
  try {
    raw = parse(readFileSync(path.join(dataDir, "site.yaml"), "utf8")) ?? {};
  } catch {
    raw = {};
  }
  const baseUrl = typeof raw.baseUrl === "string" ? raw.baseUrl : "https://example.org";
  const basePath = typeof raw.basePath === "string" ? raw.basePath : "/";
  return { baseUrl, basePath };
}
