export { atomFeed, type AtomEntry, type AtomFeedInput } from "./atom.ts";
export { dayTimestamp, editionDate, monthEnd } from "./dates.ts";
export { robotsTxt, SITEMAP_LIMIT, sitemapIndexXml, sitemapXml } from "./sitemap.ts";
export { escapeXml, stripInvalidXml } from "./xml.ts";
