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
  it("generate-sample --out DIR writes 20 monthly tables, site.yaml, two notes and the published editions, byte-identical on a second run", async () => {
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
    // Every month but the newest is published; June 2026 was corrected as a second revision.
    const records = names.filter((n) => n.startsWith("editions"));
    expect(records.length).toBe(20);
    expect(records).toContain(path.join("editions", "2025-02", "r1.json"));
    expect(records).toContain(path.join("editions", "2026-09", "r1.json"));
    expect(records).toContain(path.join("editions", "2026-06", "r2.json"));
    expect(records.some((n) => n.includes("2026-10"))).toBe(false);
    const r2 = JSON.parse(fa.get(path.join("editions", "2026-06", "r2.json"))!.toString("utf8")) as { note: string; publishedOn: string };
    expect(r2.note).toMatch(/^.+（.+）1-6月完成投资漏报3000万元，已按业主单位补报的数据更正/);
    expect(r2.publishedOn).toBe("2026-07-20");
    expect([...fb.keys()].sort()).toEqual(names);
    for (const n of names) expect(fb.get(n)!.equals(fa.get(n)!), n).toBe(true);
  }, 120_000);

  it("data/ holds what generate-sample writes: the same tables, site.yaml and notes, and the same editions published", async () => {
    const generated = await files(await generate([]));
    const committed = await files(path.resolve("data"));
    expect([...committed.keys()].sort()).toEqual([...generated.keys()].sort());
    // Records freeze what the code computed when they were published, so only their list is compared.
    for (const [name, bytes] of generated) if (!name.startsWith("editions")) expect(committed.get(name)!.equals(bytes), name).toBe(true);
  }, 120_000);

  it("generate-sample --no-editions writes the tables alone", async () => {
    const names = [...(await files(await generate(["--no-editions", "--projects", "20"]))).keys()];
    expect(names.some((n) => n.startsWith("editions"))).toBe(false);
    expect(names.filter((n) => n.startsWith("snapshots")).length).toBe(20);
  });

  it("generate-sample --seed N --projects M changes the tables", async () => {
    const a = await files(await generate(["--seed", "5", "--projects", "20", "--no-editions"]));
    const b = await files(await generate(["--seed", "6", "--projects", "20", "--no-editions"]));
    const f = path.join("snapshots", "2026-10.csv");
    expect(a.get(f)!.equals(b.get(f)!)).toBe(false);
  });
});
