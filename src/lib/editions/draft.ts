import type { SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month, Programme } from "../data/model.ts";
import type { Computed } from "../rank/computeAll.ts";
import { editionContent, type EditionContent } from "./content.ts";
import { diffEditions } from "./diff.ts";
import type { EditionRecord } from "./record.ts";

export interface DraftInputs {
  programme: Programme;
  config: SiteConfig;
  computed: Computed;
  /** Verified published records (any months, any revisions). */
  records: readonly EditionRecord[];
  /** The office's notes by month (data/notes/YYYY-MM.md). */
  notes: Readonly<Record<string, string>>;
}

/** The newest published revision of a month, or undefined. */
export function newestRecord(records: readonly EditionRecord[], month: Month): EditionRecord | undefined {
  let best: EditionRecord | undefined;
  for (const r of records) if (r.month === month && (best === undefined || r.revision > best.revision)) best = r;
  return best;
}

/**
 * What the edition of `month` would publish now: its content computed from the data, with the
 * office's note and what changed since the previous month's edition as readers see it (its newest
 * published revision, else its own draft). `npm run publish` writes exactly this; the site shows
 * it for a month not yet published. `memo` shares plain contents between calls.
 */
export function draftContent(inputs: DraftInputs, month: Month, memo: Map<Month, EditionContent> = new Map()): EditionContent {
  const plain = (m: Month): EditionContent => {
    let c = memo.get(m);
    if (c === undefined) {
      c = editionContent(inputs.programme, inputs.config, inputs.computed, m, { officeNote: inputs.notes[m] ?? null });
      memo.set(m, c);
    }
    return c;
  };
  const content = plain(month);
  const i = inputs.programme.months.indexOf(month);
  const prevMonth = i > 0 ? inputs.programme.months[i - 1]! : null;
  const record = prevMonth === null ? undefined : newestRecord(inputs.records, prevMonth);
  const prev = prevMonth === null ? null : (record?.content ?? plain(prevMonth));
  return { ...content, changes: { ...diffEditions(prev, content), againstRevision: record?.revision ?? null } };
}
