import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { linkTree, placeFiles } from "../../src/lib/io/placeFiles.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "place-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(rel: string, text: string): string {
  const f = path.join(dir, rel);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, text);
  return f;
}

describe("placeFiles", () => {
  it("placeFiles(moves) hard-links each file into new folders, replacing what was there", () => {
    const a = file("cache/a.html", "A");
    const b = file("cache/b.png", "B");
    const old = file("out/x/b.png", "old");
    placeFiles([
      { from: a, to: path.join(dir, "out/deep/er/a.html") },
      { from: b, to: old },
    ]);
    expect(readFileSync(path.join(dir, "out/deep/er/a.html"), "utf8")).toBe("A");
    expect(readFileSync(old, "utf8")).toBe("B");
    expect(statSync(old).ino).toBe(statSync(b).ino);
    // The cache's file is untouched by the replacement.
    expect(readFileSync(b, "utf8")).toBe("B");
  });

  it("placeFiles(a missing source) throws, naming it", () => {
    expect(() => placeFiles([{ from: path.join(dir, "nope.html"), to: path.join(dir, "out/nope.html") }])).toThrow(/nope\.html/);
  });
});

describe("linkTree", () => {
  it("linkTree(source, target, keep) places every file but those left out, in the same folders", () => {
    file("tree/index.html", "i");
    file("tree/og/index.png", "p");
    file("tree/nested/2026-09/index.html", "n");
    linkTree(path.join(dir, "tree"), path.join(dir, "copy"), (rel) => rel !== "nested");
    expect(readFileSync(path.join(dir, "copy/index.html"), "utf8")).toBe("i");
    expect(readFileSync(path.join(dir, "copy/og/index.png"), "utf8")).toBe("p");
    expect(existsSync(path.join(dir, "copy/nested"))).toBe(false);
  });
});
