import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeEditionOpenData, type WrittenOpenData } from "../../src/lib/build/writeOpenData.ts";
import { openDataEntries, openDataFiles, openDataSource } from "../../src/lib/site/openData.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { modelsOf } from "../site/models.ts";

describe("writeEditionOpenData", () => {
  let b: SiteBuild;
  let dir: string;
  let root: WrittenOpenData;
  let last: WrittenOpenData;
  const url = "https://example.org";
  beforeAll(async () => {
    b = await modelsOf("data", "/");
    dir = await mkdtemp(path.join(tmpdir(), "journal-open-data-"));
    root = await writeEditionOpenData(openDataSource(b.rendered[0]!, b.presentation, url), dir);
    last = await writeEditionOpenData(openDataSource(b.rendered.at(-1)!, b.presentation, url), dir);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writeEditionOpenData(source, dir) writes the edition's files into its data folder, byte for byte the files' bodies", async () => {
    for (const [ref, written] of [[b.rendered[0]!, root], [b.rendered.at(-1)!, last]] as const) {
      const folder = path.join(dir, `${ref.prefix}data`);
      const files = openDataFiles(openDataSource(ref, b.presentation, url));
      expect((await readdir(folder)).sort()).toEqual(files.map((f) => f.name).sort());
      expect(written.files).toEqual(files.map((f) => `${ref.prefix}data/${f.name}`));
      for (const f of files) expect(await readFile(path.join(folder, f.name), "utf8")).toBe(f.body);
    }
  });

  it("writeEditionOpenData(source, dir) gives each file's size in bytes as written, as the downloads page lists them", async () => {
    expect(root.entries.map((e) => e.name)).toContain("oc4ids.json");
    for (const e of root.entries) expect(e.bytes).toBe((await readFile(path.join(dir, "data", e.name))).length);
    // Chinese text: bytes, not characters.
    const csv = root.entries.find((e) => e.name === "projects.csv")!;
    expect(csv.bytes).toBeGreaterThan((await readFile(path.join(dir, "data", "projects.csv"), "utf8")).length);
    // Outside a build the page makes the same list itself.
    expect(await openDataEntries(b.edition(""), url)).toEqual(root.entries);
  });

  it("openDataSource(edition, presentation, url) is the same from an edition model as from the site's presentation", () => {
    const ref = b.rendered.at(-1)!;
    expect(openDataSource(b.edition(ref.prefix).edition, b.edition(ref.prefix), new URL(url))).toEqual(openDataSource(ref, b.presentation, `${url}/`));
  });

  it("writeEditionOpenData(source, dir) rejects when its folder cannot be made", async () => {
    const blocked = await mkdtemp(path.join(tmpdir(), "journal-open-data-blocked-"));
    await writeFile(path.join(blocked, "data"), "a file where the folder goes");
    await expect(writeEditionOpenData(openDataSource(b.rendered[0]!, b.presentation, url), blocked)).rejects.toThrow(/EEXIST|ENOTDIR/);
    await rm(blocked, { recursive: true, force: true });
  });
});
