/// <reference types="astro/client" />
import type { APIRoute } from "astro";
import { atomFeed, editionDate } from "../src/lib/feeds/index.ts";
import { absoluteUrl, MEDIA_ROUTES } from "../src/lib/site/mediaPaths.ts";
import { siteBuild } from "virtual:journal/site";

/** Atom feed of the editions: each edition (and revision) with the first sentence of its narrative. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const b = siteBuild();
  const root = b.edition("");
  const url = (p: string) => absoluteUrl(siteUrl, root.base, p);
  const entries = b.list.editions.map((ref) => {
    const m = b.edition(ref.prefix);
    const month = m.fmt.month(ref.month);
    const first = /^.*?[。.!?！？](?=\s|$|[^\d])/su.exec(m.narrative)?.[0] ?? m.narrative;
    return {
      url: url(ref.prefix),
      title: ref.revision !== null && ref.revision > 1 ? `${m.ui.media.editionEntry(month)} (r${ref.revision})` : m.ui.media.editionEntry(month),
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
