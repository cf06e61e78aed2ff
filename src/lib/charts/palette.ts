/**
 * Chart colours as CSS custom properties with fallbacks, so a page (or dark mode) can restyle an
 * inlined SVG. The fallbacks are a blue/orange palette that stays distinct for colour-blind readers
 * and in greyscale (dark blue, mid blue, orange and grey differ in lightness); meaning is never
 * carried by colour alone (series and flags are also labelled with text).
 */
export const palette = {
  /** Completed investment, the main series. */
  completed: "var(--chart-1, #1f4e79)",
  /** Planned amounts and counts, behind the completed ones. */
  planned: "var(--chart-planned, #bdbdbd)",
  /** Districts with a red flag (the leaders). */
  leader: "var(--chart-1, #1f4e79)",
  /** Districts with a yellow flag (the laggards). */
  laggard: "var(--chart-2, #e08214)",
  /** Districts without a flag. */
  neutral: "var(--chart-3, #6baed6)",
  /** Reference lines such as time progress. */
  reference: "var(--chart-reference, #737373)",
  /** Areas with no data. */
  missing: "var(--chart-missing, #e5e5e5)",
  /** Text and axes. */
  text: "currentColor",
  /** The halo behind text drawn over fills: the page's paper (Plot's own --plot-background is white, also in dark mode). */
  halo: "var(--chart-halo, white)",
} as const;

/** A sequential light-to-dark blue ramp for the choropleth (interpolated, so plain colours). */
export const sequentialRamp: [string, string] = ["#deebf7", "#08306b"];

/** The chart-wide style: transparent background and the page's text colour. */
export const chartStyle = {
  background: "transparent",
  color: "currentColor",
  fontFamily: "system-ui, sans-serif",
  fontSize: "12px",
} as const;

/** The dash pattern of reference lines. */
export const referenceDash = "4,3";
