/**
 * What a static host should send with the site, in one place: the Content-Security-Policy
 * (also written into every page as a <meta> tag, so it holds on hosts that set no headers),
 * the other security headers, and cache lifetimes by kind of file.
 */

/** Scripts only from the site itself (WebAssembly for Pagefind's search); inline styles for the charts' SVG. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Headers only a server can send (frame-ancestors is ignored in a <meta> CSP). */
export function securityHeaders(sitePath: string): Record<string, string> {
  // Embed pages are meant to be framed by newsrooms; everything else only by the site.
  const embed = /(^|\/)embed\//.test(sitePath);
  return {
    "Content-Security-Policy": `${CSP}; frame-ancestors ${embed ? "*" : "'self'"}`,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  };
}

export type CacheClass = "immutable" | "page" | "asset";

/** Cache lifetimes by kind of file: hashed build assets never change; pages and feeds change every month; the rest in between. */
export const CACHE_CONTROL: Record<CacheClass, string> = {
  immutable: "public, max-age=31536000, immutable",
  page: "public, max-age=300, must-revalidate",
  asset: "public, max-age=86400",
};
