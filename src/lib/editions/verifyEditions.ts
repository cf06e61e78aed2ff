import { issue, type Issue } from "../common/issue.ts";
import type { Snapshot } from "../data/model.ts";
import { contentChecksum, EditionRecordSchema, recordDigest, type EditionRecord } from "./record.ts";

export interface RecordFile {
  /** Path as shown to the user (data/editions/2026-09/r1.json). */
  file: string;
  text: string;
}

/**
 * Check every published record: well-formed, its content unchanged since publication, its
 * revisions numbered 1…n, and the month's snapshot unchanged since the newest revision.
 * `verified`: digests (recordDigest) of record files whose content an earlier check found
 * unchanged; the same bytes give the same answer, so their content is not hashed again. Every
 * other check is made on every record. `digests`: each record's digest (in the order of
 * `records`), for the next build and for the build cache's keys; `known`: how many were in `verified`.
 */
export function verifyEditions(
  files: RecordFile[],
  snapshots: Snapshot[],
  verified: ReadonlySet<string> = new Set(),
): { records: EditionRecord[]; issues: Issue[]; digests: string[]; known: number } {
  const issues: Issue[] = [];
  const records: EditionRecord[] = [];
  const digests: string[] = [];
  let known = 0;
  for (const { file, text } of files) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      issues.push(issue("error", "edition-invalid", { file }, { message: (e as Error).message }));
      continue;
    }
    const parsed = EditionRecordSchema.safeParse(data);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      issues.push(issue("error", "edition-invalid", { file, column: first.path.join(".") }, { message: first.message }));
      continue;
    }
    const r = parsed.data;
    const named = /(\d{4}-\d{2})[\\/]r(\d+)\.json$/.exec(file);
    if (!named || named[1] !== r.month || Number(named[2]) !== r.revision) {
      issues.push(issue("error", "edition-invalid", { file }, { message: `file name does not match month ${r.month} revision ${r.revision}` }));
      continue;
    }
    const digest = recordDigest(text);
    if (verified.has(digest)) known++;
    else if (contentChecksum(r.content) !== r.contentSha256) {
      issues.push(issue("error", "edition-altered", { file }, { month: r.month, revision: r.revision }));
      continue;
    }
    records.push(r);
    digests.push(digest);
  }
  const byMonth = new Map<string, EditionRecord[]>();
  for (const r of records) byMonth.set(r.month, [...(byMonth.get(r.month) ?? []), r]);
  for (const [month, list] of byMonth) {
    list.sort((a, b) => a.revision - b.revision);
    if (list.some((r, i) => r.revision !== i + 1))
      issues.push(issue("error", "edition-invalid", { file: `editions/${month}` }, { message: `revisions of ${month} must be numbered r1…r${list.length}` }));
    const newest = list.at(-1)!;
    const snapshot = snapshots.find((s) => s.month === month);
    if (!snapshot || snapshot.sha256 !== newest.snapshot.sha256)
      issues.push(
        issue("error", "edition-snapshot-altered", { file: snapshot?.file ?? newest.snapshot.file }, { month, revision: newest.revision, publishedOn: newest.publishedOn }),
      );
  }
  const digestOf = new Map(records.map((r, i) => [r, digests[i]!]));
  records.sort((a, b) => (a.month === b.month ? a.revision - b.revision : a.month < b.month ? -1 : 1));
  return { records, issues, digests: records.map((r) => digestOf.get(r)!), known };
}
