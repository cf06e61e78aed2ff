/**
 * How wide text is, estimated without a font engine (the build has no font metrics), in one
 * table for the charts' label margins and the preview cards' line breaks.
 */

/** Characters every CJK font draws one em wide: hangul jamo, CJK ideographs and kana, hangul syllables, compatibility ideographs, CJK and full-width forms. */
function isCjk(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  );
}

/** Punctuation and symbols a CJK font also draws one em wide (… — ‘’“”, arrows, ▲ ▼, emoji). */
function isCjkSymbol(cp: number): boolean {
  return (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x2190 && cp <= 0x2bff) || (cp >= 0x1f000 && cp < 0x20000);
}

/**
 * Advance of one character in em, for the cards (Noto Sans CJK): CJK characters and the CJK
 * font's symbols one em; ASCII about 0.57 em (capitals 0.7, digits 0.6, a space 0.3); combining
 * marks nothing; anything else 0.6. Generous rather than tight (Noto Sans CJK Bold averages 0.67
 * em for capitals, 0.59 for digits, 0.57 for lower case), so a measured line stays inside the
 * card; only long runs of the widest capitals (W, M at ~0.9 em) could reach into the margin.
 */
export function charWidth(codePoint: number): number {
  if (codePoint === 0x20) return 0.3;
  if (codePoint < 0x7f) {
    if (codePoint < 0x20) return 0;
    if (codePoint >= 0x41 && codePoint <= 0x5a) return 0.7;
    if (codePoint >= 0x30 && codePoint <= 0x39) return 0.6;
    return 0.57;
  }
  if (codePoint >= 0x300 && codePoint <= 0x36f) return 0;
  if (isCjk(codePoint) || isCjkSymbol(codePoint)) return 1;
  return 0.6;
}

/** The estimated width of `text` in em (cards). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0) ?? 0);
  return w;
}

/**
 * Width in pixels of a chart label at `fontSize`, coarser than the cards' (the chart's font is
 * the reader's system font): CJK characters one em, anything else 0.6 em, rounded up.
 */
export function measureText(text: string, fontSize = 12): number {
  let width = 0;
  for (const char of text) width += isCjk(char.codePointAt(0) ?? 0) ? 1 : 0.6;
  return Math.ceil(width * fontSize);
}
