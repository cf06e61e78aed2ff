/// <reference types="astro/client" />
import type { APIRoute } from "astro";
import { openDataFiles, type DataFile } from "../../../src/lib/media/openData.ts";
import { editionPaths, getSiteBuild } from "../../../src/lib/site/getSiteModel.ts";

/** The edition's changes.csv (src/lib/media/openData.ts). */
export async function getStaticPaths() {
  return editionPaths(import.meta.env.BASE_URL);
}

export const GET: APIRoute = async ({ props, site }) => {
  const b = await getSiteBuild(import.meta.env.BASE_URL);
  const file = openDataFiles(b.edition((props as { prefix: string }).prefix), site).find((f) => f.name === "changes.csv") as DataFile;
  return new Response(file.body, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
