import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";

/**
 * Checks over a built site: every internal href/src resolves to a file in the output (and a
 * "#fragment" to an element on the target page), nothing leaves the base path, and the only
 * absolute URLs are the canonical link and ordinary outbound links.
 */

export interface Reference {
  page: string;
  attr: string;
  value: string;
}

export interface LinkProblem extends Reference {
  problem: string;
}

const ATTRS: Array<[string, string]> = [
  ["a[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["source[src]", "src"],
  ["iframe[src]", "src"],
  ["use[href]", "href"],
  ["image[href]", "href"],
  ["form[action]", "action"],
];

const documents = new Map<string, Document>();
export function parsePage(file: string): Document {
  let doc = documents.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
    documents.set(file, doc);
  }
  return doc;
}

/** The URL path a built HTML file is served at ("projects/x/index.html" → "/base/projects/x/"). */
export function pageUrl(base: string, rel: string): string {
  const dir = rel.endsWith("index.html") ? rel.slice(0, -"index.html".length) : rel;
  return `${base}${dir}`;
}

/** Every href/src (and srcset entry) on a page. */
export function references(doc: Document, page: string): Reference[] {
  const out: Reference[] = [];
  for (const [selector, attr] of ATTRS) {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute(attr);
      if (value !== null) out.push({ page, attr: `${el.localName}[${attr}]`, value });
    }
  }
  for (const el of doc.querySelectorAll("[srcset]")) {
    for (const part of (el.getAttribute("srcset") ?? "").split(",")) {
      const value = part.trim().split(/\s+/)[0];
      if (value) out.push({ page, attr: `${el.localName}[srcset]`, value });
    }
  }
  return out;
}

/**
 * Check the references of every page. `base` is the site's base path ("/" or "/journal/");
 * `htmlFiles` are paths relative to `outDir`.
 */
export function checkLinks(outDir: string, base: string, htmlFiles: string[]): { checked: number; problems: LinkProblem[] } {
  const origin = "http://site.invalid";
  const problems: LinkProblem[] = [];
  let checked = 0;
  for (const rel of htmlFiles) {
    const doc = parsePage(path.join(outDir, rel));
    const here = new URL(pageUrl(base, rel), origin);
    for (const ref of references(doc, rel)) {
      const v = ref.value.trim();
      const isCanonical = ref.attr === "link[href]" && doc.querySelector(`link[rel="canonical"][href="${CSS_escape(v)}"]`) !== null;
      if (/^(mailto:|tel:)/i.test(v)) continue;
      if (/^javascript:/i.test(v)) {
        problems.push({ ...ref, problem: "javascript: URL" });
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith("//")) {
        // Absolute URLs: only the canonical link, and outbound <a> links, are allowed.
        if (!isCanonical && ref.attr !== "a[href]") problems.push({ ...ref, problem: "absolute URL for an asset" });
        continue;
      }
      checked++;
      const url = new URL(v, here);
      if (!url.pathname.startsWith(base)) {
        problems.push({ ...ref, problem: `escapes the base ${base}` });
        continue;
      }
      const inside = decodeURIComponent(url.pathname.slice(base.length));
      let file = path.join(outDir, inside);
      if (inside === "" || inside.endsWith("/")) file = path.join(file, "index.html");
      else if (existsSync(file) && statSync(file).isDirectory()) {
        problems.push({ ...ref, problem: "directory without a trailing slash" });
        continue;
      }
      if (!existsSync(file)) {
        problems.push({ ...ref, problem: `no file ${path.relative(outDir, file)}` });
        continue;
      }
      if (url.hash.length > 1 && file.endsWith(".html")) {
        const id = decodeURIComponent(url.hash.slice(1));
        const target = parsePage(file);
        if (target.getElementById(id) === null && target.querySelector(`[name="${CSS_escape(id)}"]`) === null) {
          problems.push({ ...ref, problem: `no element #${id} on ${path.relative(outDir, file)}` });
        }
      }
    }
  }
  return { checked, problems };
}

function CSS_escape(s: string): string {
  return s.replace(/["\\]/g, "\\$&");
}
