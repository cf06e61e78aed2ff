import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { recordDigest, verifyEditions, type RecordFile } from "../../src/lib/editions/index.ts";
import type { LoadResult } from "../../src/lib/editions/withEditions.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { ROOT } from "../site/buildSite.ts";

/** The sample's published records (data/editions/), checked against its own tables. */
const DATA = path.join(ROOT, "data");
let loaded: LoadResult;
let files: RecordFile[];

beforeAll(async () => {
  loaded = await loadDataDir(DATA);
  files = readdirSync(path.join(DATA, "editions"))
    .sort()
    .flatMap((month) =>
      readdirSync(path.join(DATA, "editions", month))
        .sort()
        .map((name) => {
          const file = path.join("data", "editions", month, name);
          return { file, text: readFileSync(path.join(ROOT, file), "utf8") };
        }),
    );
});

/** A record whose content was edited by hand (one figure of the programme changed), checksum left as it was. */
function edited(f: RecordFile): RecordFile {
  const record = JSON.parse(f.text) as { content: { computed: { programme: { indicators: { projects: number } } } } };
  record.content.computed.programme.indicators.projects += 1;
  return { file: f.file, text: JSON.stringify(record) };
}

describe("verifyEditions(files, snapshots, verified)", () => {
  it("verifyEditions(the sample's records, its snapshots) accepts every record and gives each record's digest, in the records' order", () => {
    const v = verifyEditions([...files].reverse(), loaded.snapshots);
    expect(v.issues).toEqual([]);
    expect(v.records.length).toBe(files.length);
    expect(v.known).toBe(0);
    // The records come back by month and revision; each digest is that record's file's.
    const byRecord = new Map(files.map((f) => [/(\d{4}-\d{2})[\\/](r\d+)\.json$/.exec(f.file)!.slice(1).join("/"), recordDigest(f.text)]));
    expect(v.digests).toEqual(v.records.map((r) => byRecord.get(`${r.month}/r${r.revision}`)));
    expect(new Set(v.digests).size).toBe(files.length);
  });

  it("verifyEditions(an edited record, snapshots) reports it altered, naming the file, month and revision", () => {
    const altered = edited(files[3]!);
    const v = verifyEditions([altered], loaded.snapshots);
    expect(v.records).toEqual([]);
    expect(v.issues).toMatchObject([{ severity: "error", code: "edition-altered", file: altered.file, detail: { month: "2025-05", revision: 1 } }]);
  });

  it("verifyEditions(files, snapshots, verified) does not hash a known record's content again, and still checks an edited one", () => {
    const altered = edited(files[3]!);
    // A digest in `verified` stands for a content check already passed by those bytes: the content is not hashed.
    const trusted = verifyEditions([altered], loaded.snapshots, new Set([recordDigest(altered.text)]));
    expect(trusted.issues.filter((i) => i.code === "edition-altered")).toEqual([]);
    expect(trusted.known).toBe(1);
    // The original record's digest does not cover its edited bytes.
    const v = verifyEditions([altered], loaded.snapshots, new Set(files.map((f) => recordDigest(f.text))));
    expect(v.known).toBe(0);
    expect(v.issues.map((i) => i.code)).toEqual(["edition-altered"]);
    // Known records are still checked against their snapshots.
    const all = verifyEditions(files, loaded.snapshots, new Set(files.map((f) => recordDigest(f.text))));
    expect(all.known).toBe(files.length);
    expect(all.issues).toEqual([]);
    const otherSnapshot = loaded.snapshots.map((s) => (s.month === "2025-05" ? { ...s, sha256: "0".repeat(64) } : s));
    expect(verifyEditions(files, otherSnapshot, new Set(files.map((f) => recordDigest(f.text)))).issues.map((i) => i.code)).toEqual(["edition-snapshot-altered"]);
  });
});
