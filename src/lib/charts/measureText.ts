/**
 * Estimated width in pixels of `text` at `fontSize`: wide (CJK, full-width) characters count as
 * one em, others as 0.6 em. Used to size margins for labels; no font metrics on the server.
 */
export function measureText(text: string, fontSize = 12): number {
  let width = 0;
  for (const char of text) width += isWide(char) ? 1 : 0.6;
  return Math.ceil(width * fontSize);
}

function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

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
