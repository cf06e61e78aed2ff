/// <reference types="astro/client" />
import type { APIRoute } from "astro";
import { robotsTxt } from "../src/lib/feeds/index.ts";
import { absoluteUrl, MEDIA_ROUTES } from "../src/lib/site/mediaPaths.ts";
import { siteBuild } from "virtual:journal/site";

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(site, siteBuild().site.base, MEDIA_ROUTES.sitemap)), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
