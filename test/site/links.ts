import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";
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

/**
 * The pages parsed last, so tests that look at the same page twice parse it once. Only the last
 * few are kept: linkedom puts every node it makes in one module-wide WeakMap, and with the nodes of
 * every page held that map made each new node slower. Parsing the sample site's 1,638 pages took
 * 64 s with all of them held, 14 s with none.
 */
const documents = new Map<string, Document>();
const KEEP = 64;
export function parsePage(file: string): Document {
  let doc = documents.get(file);
  if (doc) documents.delete(file);
  else doc = parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
  documents.set(file, doc);
  if (documents.size > KEEP) documents.delete(documents.keys().next().value!);
  return doc;
}

/** The URL path a built HTML file is served at ("projects/x/index.html" → "/base/projects/x/"). */
export function pageUrl(base: string, rel: string): string {
  const dir = rel.endsWith("index.html") ? rel.slice(0, -"index.html".length) : rel;
  return `${base}${dir}`;
}

/** What the link check needs of a page: its references, ids, names and canonical links. */
interface Scan {
  refs: Reference[];
  ids: Set<string>;
  names: Set<string>;
  canonical: Set<string>;
}

/**
 * One streaming pass of htmlparser2 over the page. Building a linkedom document and querying it
 * once per selector took about 30 ms a page (54 s for the sample's 1,638 pages); this takes a
 * tenth of that. References come out grouped by the order of ATTRS, then srcset, each group in
 * document order, as the selector queries gave them.
 */
const scans = new Map<string, Scan>();
function scanPage(file: string, page: string): Scan {
  let scan = scans.get(file);
  if (scan) return scan;
  const groups: Reference[][] = ATTRS.map(() => []);
  const srcsets: Reference[] = [];
  const s: Scan = { refs: [], ids: new Set(), names: new Set(), canonical: new Set() };
  const parser = new Parser({
    onopentag(name, attrs) {
      ATTRS.forEach(([selector, attr], i) => {
        if (selector === `${name}[${attr}]` && attrs[attr] !== undefined) groups[i]!.push({ page, attr: selector, value: attrs[attr] });
      });
      if (attrs.srcset !== undefined) {
        for (const part of attrs.srcset.split(",")) {
          const value = part.trim().split(/\s+/)[0];
          if (value) srcsets.push({ page, attr: `${name}[srcset]`, value });
        }
      }
      if (attrs.id !== undefined) s.ids.add(attrs.id);
      if (attrs.name !== undefined) s.names.add(attrs.name);
      if (name === "link" && attrs.rel === "canonical" && attrs.href !== undefined) s.canonical.add(attrs.href);
    },
  });
  parser.end(readFileSync(file, "utf8"));
  s.refs = [...groups.flat(), ...srcsets];
  scans.set(file, s);
  return s;
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
    const scan = scanPage(path.join(outDir, rel), rel);
    const here = new URL(pageUrl(base, rel), origin);
    for (const ref of scan.refs) {
      const v = ref.value.trim();
      const isCanonical = ref.attr === "link[href]" && scan.canonical.has(v);
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
        const target = scanPage(file, path.relative(outDir, file));
        if (!target.ids.has(id) && !target.names.has(id)) {
          problems.push({ ...ref, problem: `no element #${id} on ${path.relative(outDir, file)}` });
        }
      }
    }
  }
  return { checked, problems };
}
