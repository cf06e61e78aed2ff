/// <reference types="astro/client" />
import type { APIRoute } from "astro";
import { sitemapXml } from "../src/lib/feeds/index.ts";
import { absoluteUrl } from "../src/lib/site/mediaPaths.ts";
import { pagesOf } from "../src/lib/site/sitePages.ts";
import { siteBuild } from "virtual:journal/site";
import { ROUTES } from "../src/lib/site/urls.ts";

/** Every page of the latest edition (the root), each edition's home and the editions index. */
export const GET: APIRoute = async ({ site }) => {
  const b = siteBuild();
  const base = b.presentation.base;
  const paths = new Set<string>(pagesOf(b, "").map((p) => p.rest));
  paths.add(ROUTES.editions);
  for (const e of b.list.editions) paths.add(e.prefix);
  return new Response(sitemapXml([...paths].map((p) => absoluteUrl(site, base, p))), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
