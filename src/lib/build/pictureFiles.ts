import { cardDrawing, cardDrawingSvg } from "../cards/index.ts";
import type { DrawJob } from "../cards/drawCards.ts";
import type { SiteBuild } from "../site/siteBuild.ts";
import { chartSvg, embedCharts } from "../site/embeds.ts";
import { rasterSvg } from "../cards/rasterSvg.ts";
import { MEDIA_ROUTES, ogImagePath } from "../site/mediaPaths.ts";
import { pagesOf } from "../site/sitePages.ts";
import { ROUTES } from "../site/urls.ts";

/**
 * Every picture this run renders: each page's 1200×630 preview card and each embedded chart's PNG
 * download (twice the chart's size, on white), with where it goes in the output (relative to the
 * output folder, e.g. "editions/2026-09/og/districts_luyu.png"). scripts/build.ts draws them on
 * worker threads while Astro renders the pages, and puts them in after.
 */
export interface PictureFile {
  file: string;
  job: DrawJob;
}

export function pictureFiles(b: SiteBuild): PictureFile[] {
  // A project's card comes with its page from the build cache (build/pageCache.ts) when the page does.
  const rendering = new Set(b.renderedProjects.map((p) => ROUTES.project(p.slug)));
  const projectPage = new Set(b.site.projects.map((p) => ROUTES.project(p.slug)));
  return b.rendered.flatMap((ref) => [
    ...pagesOf(b, ref.prefix)
      .filter((p) => ref.prefix !== "" || !projectPage.has(p.rest) || rendering.has(p.rest))
      .map((p) => {
        const drawing = cardDrawing(p.card);
        return { file: ogImagePath(ref.prefix, p.rest), job: { svg: cardDrawingSvg(drawing), drawing } };
      }),
    ...embedCharts(b.edition(ref.prefix)).map((e) => ({
      file: `${ref.prefix}${MEDIA_ROUTES.chartPng(e.id)}`,
      job: { svg: rasterSvg(chartSvg(e.chart)), zoom: 2, background: "#ffffff" },
    })),
  ]);
}
