/**
 * Estimated advance of text in em, for laying out cards without a font engine: CJK ideographs,
 * kana, hangul, full-width forms and the CJK font's symbols (… — ▲ ▼) are full width; ASCII is
 * about 0.57 em (capitals 0.7, digits 0.6, a space 0.3); combining marks take no room; anything
 * else 0.6. Generous rather than tight (Noto Sans CJK Bold averages 0.67 em for capitals, 0.59 for
 * digits, 0.57 for lower case), so a measured line stays inside the card; only long runs of the
 * widest capitals (W, M at ~0.9 em) could reach into the margin.
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
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2000 && codePoint <= 0x206f) || // general punctuation: … — ‘’“” in a CJK font
    (codePoint >= 0x2190 && codePoint <= 0x2bff) || // arrows, shapes (▲ ▼), symbols
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x1f000
  )
    return 1;
  return 0.6;
}

/** The estimated width of `text` in em. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0) ?? 0);
  return w;
}
