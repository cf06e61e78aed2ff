import type { MiddlewareHandler } from "astro";
import { pageRendered } from "./handOver.ts";

/**
 * Astro middleware added by the build's integration (integration.ts): it runs around every page
 * and file Astro renders, and tells the build when one is done, for the progress line. The
 * response passes through untouched.
 */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  pageRendered();
  return response;
};
