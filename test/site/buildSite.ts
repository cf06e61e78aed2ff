import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

/**
 * Build a data folder into test/.tmp/<name> with the real command line
 * (`npx tsx scripts/build.ts --data DIR --out DIR --cache test/.tmp/cache [extraArgs]`), once per set of inputs: the build test and
 * the browser test share the sample's build. A fingerprint of every input (the data folder,
 * pages/, src/, public/, astro.config.mjs, scripts/build.ts) is stored beside the output; a
 * lock directory makes a second test process wait for a build in progress instead of starting
 * its own. Returns the output folder and the build's console output and time.
 */
export const ROOT = path.resolve(import.meta.dirname, "../..");
export const TMP = path.join(ROOT, "test/.tmp");
const CACHE = path.join(TMP, "cache");
const exec = promisify(execFile);

const INPUTS = ["pages", "src", "public", "astro.config.mjs", "scripts/build.ts", "package-lock.json"];

function walk(p: string, out: string[]): void {
  if (!existsSync(p)) return;
  const s = statSync(p);
  if (s.isDirectory()) {
    for (const name of readdirSync(p).sort()) if (name !== "node_modules" && !name.startsWith(".")) walk(path.join(p, name), out);
  } else out.push(`${path.relative(ROOT, p)}:${s.size}:${s.mtimeMs}`);
}

function fingerprint(dataDir: string): string {
  const lines: string[] = [];
  for (const p of [dataDir, ...INPUTS.map((i) => path.join(ROOT, i))]) walk(path.resolve(ROOT, p), lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export interface BuiltSite {
  out: string;
  log: string;
  seconds: number;
  /** False when an earlier build with the same inputs was reused. */
  fresh: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function lock(dir: string): Promise<() => void> {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(dir);
      return () => rmSync(dir, { recursive: true, force: true });
    } catch {
      // Held by another test process; a lock older than 10 minutes is stale.
      const age = existsSync(dir) ? Date.now() - statSync(dir).mtimeMs : 0;
      if (age > 600_000 || Date.now() - started > 600_000) rmSync(dir, { recursive: true, force: true });
      await sleep(250);
    }
  }
}

/**
 * The environment without what Vitest adds: it sets BASE_URL, MODE, DEV, PROD, SSR and
 * NODE_ENV=test, and Astro reads import.meta.env.BASE_URL from BASE_URL, so a build started from
 * a test would otherwise lose its base path.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(key)) delete env[key];
  }
  return env;
}

export async function buildSite(name: string, dataDir: string, extraArgs: readonly string[] = []): Promise<BuiltSite> {
  mkdirSync(TMP, { recursive: true });
  const out = path.join(TMP, name);
  const stamp = path.join(TMP, `${name}.stamp`);
  const release = await lock(path.join(TMP, `${name}.lock`));
  try {
    const print = fingerprint(dataDir) + extraArgs.join(" ");
    if (existsSync(stamp) && existsSync(path.join(out, "index.html"))) {
      const saved = JSON.parse(readFileSync(stamp, "utf8")) as { print: string; log: string; seconds: number };
      if (saved.print === print) return { out, log: saved.log, seconds: saved.seconds, fresh: false };
    }
    rmSync(stamp, { force: true });
    const started = performance.now();
    // The build cache of the tests' builds stays with them (not in the developer's .cache/).
    const args = ["tsx", "scripts/build.ts", "--data", dataDir, "--out", path.relative(ROOT, out), "--cache", path.relative(ROOT, CACHE), ...extraArgs];
    const { stdout, stderr } = await exec("npx", args, {
      cwd: ROOT,
      env: cleanEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    const log = `${stdout}\n${stderr}`;
    writeFileSync(stamp, JSON.stringify({ print, log, seconds }));
    return { out, log, seconds, fresh: true };
  } finally {
    release();
  }
}

/** Every file under a folder, as paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const go = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) go(p);
      else out.push(path.relative(dir, p).split(path.sep).join("/"));
    }
  };
  go(dir);
  return out.sort();
}
