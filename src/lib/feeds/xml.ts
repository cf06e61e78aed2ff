/**
 * Text for XML 1.0 documents (Atom, sitemaps, SVG cards): characters XML cannot carry at all
 * (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) are dropped, and
 * `& < > " '` become entities, so the result is safe both as element text and inside a quoted
 * attribute. Escaping `>` also defuses a literal `]]>`, which XML forbids in text.
 */
export function escapeXml(text: string): string {
  return stripInvalidXml(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** `text` without the code points XML 1.0 does not allow. */
export function stripInvalidXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}
