import { measureText } from "../common/textWidth.ts";

export { measureText };

/** The widest of `texts` (0 when there are none). */
export function maxTextWidth(texts: readonly string[], fontSize = 12): number {
  return texts.reduce((max, text) => Math.max(max, measureText(text, fontSize)), 0);
}

/**
 * The ordinal tick values that fit in `span` pixels without overlapping: every k-th value from
 * the first, for the smallest k that leaves each label room (all values when they fit).
 */
export function fittingTicks(domain: readonly string[], span: number, fontSize = 12): string[] {
  if (domain.length === 0) return [];
  const need = maxTextWidth(domain, fontSize) + 6;
  const step = span / domain.length;
  const k = Math.max(1, Math.ceil(need / Math.max(step, 1)));
  return domain.filter((_, i) => i % k === 0);
}
