import { parseHTML } from "linkedom";

/** Page budgets (issue 7): checked over a built site by scripts/budgets.ts, never by timing. */
export const BUDGETS = {
  /** Bytes of HTML per page. */
  html: 100 * 1024,
  /** Bytes of JavaScript a page loads (its external scripts, each counted once per page). */
  js: 20 * 1024,
} as const;

export interface PageFile {
  /** Path inside the site ("districts/x/index.html"). */
  path: string;
  html: string;
}

export interface BudgetProblem {
  page: string;
  rule: "html-size" | "js-size" | "external-request" | "image-dimensions" | "inline-script";
  detail: string;
}

/** Attributes through which a page makes the browser fetch something. */
const FETCHING: ReadonlyArray<[string, string]> = [
  ["script[src]", "src"],
  ["link[href]:not([rel=canonical]):not([rel=alternate])", "href"],
  ["img[src]", "src"],
  ["img[srcset]", "srcset"],
  ["source[src]", "src"],
  ["source[srcset]", "srcset"],
  ["iframe[src]", "src"],
  ["video[src]", "src"],
  ["audio[src]", "src"],
  ["object[data]", "data"],
  ["embed[src]", "src"],
  ["form[action]", "action"],
];

/**
 * Check every page: HTML size, the JavaScript it loads, that it fetches nothing from another
 * origin (links to other sites are fine: they are not requests), that every image has
 * dimensions, and that no inline script needs a CSP exception. `fileSize(path)` gives the
 * size of a site file (a script) or null when missing.
 */
export function checkBudgets(pages: PageFile[], fileSize: (sitePath: string) => number | null, base: string): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  for (const page of pages) {
    const bytes = Buffer.byteLength(page.html);
    if (bytes > BUDGETS.html) problems.push({ page: page.path, rule: "html-size", detail: `${bytes} bytes > ${BUDGETS.html}` });
    const { document } = parseHTML(page.html);
    for (const [selector, attr] of FETCHING) {
      for (const el of document.querySelectorAll(selector)) {
        const value = el.getAttribute(attr) ?? "";
        for (const url of value.split(",").map((s: string) => s.trim().split(/\s+/)[0] ?? "")) {
          if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^data:/i.test(url)) problems.push({ page: page.path, rule: "external-request", detail: `${selector} ${url}` });
        }
      }
    }
    let js = 0;
    const seen = new Set<string>();
    for (const s of document.querySelectorAll("script")) {
      const src = s.getAttribute("src");
      const type = s.getAttribute("type") ?? "";
      if (!src) {
        if (type !== "application/ld+json" && type !== "application/json" && (s.textContent ?? "").trim() !== "")
          problems.push({ page: page.path, rule: "inline-script", detail: (s.textContent ?? "").trim().slice(0, 60) });
        continue;
      }
      const sitePath = src.startsWith(base) ? src.slice(base.length) : src.replace(/^\//, "");
      if (seen.has(sitePath)) continue;
      seen.add(sitePath);
      js += fileSize(sitePath) ?? 0;
    }
    if (js > BUDGETS.js) problems.push({ page: page.path, rule: "js-size", detail: `${js} bytes > ${BUDGETS.js}` });
    for (const img of document.querySelectorAll("img")) {
      if (!img.getAttribute("width") || !img.getAttribute("height"))
        problems.push({ page: page.path, rule: "image-dimensions", detail: img.getAttribute("src") ?? "(no src)" });
    }
    const og = document.querySelector('meta[property="og:image"]');
    if (og && (!document.querySelector('meta[property="og:image:width"]') || !document.querySelector('meta[property="og:image:height"]')))
      problems.push({ page: page.path, rule: "image-dimensions", detail: "og:image without og:image:width/height" });
  }
  return problems;
}
