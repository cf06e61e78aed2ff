/// <reference types="astro/client" />
import type { APIRoute } from "astro";
import { chartSvg, embedCharts, type EmbedChart } from "../../../../src/lib/site/embeds.ts";

import { siteBuild } from "virtual:journal/site";
import { editionPaths } from "../../../../src/lib/site/siteBuild.ts";
import { EDITION_ROUTES } from "../../../../src/lib/site/routes.ts";

/** The svg download of each embedded chart. */
export async function getStaticPaths() {
  return editionPaths(siteBuild(), EDITION_ROUTES.embedSvg);
}

export const GET: APIRoute = async ({ props }) => {
  const { prefix, chart: id } = props as { prefix: string; chart: string };
  const b = siteBuild();
  const e = embedCharts(b.edition(prefix)).find((c) => c.id === id) as EmbedChart;
  return new Response(chartSvg(e.chart), { headers: { "Content-Type": "image/svg+xml" } });
};
