import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { removeAside } from "../../src/lib/io/removeAside.ts";

const filled = (dir: string) => {
  mkdirSync(path.join(dir, "editions", "2026-09"), { recursive: true });
  writeFileSync(path.join(dir, "index.html"), "<!doctype html>");
  writeFileSync(path.join(dir, "editions", "2026-09", "index.html"), "<!doctype html>");
  return dir;
};

describe("removeAside", () => {
  it("removeAside(dir) frees the place at once and deletes the files by `removed`, a stopped build's leftover first", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "remove-aside-"));
    const out = filled(path.join(parent, "dist"));
    filled(path.join(parent, "dist.old"));
    writeFileSync(path.join(parent, "dist.old", "stale.txt"), "left by a build that stopped");
    const clearing = await removeAside(out);
    expect(existsSync(out)).toBe(false);
    // The place is free for the next output while the old one is deleted.
    mkdirSync(out);
    writeFileSync(path.join(out, "new.html"), "<!doctype html>");
    await clearing.removed;
    expect(readdirSync(parent).sort()).toEqual(["dist"]);
    expect(readdirSync(out)).toEqual(["new.html"]);
  });

  it("removeAside(a folder that is not there) resolves with nothing to delete", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "remove-aside-"));
    const clearing = await removeAside(path.join(parent, "dist"));
    await expect(clearing.removed).resolves.toBeUndefined();
    expect(readdirSync(parent)).toEqual([]);
  });
});
