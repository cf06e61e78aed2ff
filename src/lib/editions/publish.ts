import type { EditionContent } from "./content.ts";
import { contentChecksum, type EditionRecord } from "./record.ts";

export type PublishRefusal = "already-published" | "not-published" | "empty-note";

/**
 * The record that publishing `content` creates: revision 1 for a new month; for a month
 * already published only with a reason (`revise`), as the next revision.
 */
export function nextRecord(
  existing: readonly EditionRecord[],
  content: EditionContent,
  snapshot: { file: string; sha256: string },
  opts: { revise: string | null; publishedOn: string },
): { record: EditionRecord } | { refused: PublishRefusal } {
  const note = opts.revise?.trim() ?? null;
  if (opts.revise !== null && !note) return { refused: "empty-note" };
  if (existing.length > 0 && note === null) return { refused: "already-published" };
  if (existing.length === 0 && note !== null) return { refused: "not-published" };
  const revision = existing.length === 0 ? 1 : Math.max(...existing.map((r) => r.revision)) + 1;
  return {
    record: {
      format: 1,
      month: content.month,
      revision,
      note,
      publishedOn: opts.publishedOn,
      snapshot: { file: snapshot.file.replace(/\\/g, "/").replace(/^.*?(snapshots\/)/, "$1"), sha256: snapshot.sha256 },
      contentSha256: contentChecksum(content),
      content,
    },
  };
}
