import { dayTimestamp } from "./dates.ts";
import { escapeXml } from "./xml.ts";

/** One edition in the feed. Every string is already localised by the caller. */
export interface AtomEntry {
  /** The edition's permanent page; also its Atom id unless `id` is given. */
  url: string;
  /** A permanent IRI for the entry (e.g. a tag: URI), when it should differ from `url`. */
  id?: string;
  title: string;
  summary: string;
  /** "YYYY-MM-DD": the edition's publishedOn, or its month's last day (`editionDate`). */
  updated: string;
  /** The note of a corrected revision, shown under the summary. */
  revisionNote?: string | null;
}

export interface AtomFeedInput {
  siteTitle: string;
  /** The site's home page (absolute). */
  siteUrl: string;
  /** Where this feed is served (absolute); also the feed's id. */
  feedUrl: string;
  entries: readonly AtomEntry[];
  /** The feed's author (the publisher); defaults to the site title. */
  author?: string;
  subtitle?: string;
  /** Language of the text ("zh-CN", "en"). */
  lang?: string;
  /** UTC offset written with the dates; default "+08:00" (China Standard Time). */
  utcOffset?: string;
  /** The feed's date when it has no entries ("YYYY-MM-DD"); with entries it is the newest entry's. */
  updated?: string;
}

/** Newest first; same day by address, so the order never depends on the input's. */
function byNewest(a: AtomEntry, b: AtomEntry): number {
  if (a.updated !== b.updated) return a.updated < b.updated ? 1 : -1;
  const ia = a.id ?? a.url;
  const ib = b.id ?? b.url;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/**
 * An Atom 1.0 feed (RFC 4287) of the editions. Deterministic: no build time anywhere, the feed's
 * `updated` is its newest entry's, entries are sorted; all text is escaped.
 */
export function atomFeed(input: AtomFeedInput): string {
  const offset = input.utcOffset ?? "+08:00";
  const entries = [...input.entries].sort(byNewest);
  const newest = entries[0]?.updated ?? input.updated;
  if (newest === undefined) throw new Error("atomFeed: a feed without entries needs `updated`");
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"${input.lang ? ` xml:lang="${escapeXml(input.lang)}"` : ""}>`,
    `  <id>${escapeXml(input.feedUrl)}</id>`,
    `  <title>${escapeXml(input.siteTitle)}</title>`,
  ];
  if (input.subtitle) lines.push(`  <subtitle>${escapeXml(input.subtitle)}</subtitle>`);
  lines.push(
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.siteUrl)}"/>`,
    `  <updated>${dayTimestamp(newest, offset)}</updated>`,
    `  <author><name>${escapeXml(input.author ?? input.siteTitle)}</name></author>`,
  );
  for (const e of entries) {
    const summary = e.revisionNote ? `${e.summary}\n\n${e.revisionNote}` : e.summary;
    lines.push(
      `  <entry>`,
      `    <id>${escapeXml(e.id ?? e.url)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <updated>${dayTimestamp(e.updated, offset)}</updated>`,
      `    <summary type="text">${escapeXml(summary)}</summary>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`);
  return `${lines.join("\n")}\n`;
}
