import { escapeXml } from "./xml.ts";

/** The sitemap protocol's limit of addresses per file. */
export const SITEMAP_LIMIT = 50_000;

/** An absolute http(s) address, normalised (non-ASCII percent-encoded); throws on anything else. */
function absolute(url: string, who: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${who}: not an absolute URL: "${url}"`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`${who}: not an http(s) URL: "${url}"`);
  return parsed.href;
}

function sortedUnique(urls: readonly string[], who: string): string[] {
  const out = [...new Set(urls.map((u) => absolute(u, who)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (out.length > SITEMAP_LIMIT) throw new Error(`${who}: ${out.length} addresses; a sitemap holds at most ${SITEMAP_LIMIT} (split them and use sitemapIndexXml)`);
  return out;
}

/** A sitemap (sitemaps.org 0.9) of absolute page addresses: de-duplicated and sorted, so stable. */
export function sitemapXml(urls: readonly string[]): string {
  const body = sortedUnique(urls, "sitemapXml").map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`);
  return [`<?xml version="1.0" encoding="UTF-8"?>`, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, ...body, `</urlset>`, ``].join("\n");
}

/** A sitemap index over several sitemaps, for sites past `SITEMAP_LIMIT` addresses. */
export function sitemapIndexXml(sitemapUrls: readonly string[]): string {
  const body = sortedUnique(sitemapUrls, "sitemapIndexXml").map((u) => `  <sitemap><loc>${escapeXml(u)}</loc></sitemap>`);
  return [`<?xml version="1.0" encoding="UTF-8"?>`, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, ...body, `</sitemapindex>`, ``].join("\n");
}

/** robots.txt that allows everything and names the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absolute(sitemapUrl, "robotsTxt")}\n`;
}
