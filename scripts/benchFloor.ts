/**
 * For scripts/bench.ts: running a script as `npm run build` runs it (tsx, its heap limit) under
 * GNU time, and the framework's floor: the same Astro building as many plain pages in a throw-away
 * project, so the full build can be read as a multiple of what Astro alone needs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** The Node flags `npm run build` gives tsx (package.json), so the bench times the build as it is run. */
export function buildFlags(buildScript: string): string[] {
  const flags = /\btsx((?: --[\w-]+=\S+)*) scripts\/build\.ts/.exec(buildScript)?.[1];
  if (flags === undefined) throw new Error(`the build script is not "tsx [--flag=value …] scripts/build.ts": ${buildScript}`);
  return flags.trim().split(" ").filter(Boolean);
}
const nodeFlags = buildFlags((JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.build!);

export interface Timed {
  /** Wall seconds, the launcher's start included. */
  wall: number;
  /** Peak resident memory of the largest process, from GNU time; null when it printed none. */
  peakMiB: number | null;
  /** CPU seconds (user and system, every thread and child), from GNU time: over `wall`, how many cores the run kept busy. */
  cpuSeconds: number | null;
  stdout: string;
}

/**
 * `tsx <script> <args>` (the script's path from the project's folder) with the Node flags of
 * `npm run build` (package.json: a heap limit, so V8 collects harder instead of growing to its
 * default of ~4 GB, and a larger young generation),
 * under /usr/bin/time for its peak memory, from `cwd`. Throws with the output when it fails.
 *
 * Astro builds a site whose output is outside the working folder in `.astro/` of that folder, and
 * deletes it after: `cwd` should hold the output, and the project's node_modules (withModules), so
 * that the bench's builds do not share a folder with other builds of this checkout.
 */
export function timed(script: string, args: string[], cwd: string): Timed {
  const t = performance.now();
  const command = [path.join(root, "node_modules", ".bin", "tsx"), ...nodeFlags, path.resolve(root, script), ...args];
  // The network is closed: Astro must not try to send telemetry (scripts/build.ts sets the same).
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", ...command], { cwd, env, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${command.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  // GNU time prints the peak resident set (KiB), user and system seconds as the last line of stderr.
  const [kib, user, system] = (r.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  const cpu = (user ?? NaN) + (system ?? NaN);
  return {
    wall: (performance.now() - t) / 1000,
    peakMiB: Number.isFinite(kib) ? Math.round(kib! / 1024) : null,
    cpuSeconds: Number.isFinite(cpu) ? +cpu.toFixed(1) : null,
    stdout: r.stdout,
  };
}

/** A link to the project's node_modules in `dir`, where Astro's build output resolves its imports. */
export function withModules(dir: string): string {
  if (!existsSync(path.join(dir, "node_modules"))) symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

/**
 * Astro (this project's node_modules, run as the build runs it) building `pages` plain pages from
 * one route in a new project in `dir`: each a title, a heading and two paragraphs, about the text
 * of a typical page, with no component, layout, style or script. Returns the time and peak memory
 * of the whole command, and the .html files it wrote (`out`).
 */
export function astroFloor(pages: number, dir: string): Timed & { out: string } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "pages"), { recursive: true });
  withModules(dir);
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: "journal-astro-floor", private: true, type: "module" })}\n`);
  // The output options of astro.config.mjs; Astro's and Vite's caches stay in this folder, not in
  // the node_modules it shares with the project.
  const config = {
    srcDir: ".",
    trailingSlash: "always",
    build: { format: "directory" },
    compressHTML: true,
    devToolbar: { enabled: false },
    cacheDir: "./.astro-cache",
    vite: { logLevel: "warn", cacheDir: "./.vite-cache" },
  };
  writeFileSync(path.join(dir, "astro.config.mjs"), `export default ${JSON.stringify(config, null, 2)};\n`);
  writeFileSync(path.join(dir, "pages", "[...slug].astro"), floorRoute(pages));
  return { ...timed("node_modules/astro/astro.js", ["build", "--root", dir, "--silent"], dir), out: path.join(dir, "dist") };
}

function floorRoute(pages: number): string {
  return `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: \`projects/p\${i + 1}\` }, props: { i: i + 1 } }));
}
const { i } = Astro.props;
---
<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>第 {i} 号项目 · 重点项目进度</title>
  </head>
  <body>
    <h1>第 {i} 号项目</h1>
    <p>第 {i} 号项目年度计划投资 12,345 万元，1-10 月完成 8,642 万元，完成率 70.0%，高于全市平均水平 3.2 个百分点。项目于 2025 年 3 月开工，计划 2027 年 12 月竣工，目前主体结构施工已完成六成，本月新增完成投资 1,024 万元。</p>
    <p>责任单位为市发展改革委，牵头领导为分管副市长。本月无新增问题，上月提出的用地手续问题已于本月办结。下月计划完成二次结构施工并启动设备采购招标，预计新增投资 1,200 万元。</p>
  </body>
</html>
`;
}
