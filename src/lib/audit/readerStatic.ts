import { DomUtils, parseDocument } from "htmlparser2";
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

// htmlparser2's node types, named without importing domhandler (not a dependency of ours).
type ChildNode = ReturnType<typeof parseDocument>["children"][number];
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

const NOT_READ = new Set(["script", "style", "textarea", "template", "noscript", "svg"]);

const isElement = (node: ChildNode): node is Element => DomUtils.isTag(node);
const classOf = (el: Element) => el.attribs.class ?? "";
const hasClass = (el: Element, name: string) => classOf(el).split(/\s+/).includes(name);
const elements = (el: Element) => el.children.filter(isElement);

/** Text of an element as a reader could meet it, whitespace normalised. SVG text is the chart's own. */
function readableText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: ChildNode) => {
    if (DomUtils.isText(node)) parts.push(node.data);
    else if (isElement(node) && !NOT_READ.has(node.name)) for (const c of node.children) walk(c);
  };
  walk(el);
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/** What a chart figure's drawing area holds, by the classes ChartFigure.astro gives it. */
function drawingProblem(figure: Element): string | null {
  const area = DomUtils.findOne((el) => hasClass(el, "chart-svg"), figure.children);
  if (area === null) return "no drawing area";
  const children = elements(area).map((c) => c.attribs.class ?? c.name);
  const stray = area.children.filter((n) => DomUtils.isText(n) && n.data.trim() !== "").map((n) => DomUtils.textContent(n).trim());
  if (stray.length > 0) return `text beside the drawing: “${stray.join(" ").slice(0, 60)}”`;
  const shape = children.join(" + ");
  const ok = shape === "chart-empty" || shape === "svg-one" || shape === "svg-wide + svg-narrow";
  if (!ok) return `holds ${shape || "nothing"} (expected one drawing, a wide and a narrow one, or an empty-chart sentence)`;
  for (const holder of elements(area)) {
    if (hasClass(holder, "chart-empty")) continue;
    const inside = elements(holder);
    const svgs = inside.filter((c) => c.name === "svg");
    if (svgs.length !== 1 || inside.length !== 1) return `${holder.attribs.class ?? null} holds ${inside.length} elements, ${svgs.length} of them <svg>`;
  }
  return null;
}

/**
 * Pages are read with htmlparser2's light document: linkedom's took about 10 ms a page, which a
 * programme of 10,000 projects multiplies into minutes.
 */
export function staticReaderProblems(pages: PageFile[]): StaticReaderProblem[] {
  const problems: StaticReaderProblem[] = [];
  for (const page of pages) {
    const document = parseDocument(page.html);
    const body = DomUtils.findOne((el) => el.name === "body", document.children);
    if (body === null) continue;
    for (const detail of codeInText(readableText(body))) problems.push({ page: page.path, rule: "code-text", detail });
    for (const figure of DomUtils.findAll((el) => el.name === "figure" && hasClass(el, "chart"), document.children)) {
      const p = drawingProblem(figure);
      if (p !== null) problems.push({ page: page.path, rule: "chart-drawings", detail: `${figure.attribs.id ?? figure.attribs["data-chart"] ?? "figure"}: ${p}` });
    }
  }
  return problems;
}
