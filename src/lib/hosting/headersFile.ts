import { CACHE_CONTROL, securityHeaders } from "./policy.ts";

/**
 * A `_headers` file (the format of Netlify, Cloudflare Pages and other CDN hosts) carrying
 * the policy of policy.ts, for a site served under `base`.
 */
export function headersFile(base: string): string {
  const rule = (pattern: string, headers: Record<string, string>) => [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n");
  return `${[
    rule(`${base}*`, { ...securityHeaders("index.html"), "Cache-Control": CACHE_CONTROL.page }),
    rule(`${base}*/embed/*`, { "Content-Security-Policy": securityHeaders("embed/x/")["Content-Security-Policy"]! }),
    rule(`${base}embed/*`, { "Content-Security-Policy": securityHeaders("embed/x/")["Content-Security-Policy"]! }),
    rule(`${base}_astro/*`, { "Cache-Control": CACHE_CONTROL.immutable }),
    // Site photos are named by their content and settings (src/lib/site/photoViews.ts).
    rule(`${base}photos/*`, { "Cache-Control": CACHE_CONTROL.immutable }),
    ...["png", "svg", "csv", "json", "js", "css", "pdf"].map((ext) => rule(`${base}*.${ext}`, { "Cache-Control": CACHE_CONTROL.asset })),
  ].join("\n\n")}\n`;
}
