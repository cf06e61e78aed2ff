import { parseHTML } from "linkedom";
import type { PageFile } from "./budgets.ts";
import { codeInText, type ReaderProblem } from "./readerCheck.ts";

/**
 * The reader's check without a browser, over every page of a site: the text a reader could see
 * (everything but scripts, styles and form fields, folded <details> included) holds no code, and
 * every chart figure holds exactly one way of drawing it: one drawing for every width, a wide and
 * a narrow one that the stylesheet chooses between, or a sentence saying why it is empty, with
 * nothing else beside them. The browser half (readerCheck.ts) sees what CSS does on one page of
 * each kind; this half sees every page.
 */
export interface StaticReaderProblem extends ReaderProblem {
  page: string;
}

const NOT_READ = new Set(["SCRIPT", "STYLE", "TEXTAREA", "TEMPLATE", "NOSCRIPT", "SVG"]);

/** Text of an element as a reader could meet it, whitespace normalised. SVG text is the chart's own. */
function readableText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? "");
    else if (node.nodeType === 1 && !NOT_READ.has((node as Element).tagName.toUpperCase())) for (const c of node.childNodes) walk(c);
  };
  walk(el);
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** What a chart figure's drawing area holds, by the classes ChartFigure.astro gives it. */
function drawingProblem(figure: Element): string | null {
  const area = figure.querySelector(".chart-svg");
  if (area === null) return "no drawing area";
  const children = [...area.children].map((c) => c.getAttribute("class") ?? c.tagName.toLowerCase());
  const stray = [...area.childNodes].filter((n) => n.nodeType === 3 && (n.textContent ?? "").trim() !== "").map((n) => (n.textContent ?? "").trim());
  if (stray.length > 0) return `text beside the drawing: “${stray.join(" ").slice(0, 60)}”`;
  const shape = children.join(" + ");
  const ok = shape === "chart-empty" || shape === "svg-one" || shape === "svg-wide + svg-narrow";
  if (!ok) return `holds ${shape || "nothing"} (expected one drawing, a wide and a narrow one, or an empty-chart sentence)`;
  for (const holder of area.children) {
    if (holder.classList.contains("chart-empty")) continue;
    const svgs = [...holder.children].filter((c) => c.tagName.toLowerCase() === "svg");
    if (svgs.length !== 1 || holder.children.length !== 1) return `${holder.getAttribute("class")} holds ${holder.children.length} elements, ${svgs.length} of them <svg>`;
  }
  return null;
}

export function staticReaderProblems(pages: PageFile[]): StaticReaderProblem[] {
  const problems: StaticReaderProblem[] = [];
  for (const page of pages) {
    const { document } = parseHTML(page.html);
    const body = document.querySelector("body");
    if (body === null) continue;
    for (const detail of codeInText(readableText(body))) problems.push({ page: page.path, rule: "code-text", detail });
    for (const figure of document.querySelectorAll("figure.chart")) {
      const p = drawingProblem(figure);
      if (p !== null) problems.push({ page: page.path, rule: "chart-drawings", detail: `${figure.getAttribute("id") ?? figure.getAttribute("data-chart") ?? "figure"}: ${p}` });
    }
  }
  return problems;
}
