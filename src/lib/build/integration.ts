import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import type { SiteBuild } from "../site/siteBuild.ts";
import { handOver } from "./handOver.ts";

/** The module pages import to reach the build (tsconfig.json maps it to handOver.ts for types). */
export const SITE_MODULE = "virtual:journal/site";

/**
 * The Astro integration of one build: it hands the build over to the pages, and keeps the
 * library (src/lib) out of Astro's bundle. Bundled, every page chunk would carry its own copy of
 * the library, with its own memos (a chart drawn for the pictures would be drawn again for its
 * page) and no way to reach the build but a global; left outside, the pages import the very
 * modules the build script has loaded (the script runs under tsx, whose loader reads them).
 */
export function journalIntegration(build: SiteBuild, root: string, pageWritten: (() => void) | null = null): AstroIntegration {
  const lib = path.join(root, "src", "lib") + path.sep;
  const handOverFile = pathToFileURL(path.join(lib, "build", "handOver.ts")).href;
  return {
    name: "key-project-journal",
    hooks: {
      "astro:config:setup": ({ updateConfig, addMiddleware }) => {
        handOver(build, pageWritten);
        // Counts the pages as Astro writes them (the build's progress line).
        if (pageWritten !== null) addMiddleware({ entrypoint: pathToFileURL(path.join(lib, "build", "pageCounter.ts")), order: "pre" });
        updateConfig({
          vite: {
            plugins: [
              {
                name: "key-project-journal:shared-library",
                enforce: "pre",
                resolveId(source, importer) {
                  if (source === SITE_MODULE) return { id: handOverFile, external: true };
                  if (importer === undefined || !source.startsWith(".")) return null;
                  const target = path.resolve(path.dirname(importer.split("?")[0]!), source);
                  // A file URL, so the bundle imports it as is (a bare absolute path would be made relative to the chunk).
                  if (target.startsWith(lib) && /\.(ts|mjs|js)$/.test(target)) return { id: pathToFileURL(target).href, external: true };
                  return null;
                },
              },
            ],
          },
        });
      },
      "astro:build:done": () => handOver(null),
    },
  };
}
