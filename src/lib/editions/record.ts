import { z } from "zod";
import { MonthSchema } from "../data/model.ts";
import type { EditionContent } from "./content.ts";
import { sha256, stableJson } from "../common/hash.ts";

/**
 * A published edition, as committed in data/editions/YYYY-MM/rN.json. The checksums make
 * any later edit visible: the content's own, and the snapshot file's at publication.
 */
export const EditionRecordSchema = z
  .object({
    format: z.literal(1),
    month: MonthSchema,
    revision: z.number().int().min(1),
    /** Why this revision was issued (null for the first). */
    note: z.string().min(1).nullable(),
    /** The publication date the office gave (YYYY-MM-DD); part of the record, not a build time. */
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    snapshot: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
    content: z.custom<EditionContent>((v) => v !== null && typeof v === "object" && (v as { month?: unknown }).month !== undefined),
  })
  .strict();
export type EditionRecord = z.output<typeof EditionRecordSchema>;

export function contentChecksum(content: EditionContent): string {
  return sha256(stableJson(content));
}

/**
 * A record file's own checksum, over its text as read. A build cache keeps those of records whose
 * content was found to match its checksum, so the same bytes are not checked again: at 10,000
 * projects a record is about 15 MB, parsing it takes 0.13 s and checking its content 0.4 s more.
 */
export function recordDigest(text: string): string {
  return sha256(text);
}

/** The record file's text: stable key order, so a republish of the same content is byte-identical; compact, to keep the repository small. */
export function recordText(record: EditionRecord): string {
  return `${stableJson(record)}\n`;
}

export function recordPath(month: string, revision: number): string {
  return `editions/${month}/r${revision}.json`;
}
