import * as Plot from "@observablehq/plot";
import { formatSpecifier } from "../i18n/format/ticks.ts";
import { serializeSvg } from "./serializeSvg.ts";
import { ChartDocument } from "./svgDom.ts";
import { renumberIds, roundAttributes } from "./tidySvg.ts";
import type { ChartSpec, MarkName, MarkSpec, PlotSpec } from "./types.ts";

const svgNamespace = "http://www.w3.org/2000/svg";

const markFunctions: Record<MarkName, (data: object[], options: Record<string, unknown>) => Plot.Markish> = {
  barX: Plot.barX,
  barY: Plot.barY,
  lineY: Plot.lineY,
  dot: Plot.dot,
  ruleY: Plot.ruleY,
  ruleX: Plot.ruleX,
  text: Plot.text,
  areaY: Plot.areaY,
  cell: Plot.cell,
  tickX: Plot.tickX,
  geo: Plot.geo,
};

/** Scales whose `tickFormat` may be a d3-format specifier. */
const scaleNames = ["x", "y", "fx", "fy", "r", "color", "opacity", "length"] as const;

/**
 * Renders a plain-data chart spec to a standalone, deterministic SVG string: `xmlns`, `role="img"`,
 * `<title>` and `<desc>` from the spec, numbers rounded to two decimals, ids renumbered under the
 * spec's id, all text escaped by the serialiser. Plot draws into `document` (a fresh ChartDocument
 * unless given: any DOM document works, which is how the tests compare it with linkedom's).
 */
export function renderChart(spec: ChartSpec, document: Pick<Document, "createElementNS"> = new ChartDocument() as unknown as Document): string {
  const options = plotOptions(spec.options);
  const figure = Plot.plot({ ...options, document: document as unknown as Document });
  if (figure.localName !== "svg") throw new Error(`renderChart: expected an <svg>, got <${figure.localName}> (${spec.id})`);
  const svg = figure as unknown as Element;
  const prefix = idPrefix(spec.id);

  svg.setAttribute("xmlns", svgNamespace);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", `${prefix}-title`);
  svg.setAttribute("aria-describedby", `${prefix}-desc`);
  const title = document.createElementNS(svgNamespace, "title");
  title.textContent = spec.title;
  const desc = document.createElementNS(svgNamespace, "desc");
  desc.textContent = spec.description;

  roundAttributes(svg);
  renumberIds(svg, prefix);
  // After renumbering, so these two keep their names.
  title.setAttribute("id", `${prefix}-title`);
  desc.setAttribute("id", `${prefix}-desc`);
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);

  const out = serializeSvg(svg as unknown as Node);
  if (/<script/i.test(out)) throw new Error(`renderChart: unsafe markup in ${spec.id}`);
  return out;
}

/** Plot options from a spec: marks constructed, string tick formats bound to the fixed locale. */
export function plotOptions(spec: PlotSpec): Plot.PlotOptions {
  const { marks, ...rest } = spec;
  const options: Record<string, unknown> = { ...rest, marks: marks.map(toMark) };
  for (const name of scaleNames) {
    const scale = options[name];
    if (isRecord(scale) && typeof scale.tickFormat === "string") {
      options[name] = { ...scale, tickFormat: formatSpecifier(scale.tickFormat) };
    }
  }
  return options as Plot.PlotOptions;
}

function toMark({ mark, data, options }: MarkSpec): Plot.Markish {
  const make = markFunctions[mark];
  if (make === undefined) throw new Error(`renderChart: unknown mark "${String(mark)}"`);
  return make(data, options);
}

/** The spec id reduced to characters safe in an XML id and a CSS class name. */
export function idPrefix(id: string): string {
  const safe = id.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  if (safe === "") return "chart";
  return /^[a-z]/.test(safe) ? safe : `chart-${safe}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
