/**
 * A chart's SVG made drawable by resvg: the chart's CSS variables fall back to their default
 * (`var(--x, #abc)` → `#abc`) and `currentColor` becomes a dark ink, as resvg knows neither.
 */
export function rasterSvg(svg: string): string {
  let s = svg;
  for (let i = 0; i < 3 && s.includes("var("); i++) s = s.replace(/var\(\s*--[\w-]+\s*,\s*([^()]*(?:\([^()]*\))?[^()]*)\)/g, "$1");
  return s.replace(/var\(\s*--[\w-]+\s*\)/g, "#1f2933").replace(/currentColor/g, "#1f2933");
}
