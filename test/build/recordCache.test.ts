import { existsSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RecordCache } from "../../src/lib/build/recordCache.ts";

const dir = mkdtempSync(path.join(tmpdir(), "journal-records-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const a = "a".repeat(64);
const b = "b".repeat(64);
const c = "c".repeat(64);

describe("RecordCache(dir, templates)", () => {
  it("RecordCache(dir, templates).known() holds what keep(digests) noted, for the same templates only", async () => {
    const cache = new RecordCache(dir, "t1");
    expect(await cache.known()).toEqual(new Set());
    await cache.keep([a, b], new Set());
    expect(await new RecordCache(dir, "t1").known()).toEqual(new Set([a, b]));
    // Other code checks again.
    expect(await new RecordCache(dir, "t2").known()).toEqual(new Set());
  });

  it("keep(digests, known) forgets the records and the code's folders that no build used for 30 days", async () => {
    const old = new Date(Date.now() - 31 * 86_400_000);
    await new RecordCache(dir, "t2").keep([c], new Set());
    utimesSync(path.join(dir, "t2"), old, old);
    const cache = new RecordCache(dir, "t1");
    utimesSync(path.join(dir, "t1", a), old, old);
    utimesSync(path.join(dir, "t1", b), old, old);
    // b is used again (known and kept), a is not.
    await cache.keep([b], new Set([a, b]));
    expect(await cache.known()).toEqual(new Set([b]));
    expect(existsSync(path.join(dir, "t2"))).toBe(false);
  });
});
