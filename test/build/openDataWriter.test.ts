import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOpenDataAlongside } from "../../src/lib/build/openDataWriter.ts";
import { openDataFiles, openDataSource } from "../../src/lib/site/openData.ts";
import type { SiteBuild } from "../../src/lib/site/siteBuild.ts";
import { modelsOf } from "../site/models.ts";

const url = "https://example.org";

describe("writeOpenDataAlongside", () => {
  let b: SiteBuild;
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "journal-open-data-writer-"));
    dirs.push(dir);
    return dir;
  };
  /** Every rendered edition's files, as openDataFiles makes them in this thread. */
  const expected = () => b.rendered.flatMap((ref) => openDataFiles(openDataSource(ref, b.presentation, url)).map((f) => ({ file: `${ref.prefix}data/${f.name}`, body: f.body })));
  const sameFiles = async (dir: string, files: string[]) => {
    const want = expected();
    expect([...files].sort()).toEqual(want.map((f) => f.file).sort());
    for (const f of want) expect(await readFile(path.join(dir, f.file), "utf8"), f.file).toBe(f.body);
  };
  beforeAll(async () => {
    b = await modelsOf("data", "/");
  }, 120_000);
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("writeOpenDataAlongside(build, url, dir) writes every rendered edition's files on the worker thread, byte for byte as made on this one", async () => {
    const dir = await tempDir();
    const done = await writeOpenDataAlongside(b, url, dir).done();
    // Nothing asked for an edition before done(): the worker had every one but those done() took when it was called.
    expect(done.onWorker + done.onMain).toBe(b.rendered.length);
    expect(done.onWorker).toBeGreaterThanOrEqual(2);
    await sameFiles(dir, done.files);
  }, 120_000);

  it("writeOpenDataAlongside(build, url, dir).entries(prefix) writes an edition the worker has not reached on this thread, and each edition once", async () => {
    const dir = await tempDir();
    const writing = writeOpenDataAlongside(b, url, dir);
    // The pages ask from the first edition; the worker starts from the last.
    const first = await writing.entries(b.rendered[0]!.prefix);
    const done = await writing.done();
    expect(done.onMain).toBeGreaterThanOrEqual(1);
    expect(done.onWorker).toBeGreaterThanOrEqual(1);
    expect(done.onWorker + done.onMain).toBe(b.rendered.length);
    expect(first.map((e) => e.name)).toContain("projects.csv");
    for (const e of first) expect(e.bytes).toBe((await readFile(path.join(dir, "data", e.name))).length);
    // Every edition's entries, asked in the pages' order after the fact, are the files written.
    for (const ref of b.rendered) for (const e of await writing.entries(ref.prefix)) expect(e.bytes).toBe((await readFile(path.join(dir, `${ref.prefix}data`, e.name))).length);
    await sameFiles(dir, done.files);
  }, 120_000);

  it("writeOpenDataAlongside(build, url, dir, { worker: false }) writes the same files on this thread alone", async () => {
    const dir = await tempDir();
    const done = await writeOpenDataAlongside(b, url, dir, { worker: false }).done();
    expect(done).toMatchObject({ onWorker: 0, onMain: b.rendered.length });
    await sameFiles(dir, done.files);
  }, 120_000);

  it("writeOpenDataAlongside(build, url, dir).entries(prefix) throws for an edition the build does not render", () => {
    const writing = writeOpenDataAlongside(b, url, path.join(tmpdir(), "journal-never-written"), { worker: false });
    expect(() => writing.entries("editions/1999-01/")).toThrow("no open data is written for “editions/1999-01/”: it is not rendered by this build");
  });

  it("writeOpenDataAlongside(build, url, dir).done() rejects naming the edition when the worker cannot write it", async () => {
    const dir = await tempDir();
    const last = b.rendered.at(-1)!;
    // A file where the last edition's data folder goes: the worker takes that edition first.
    await writeFile(path.join(dir, "editions"), "not a folder");
    const writing = writeOpenDataAlongside(b, url, dir);
    await expect(writing.entries(last.prefix)).rejects.toThrow(`open data of “${last.prefix}”: Error: ENOTDIR`);
    await expect(writing.done()).rejects.toThrow(/ENOTDIR/);
  }, 120_000);

  it("writeOpenDataAlongside(build, url, dir) writes every edition on this thread when the worker cannot start, and says why", async () => {
    const dir = await tempDir();
    const writing = writeOpenDataAlongside(b, url, dir, { workerModule: new URL("../helpers/failingWorker.mjs", import.meta.url) });
    // The last edition went to the worker first; its page still gets its files.
    const last = await writing.entries(b.rendered.at(-1)!.prefix);
    expect(last.map((e) => e.name)).toContain("oc4ids.json");
    const done = await writing.done();
    expect(done).toMatchObject({ onWorker: 0, onMain: b.rendered.length, workerFailure: "this worker cannot start" });
    await sameFiles(dir, done.files);
  }, 120_000);
});
