/// <reference types="astro/client" />
import type { APIRoute } from "astro";
import { cardSvg } from "../../../src/lib/cards/index.ts";
import { cardPng } from "../../../src/lib/media/images.ts";
import { cardName } from "../../../src/lib/media/paths.ts";
import { pagesOf } from "../../../src/lib/media/sitePages.ts";
import { editionParam, getSiteBuild } from "../../../src/lib/site/getSiteModel.ts";

/** The 1200×630 preview card of every page of every edition this run renders. */
export async function getStaticPaths() {
  const b = await getSiteBuild(import.meta.env.BASE_URL);
  return b.rendered.flatMap((ref) =>
    pagesOf(b, ref.prefix).map((p) => ({ params: { edition: editionParam(ref.prefix), card: cardName(p.rest) }, props: { svg: cardSvg(p.card) } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const b = await getSiteBuild(import.meta.env.BASE_URL);
  const png = await cardPng(b, (props as { svg: string }).svg);
  return new Response(Buffer.from(png), { headers: { "Content-Type": "image/png" } });
};
