import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dirs: string[] = [];

async function generate(args: string[]): Promise<string> {
  const out = await mkdtemp(path.join(os.tmpdir(), "xw-sample-"));
  dirs.push(out);
  await run(process.execPath, ["--import", "tsx", "scripts/generate-sample.ts", "--out", out, ...args], { cwd: process.cwd() });
  return out;
}

async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), await readFile(full));
  }
  return out;
}

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("scripts/generate-sample.ts", () => {
  it("generate-sample --out DIR writes 20 monthly tables, site.yaml and two notes, byte-identical on a second run", async () => {
    const [a, b] = await Promise.all([generate([]), generate([])]);
    const fa = await files(a);
    const fb = await files(b);
    const names = [...fa.keys()].sort();
    expect(names.filter((n) => n.startsWith("snapshots")).length).toBe(20);
    expect(names).toContain(path.join("snapshots", "2025-02.csv"));
    expect(names).toContain(path.join("snapshots", "2026-10.csv"));
    expect(names).toContain("site.yaml");
    expect(names).toContain(path.join("notes", "2026-09.md"));
    expect(names).toContain(path.join("notes", "2026-10.md"));
    expect([...fb.keys()].sort()).toEqual(names);
    for (const n of names) expect(fb.get(n)!.equals(fa.get(n)!), n).toBe(true);
  });

  it("generate-sample --seed N --projects M changes the tables", async () => {
    const a = await files(await generate(["--seed", "5", "--projects", "20"]));
    const b = await files(await generate(["--seed", "6", "--projects", "20"]));
    const f = path.join("snapshots", "2026-10.csv");
    expect(a.get(f)!.equals(b.get(f)!)).toBe(false);
  });
});
