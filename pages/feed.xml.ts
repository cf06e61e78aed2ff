/// <reference types="astro/client" />
import type { APIRoute } from "astro";
import { atomFeed, editionDate } from "../src/lib/feeds/index.ts";
import { absoluteUrl, MEDIA_ROUTES } from "../src/lib/site/mediaPaths.ts";
import { t } from "../src/lib/i18n/ui.ts";
import { formatFor } from "../src/lib/i18n/format/index.ts";
import { siteBuild } from "virtual:journal/site";

/**
 * Atom feed of the editions: each edition (and revision) with the first sentence of its narrative.
 * Read from each edition's content, not its page model: most editions come from the build cache,
 * and making their models (tens of MB each at 10,000 projects) only for a title and a sentence
 * cost seconds and kept them all in memory while the pages rendered.
 */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const b = siteBuild();
  const root = b.edition("");
  const url = (p: string) => absoluteUrl(siteUrl, root.base, p);
  const entries = b.list.editions.map((ref) => {
    const { locale, narrative } = ref.content;
    const ui = t(locale);
    const month = formatFor(locale).month(ref.month);
    const first = /^.*?[。.!?！？](?=\s|$|[^\d])/su.exec(narrative.programme)?.[0] ?? narrative.programme;
    return {
      url: url(ref.prefix),
      title: ref.revision !== null && ref.revision > 1 ? `${ui.media.editionEntry(month)} (r${ref.revision})` : ui.media.editionEntry(month),
      summary: first.trim(),
      updated: editionDate(ref.month, ref.publishedOn),
      revisionNote: ref.note,
    };
  });
  const xml = atomFeed({
    siteTitle: root.title,
    siteUrl: url(""),
    feedUrl: url(MEDIA_ROUTES.feed),
    entries,
    author: root.publisher ?? root.title,
    subtitle: root.ui.media.feedTitle(root.title),
    lang: root.ui.htmlLang,
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
