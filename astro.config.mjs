// @ts-check
import { defineConfig } from "astro/config";

// What every build shares. Each build's own settings (output folder, site URL and base path from
// site.yaml, the integration that hands the pages their data) are passed to astro.build() by
// src/lib/build/buildSite.ts. Routes live in the top-level pages/ (SPEC §2), so the source root
// is the project root; library code and components stay in src/ and are imported from there.
export default defineConfig({
  srcDir: ".",
  publicDir: "./public",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: { logLevel: "warn" },
});
