import { textWidth } from "../common/textWidth.ts";

export const ELLIPSIS = "…";

/** Punctuation that must not start a line (it stays with the text before it). */
const NO_START = /^[，。、；：？！）》」』】〕”’,.;:?!)\]}%…·—]/u;
/** Punctuation that must not end a line (it goes with the text after it). */
const NO_END = /[（《「『【〔“‘([{]$/u;

/** Whitespace runs (line breaks included) as one space, trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Units a line may break between: runs of ASCII letters and digits (words), single spaces, and
 * single other characters (CJK breaks anywhere), with punctuation glued to its neighbour.
 */
export function breakUnits(text: string): string[] {
  const raw = collapseSpace(text).match(/[\x21-\x7e]+| |[\s\S]/gu) ?? [];
  const units: string[] = [];
  for (const u of raw) {
    const last = units.at(-1);
    if (last !== undefined && last !== " " && u !== " " && (NO_START.test(u) || NO_END.test(last))) units[units.length - 1] = last + u;
    else units.push(u);
  }
  return units;
}

/** The longest start of `s` at most `room` em wide, without trailing spaces or pauses. */
function prefix(s: string, room: number): string {
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = textWidth(ch);
    if (w + cw > room) break;
    out += ch;
    w += cw;
  }
  return out.replace(/[\s，、,;；:：]+$/u, "");
}

/**
 * `text` cut to at most `maxEm` with an ellipsis when it does not fit: "…" after CJK (the font sets
 * it mid-height, as Chinese does), "..." after Latin text.
 */
export function ellipsize(text: string, maxEm: number): string {
  const s = collapseSpace(text);
  if (textWidth(s) <= maxEm) return s;
  const cjk = prefix(s, maxEm - textWidth(ELLIPSIS));
  if (!/[\x21-\x7e]$/.test(cjk)) return cjk + ELLIPSIS;
  const room = maxEm - textWidth("...");
  let latin = prefix(s, room);
  // Inside a word, go back to the last space when that keeps at least half the room.
  const space = latin.lastIndexOf(" ");
  if (/[A-Za-z0-9]$/.test(latin) && /^[A-Za-z0-9]/.test(s.slice(latin.length)) && space > 0 && textWidth(latin.slice(0, space)) >= room / 2)
    latin = latin.slice(0, space).replace(/[\s,;:]+$/, "");
  return latin + "...";
}

/** Split a unit wider than a whole line into pieces that fit. */
function splitWide(unit: string, maxEm: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of unit) {
    if (piece !== "" && textWidth(piece + ch) > maxEm) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * Greedy line breaking of `text` into lines at most `maxEm` wide; past `maxLines`, the last line
 * takes the rest of the text and is cut with "…". Always at least one line ("" for empty text).
 */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const units = breakUnits(text).flatMap((u) => (textWidth(u) > maxEm ? splitWide(u, maxEm) : [u]));
  const lines: string[] = [];
  /** Index of the unit each line starts with. */
  const starts: number[] = [];
  let line = "";
  units.forEach((unit, i) => {
    if (line === "" && unit === " ") return;
    if (line === "") starts.push(i);
    if (textWidth(line + unit) <= maxEm) {
      line += unit;
      return;
    }
    lines.push(line.trimEnd());
    line = unit === " " ? "" : unit;
    if (line !== "") starts.push(i);
  });
  if (line.trim() !== "" || lines.length === 0) lines.push(line.trimEnd());
  if (lines.length <= maxLines || maxLines < 1) return lines.slice(0, Math.max(1, maxLines));
  const kept = lines.slice(0, maxLines - 1);
  const rest = units.slice(starts[maxLines - 1]).join("");
  return [...kept, ellipsize(rest, maxEm)];
}
