import { Parser } from "htmlparser2";

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

/**
 * Attributes through which a page makes the browser fetch something: [element, attribute, the CSS
 * selector a problem names it by]. A link is fetched unless it only names a page (NOT_FETCHED).
 */
const FETCHING: ReadonlyArray<[string, string, string]> = [
  ["script", "src", "script[src]"],
  ["link", "href", "link[href]:not([rel=canonical]):not([rel=alternate])"],
  ["img", "src", "img[src]"],
  ["img", "srcset", "img[srcset]"],
  ["source", "src", "source[src]"],
  ["source", "srcset", "source[srcset]"],
  ["iframe", "src", "iframe[src]"],
  ["video", "src", "video[src]"],
  ["audio", "src", "audio[src]"],
  ["object", "data", "object[data]"],
  ["embed", "src", "embed[src]"],
  ["form", "action", "form[action]"],
];

/** Links that name a page rather than fetch one. */
const NOT_FETCHED = new Set(["canonical", "alternate"]);

interface Script {
  src: string | undefined;
  type: string;
  text: string;
}

/**
 * What the budgets read of a page, in one streaming pass of htmlparser2: building a linkedom
 * document and querying it once per rule took about 10 ms a page (17 s for the sample's 1,638
 * pages, more for a large programme's).
 */
function scanPage(html: string) {
  const fetched: string[][] = FETCHING.map(() => []);
  const scripts: Script[] = [];
  const images: Array<{ src: string | undefined; sized: boolean }> = [];
  const meta = new Set<string>();
  let script: Script | null = null;
  const parser = new Parser({
    onopentag(name, attrs) {
      FETCHING.forEach(([element, attr], i) => {
        if (name === element && attrs[attr] !== undefined && !(name === "link" && NOT_FETCHED.has(attrs.rel ?? ""))) fetched[i]!.push(attrs[attr]);
      });
      if (name === "script") scripts.push((script = { src: attrs.src, type: attrs.type ?? "", text: "" }));
      if (name === "img") images.push({ src: attrs.src, sized: Boolean(attrs.width) && Boolean(attrs.height) });
      if (name === "meta" && attrs.property !== undefined) meta.add(attrs.property);
    },
    ontext(text) {
      if (script !== null) script.text += text;
    },
    onclosetag(name) {
      if (name === "script") script = null;
    },
  });
  parser.end(html);
  return { fetched, scripts, images, meta };
}

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
    const { fetched, scripts, images, meta } = scanPage(page.html);
    FETCHING.forEach(([, , selector], i) => {
      for (const value of fetched[i]!) {
        for (const url of value.split(",").map((s: string) => s.trim().split(/\s+/)[0] ?? "")) {
          if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^data:/i.test(url)) problems.push({ page: page.path, rule: "external-request", detail: `${selector} ${url}` });
        }
      }
    });
    let js = 0;
    const seen = new Set<string>();
    for (const s of scripts) {
      if (!s.src) {
        if (s.type !== "application/ld+json" && s.type !== "application/json" && s.text.trim() !== "")
          problems.push({ page: page.path, rule: "inline-script", detail: s.text.trim().slice(0, 60) });
        continue;
      }
      const sitePath = s.src.startsWith(base) ? s.src.slice(base.length) : s.src.replace(/^\//, "");
      if (seen.has(sitePath)) continue;
      seen.add(sitePath);
      js += fileSize(sitePath) ?? 0;
    }
    if (js > BUDGETS.js) problems.push({ page: page.path, rule: "js-size", detail: `${js} bytes > ${BUDGETS.js}` });
    for (const img of images) if (!img.sized) problems.push({ page: page.path, rule: "image-dimensions", detail: img.src ?? "(no src)" });
    if (meta.has("og:image") && (!meta.has("og:image:width") || !meta.has("og:image:height")))
      problems.push({ page: page.path, rule: "image-dimensions", detail: "og:image without og:image:width/height" });
  }
  return problems;
}
