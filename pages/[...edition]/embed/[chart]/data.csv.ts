/// <reference types="astro/client" />
import type { APIRoute } from "astro";
import { chartCsv, embedCharts, type EmbedChart } from "../../../../src/lib/site/embeds.ts";

import { editionParam } from "../../../../src/lib/site/siteBuild.ts";
import { siteBuild } from "virtual:journal/site";

/** The csv download of each embedded chart. */
export async function getStaticPaths() {
  const b = siteBuild();
  return b.rendered.flatMap((ref) =>
    embedCharts(b.edition(ref.prefix)).map((e) => ({ params: { edition: editionParam(ref.prefix), chart: e.id }, props: { prefix: ref.prefix, id: e.id } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { prefix, id } = props as { prefix: string; id: string };
  const b = siteBuild();
  const e = embedCharts(b.edition(prefix)).find((c) => c.id === id) as EmbedChart;
  return new Response(chartCsv(e.chart), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
