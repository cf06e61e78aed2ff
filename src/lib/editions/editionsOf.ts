import type { SiteConfig } from "../config/siteConfigSchema.ts";
import type { Month, Programme } from "../data/model.ts";
import { computeAll } from "../rank/computeAll.ts";
import { problemLedger } from "../rank/problems.ts";
import type { Problem } from "../rank/problemTypes.ts";
import type { EditionContent } from "./content.ts";
import { draftContent } from "./draft.ts";
import type { EditionRecord } from "./record.ts";

/**
 * One edition of a month: a published revision (its content from the record, so nothing
 * computed later can change it) or the draft of a month not yet published (computed from the data
 * as it stands).
 */
export interface Edition {
  month: Month;
  /** Null for a month not yet published. */
  revision: number | null;
  published: boolean;
  /** Whether this is its month's newest revision (false for an earlier one, kept after a correction). */
  current: boolean;
  /** Why this revision was issued (null for a first publication or a draft). */
  note: string | null;
  /** The publication date (YYYY-MM-DD), or null for a draft. */
  publishedOn: string | null;
  content: EditionContent;
}

/**
 * Every edition of the data, the one entry point from the data to what editions show: by month
 * ascending; in a month, its newest revision, then the earlier ones newest first. Indicators,
 * boards and warnings are computed once, and only when some month is not published.
 * `notes`: the office's notes by month (notes/YYYY-MM.md), shown with the drafts.
 */
export function editionsOf(programme: Programme, config: SiteConfig, records: readonly EditionRecord[], notes: Readonly<Record<string, string>>): Edition[] {
  const sorted = [...records].sort((a, b) => (a.month === b.month ? b.revision - a.revision : a.month < b.month ? -1 : 1));
  let computed: ReturnType<typeof computeAll> | null = null;
  const memo = new Map<Month, EditionContent>();
  const editions: Edition[] = [];
  for (const month of programme.months) {
    const mine = sorted.filter((r) => r.month === month);
    if (mine.length === 0) {
      computed ??= computeAll(programme, config);
      const content = draftContent({ programme, config, computed, records, notes }, month, memo);
      editions.push({ month, revision: null, published: false, current: true, note: null, publishedOn: null, content });
      continue;
    }
    mine.forEach((r, i) =>
      editions.push({ month, revision: r.revision, published: true, current: i === 0, note: r.note, publishedOn: r.publishedOn, content: r.content }),
    );
  }
  return editions;
}

/**
 * Each project's problems (问题清单) up to `through`, as its page shows them: first reported,
 * rewordings, closures and re-openings, by project key.
 */
export function problemHistory(programme: Programme, through: Month): Map<string, Problem[]> {
  const byKey = new Map<string, Problem[]>();
  for (const p of problemLedger(programme, { through }).problems) {
    const list = byKey.get(p.key);
    if (list === undefined) byKey.set(p.key, [p]);
    else list.push(p);
  }
  return byKey;
}
