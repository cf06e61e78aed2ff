/// <reference types="astro/client" />
import type { APIRoute } from "astro";
import { robotsTxt } from "../src/lib/feeds/index.ts";
import { absoluteUrl, MEDIA_ROUTES } from "../src/lib/media/paths.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(site, import.meta.env.BASE_URL, MEDIA_ROUTES.sitemap)), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
