import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOpenData } from "../../src/lib/build/writeOpenData.ts";
import { openDataEntries, openDataFiles } from "../../src/lib/site/openData.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { modelsOf } from "../site/models.ts";

describe("writeOpenData", () => {
  let b: SiteBuild;
  let dir: string;
  let written: string[];
  beforeAll(async () => {
    b = await modelsOf("data", "/");
    dir = await mkdtemp(path.join(tmpdir(), "journal-open-data-"));
    written = await writeOpenData(b, "https://example.org", dir);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writeOpenData(build, url, dir) writes each rendered edition's files, byte for byte the files' bodies", async () => {
    expect(written).toHaveLength(b.rendered.reduce((n, ref) => n + openDataFiles(b.edition(ref.prefix), "https://example.org").length, 0));
    for (const ref of [b.rendered[0]!, b.rendered.at(-1)!]) {
      const site = b.edition(ref.prefix);
      const folder = path.join(dir, `${ref.prefix}data`);
      const files = openDataFiles(site, "https://example.org");
      expect((await readdir(folder)).sort()).toEqual(files.map((f) => f.name).sort());
      for (const f of files) expect(await readFile(path.join(folder, f.name), "utf8")).toBe(f.body);
    }
  });

  it("writeOpenData(build, url, dir) leaves the downloads pages each file's size in bytes as written", async () => {
    const site = b.edition("");
    const entries = openDataEntries(site, "https://example.org");
    expect(entries.map((e) => e.name)).toContain("oc4ids.json");
    for (const e of entries) expect(e.bytes).toBe((await readFile(path.join(dir, "data", e.name))).length);
    // Chinese text: bytes, not characters.
    const csv = entries.find((e) => e.name === "projects.csv")!;
    expect(csv.bytes).toBeGreaterThan((await readFile(path.join(dir, "data", "projects.csv"), "utf8")).length);
  });
});
