/// <reference types="astro/client" />
import type { APIRoute } from "astro";
import { chartCsv, embedCharts, type EmbedChart } from "../../../../src/lib/site/embeds.ts";

import { siteBuild } from "virtual:journal/site";
import { editionPaths } from "../../../../src/lib/site/siteBuild.ts";
import { EDITION_ROUTES } from "../../../../src/lib/site/routes.ts";

/** The csv download of each embedded chart. */
export async function getStaticPaths() {
  return editionPaths(siteBuild(), EDITION_ROUTES.embedCsv);
}

export const GET: APIRoute = async ({ props }) => {
  const { prefix, chart: id } = props as { prefix: string; chart: string };
  const b = siteBuild();
  const e = embedCharts(b.edition(prefix)).find((c) => c.id === id) as EmbedChart;
  return new Response(chartCsv(e.chart), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
