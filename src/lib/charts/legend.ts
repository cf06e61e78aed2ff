import { measureText } from "./measureText.ts";
import type { MarkSpec } from "./types.ts";

/** One legend entry: a filled square swatch and its label. (Lines are labelled at their ends.) */
export interface LegendItem {
  label: string;
  fill: string;
}

const fontSize = 12;
const swatch = 10;
const gap = 16;

/**
 * Legend entries as marks in the top margin, left to right from the frame's top-left corner
 * (Plot's own legends are HTML, which a standalone SVG cannot hold). Needs `marginTop` ≥ 36.
 */
export function legendMarks(items: readonly LegendItem[], dy = -24): MarkSpec[] {
  // "super": drawn once over the whole plot even when other marks are faceted.
  const marks: MarkSpec[] = [];
  let dx = 0;
  for (const item of items) {
    const at = { frameAnchor: "top-left", dy, facet: "super" };
    marks.push({
      mark: "dot",
      data: [{}],
      options: { ...at, dx: dx + swatch / 2, symbol: "square", r: swatch / 2, fill: item.fill },
    });
    marks.push({
      mark: "text",
      data: [{ label: item.label }],
      options: { ...at, dx: dx + swatch + 4, text: "label", textAnchor: "start", fill: "currentColor" },
    });
    dx += swatch + 4 + measureText(item.label, fontSize) + gap;
  }
  return marks;
}
