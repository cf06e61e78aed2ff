/**
 * The reader's check: what a person sees on a page, measured in a real browser, against the
 * mistakes that tests of HTML strings miss (template code printed as text, a chart drawn twice or
 * not at all, a page wider than a phone, a broken image, a chart whose data table is empty).
 * The browser side is one self-contained script (MEASURE_SCRIPT); everything that judges its
 * measurements is a pure function here, so the rules are unit-tested without a browser.
 */

export interface FigureMeasure {
  /** The figure's id ("fig-completion-curve"). */
  id: string;
  /** The chart says it is empty (no drawing expected). */
  empty: boolean;
  /** Width in CSS px of every drawing (top-level <svg>) a reader can see in the figure. */
  drawings: number[];
  /** Rows in the figure's data table body (0 when it has none). */
  tableRows: number;
}

export interface PageMeasure {
  /** The visible text of the page (innerText with every <details> opened), whitespace normalised. */
  text: string;
  /** Width of the viewport and of the page's content, in CSS px. */
  viewportWidth: number;
  scrollWidth: number;
  /** The element that sticks out furthest to the right, when the page is wider than the viewport. */
  widest: string | null;
  figures: FigureMeasure[];
  images: Array<{ src: string; loaded: boolean }>;
  /** The link-preview image the page names (og:image), checked by the caller by fetching it. */
  ogImage: string | null;
}

export type ReaderRule = "code-text" | "chart-drawings" | "chart-width" | "page-width" | "image" | "empty-table";

export interface ReaderProblem {
  rule: ReaderRule;
  detail: string;
}

/** Narrowest a chart may be drawn and still be read. */
export const MIN_CHART_WIDTH = 200;

/**
 * Text that is code, not prose: template expressions printed literally, values that never got
 * one, objects printed as strings, markup escaped twice. Words are matched whole, so "Nancy" or
 * "nullify" in a project name is not flagged.
 */
const CODE_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ["===", /[!=]==/],
  ["=>", /=>/],
  [") : (", /\)\s*:\s*\(/],
  ["${", /\$\{/],
  ["{{", /\{\{|\}\}/],
  ["undefined", /\bundefined\b/],
  ["NaN", /\bNaN\b/],
  ["Infinity", /\bInfinity\b/],
  ["null", /\bnull\b/],
  ["[object Object]", /\[object \w+\]/],
  ["escaped twice", /&(?:amp|lt|gt|quot|#\d+);/],
];

/** Every piece of code in `text`, with a little of the text around it. */
export function codeInText(text: string): string[] {
  const found: string[] = [];
  for (const [name, pattern] of CODE_PATTERNS) {
    const g = new RegExp(pattern.source, "g");
    for (const m of text.matchAll(g)) {
      const from = Math.max(0, m.index - 30);
      found.push(`${name}: “${text.slice(from, m.index + m[0].length + 30)}”`);
    }
  }
  return found;
}

/** Every rule a page breaks, as seen at its viewport width. */
export function readerProblems(m: PageMeasure): ReaderProblem[] {
  const problems: ReaderProblem[] = [];
  for (const detail of codeInText(m.text)) problems.push({ rule: "code-text", detail });
  for (const f of m.figures) {
    if (f.empty) {
      if (f.drawings.length > 0) problems.push({ rule: "chart-drawings", detail: `${f.id}: says it is empty but shows ${f.drawings.length} drawing(s)` });
      continue;
    }
    if (f.drawings.length !== 1) problems.push({ rule: "chart-drawings", detail: `${f.id}: ${f.drawings.length} drawings visible (one expected)` });
    for (const w of f.drawings) {
      if (w < MIN_CHART_WIDTH) problems.push({ rule: "chart-width", detail: `${f.id}: drawing ${Math.round(w)} px wide (at least ${MIN_CHART_WIDTH})` });
      else if (w > m.viewportWidth + 0.5) problems.push({ rule: "chart-width", detail: `${f.id}: drawing ${Math.round(w)} px wide on a ${m.viewportWidth} px screen` });
    }
    if (f.drawings.length > 0 && f.tableRows === 0) problems.push({ rule: "empty-table", detail: `${f.id}: the chart is drawn but its data table has no rows` });
  }
  if (m.scrollWidth > m.viewportWidth + 0.5)
    problems.push({ rule: "page-width", detail: `page ${m.scrollWidth} px wide on a ${m.viewportWidth} px screen${m.widest ? ` (widest: ${m.widest})` : ""}` });
  for (const img of m.images) if (!img.loaded) problems.push({ rule: "image", detail: `image did not load: ${img.src}` });
  return problems;
}

/**
 * Runs in the page (page.evaluate): opens every <details> so folded text is read too, then
 * measures. Plain ES2020 in a string, so no build step can add helpers the browser lacks.
 */
export const MEASURE_SCRIPT = `(() => {
  for (const d of document.querySelectorAll("details")) d.open = true;
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const text = document.body.innerText.replace(/\\s+/g, " ").trim();
  const viewportWidth = document.documentElement.clientWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  let widest = null;
  if (scrollWidth > viewportWidth) {
    let best = viewportWidth;
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.right > best + 0.5 && visible(el)) {
        best = r.right;
        const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\\s+/).join(".") : "";
        widest = el.tagName.toLowerCase() + cls + " (" + Math.round(r.right) + " px)";
      }
    }
  }
  const figures = [...document.querySelectorAll("figure.chart")].map((f) => ({
    id: f.id || f.getAttribute("data-chart") || "figure",
    empty: f.querySelector(".chart-empty") !== null,
    drawings: [...f.querySelectorAll(".chart-svg svg")]
      .filter((s) => s.parentElement.closest("svg") === null && visible(s))
      .map((s) => s.getBoundingClientRect().width),
    tableRows: f.querySelectorAll(".chart-data tbody tr").length,
  }));
  const images = [...document.images].map((i) => ({ src: i.currentSrc || i.src, loaded: i.complete && i.naturalWidth > 0 }));
  const og = document.querySelector('meta[property="og:image"]');
  return { text, viewportWidth, scrollWidth, widest, figures, images, ogImage: og ? og.getAttribute("content") : null };
})()`;

/** Runs in the page before measuring: lazy images are asked for now, so a broken one is seen. */
export const LOAD_IMAGES_SCRIPT = `(async () => {
  const imgs = [...document.images];
  for (const i of imgs) i.loading = "eager";
  await Promise.all(imgs.map((i) => i.complete ? null : new Promise((r) => { i.addEventListener("load", r, { once: true }); i.addEventListener("error", r, { once: true }); setTimeout(r, 5000); })));
})()`;
