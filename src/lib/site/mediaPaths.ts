import { withBase } from "./urls.ts";

/**
 * Addresses of the media files (relative to the base, like ROUTES): an edition's preview cards
 * under its prefix ("editions/2026-09/og/districts_x.png"), so the build cache keeps them with the
 * edition; its embeds, chart downloads and open data likewise.
 */

/** A page's path below its edition ("districts/x/") as a flat file name ("districts_x"; "index" for the home). */
export function cardName(rest: string): string {
  return rest === "" ? "index" : rest.replace(/\/$/, "").replaceAll("/", "_");
}

export function ogImagePath(prefix: string, rest: string): string {
  return `${prefix}og/${cardName(rest)}.png`;
}

export const MEDIA_ROUTES = {
  embed: (id: string) => `embed/${id}/`,
  chartSvg: (id: string) => `embed/${id}/chart.svg`,
  chartPng: (id: string) => `embed/${id}/chart.png`,
  chartCsv: (id: string) => `embed/${id}/data.csv`,
  data: "data/",
  downloads: "downloads/",
  search: "search/",
  feed: "feed.xml",
  sitemap: "sitemap.xml",
} as const;

/** An absolute URL: site.yaml's baseUrl, the base path and a path relative to the base. */
export function absoluteUrl(site: string | URL | undefined, base: string, path: string): string {
  return new URL(withBase(base, path), site ?? "https://example.org").href;
}
