import type { SiteBuild } from "../site/siteBuild.ts";

/**
 * The site build that the pages render, handed over by the Astro integration (integration.ts),
 * which buildSite() passes to Astro with the rest of its configuration. Pages read it as the
 * module `virtual:journal/site`: the integration keeps this library out of Astro's bundle, so
 * the pages and the build share this one module, and with it every model and memo the build has
 * already made.
 */
let current: SiteBuild | null = null;
let onPage: (() => void) | null = null;

/** `pageWritten` is told of each file Astro renders (the build's progress line counts them). */
export function handOver(build: SiteBuild | null, pageWritten: (() => void) | null = null): void {
  current = build;
  onPage = pageWritten;
}

/** Called by the build's middleware (pageCounter.ts) after each page or file is rendered. */
export function pageRendered(): void {
  onPage?.();
}

/** The build being rendered. Outside a build (`astro dev`, a page imported by a test) it says how to build. */
export function siteBuild(): SiteBuild {
  if (current === null) throw new Error("No site build was handed over: the pages are rendered by `npm run build` (src/lib/build/buildSite.ts), not by Astro alone.");
  return current;
}
