// @ts-check
import { defineConfig } from "astro/config";
import { readSiteSettings } from "./src/lib/io/readSiteSettings.mjs";

// Routes live in the top-level pages/ (SPEC §2), so the source root is the project root;
// library code and components stay in src/ and are imported from there.
const settings = readSiteSettings(process.env.DATA_DIR ?? "data");

export default defineConfig({
  srcDir: ".",
  publicDir: "./public",
  outDir: process.env.OUT_DIR ?? "./dist",
  site: settings.baseUrl,
  base: settings.basePath,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: { logLevel: "warn" },
});
