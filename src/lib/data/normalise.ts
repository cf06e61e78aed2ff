/** Text normalisation shared by header matching, cell parsing and project identity. */

/** Full-width ASCII (！ to ～) and the ideographic space to their half-width forms. */
export function toHalfWidth(s: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(s)) return s;
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** A text cell: trimmed, line breaks kept as "\n", runs of spaces collapsed; "" becomes null. */
export function cleanText(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  // Most cells are one clean line: skip the splitting.
  if (!/[\r\n\u00a0\u3000\t]| {2}/.test(raw)) {
    const t = raw.trim();
    return t === "" || isPlaceholder(t) ? null : t;
  }
  const s = raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u3000\t]/g, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
  return s === "" || isPlaceholder(s) ? null : s;
}

/** Cells that mean "not given". */
export function isPlaceholder(s: string): boolean {
  return /^[\s\-—–―－/／\\、.。·…]*$/.test(s) || /^(空白|无|暂无|空|N\/?A|null)$/i.test(s.trim());
}

/** Symbols offices put after names to mark projects (★ ▲ ● ※ *). */
const MARKS = /[★☆▲△●○◆◇■□※*＊✓√#＃]+/g;

/** A single-line name: line breaks joined, marks removed, spaces collapsed. */
export function cleanName(raw: string | undefined): string | null {
  const s = cleanText(raw);
  if (s === null) return null;
  const name = s.replace(/\n/g, "").replace(MARKS, "").replace(/\s+/g, " ").trim();
  return name === "" ? null : name;
}

/** The key used to match a project by name across months: no symbols, spaces or punctuation. */
export function nameKey(name: string): string {
  return toHalfWidth(name)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

/** A header label for alias matching: half-width, no spaces or line breaks. */
export function normaliseLabel(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, "").replace(/[★▲*]/g, "");
}
