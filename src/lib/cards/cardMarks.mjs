// A card's rectangle as SVG, shared by cardSvg.ts (the card as SVG) and paintCard.mjs (which has
// resvg draw the rounded, stroked ones), so both draw the same shape. Plain JavaScript because
// worker threads start without the TypeScript loader.

/**
 * @param {{ x: number, y: number, width: number, height: number, fill: string, rx?: number, stroke?: string, strokeWidth?: number }} m
 * @returns {string}
 */
export function rectSvg(m) {
  const rounded = m.rx === undefined ? "" : ` rx="${m.rx}"`;
  const stroke = m.stroke === undefined ? "" : ` stroke="${m.stroke}" stroke-width="${m.strokeWidth ?? 1}"`;
  return `<rect x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}"${rounded} fill="${m.fill}"${stroke}/>`;
}
