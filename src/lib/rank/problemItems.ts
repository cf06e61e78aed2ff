import { isPlaceholder, toHalfWidth } from "../data/normalise.ts";

/**
 * The problems written in one 存在问题 cell (`problemMatch.ts` says when two are the same problem).
 *
 * **Splitting.** A cell is cut into items at line breaks, at `；` / `;`, and before numbered items:
 * `1.` `1、` `1．` `1)` `1）`, also in full-width digits (a number followed by a digit, as in `1.5亿元` or `3、4号楼`, is not a
 * marker), `(1)` `（1）` `（一）`, `①`…`⑳`, `⑴`…`⒇`, `⒈`…`⒛`, `一、` and `一是` `二是` (not `是否`).
 * A marker starts an item at the start of a line or piece, after a space, `。` or `：`, and after a
 * comma only when it continues the numbering of its kind (`一是…，二是…`; "…，2.手续" without a 1 is
 * not cut). The marker itself, a leading label (`存在问题：`, `主要困难：`), a leading bullet and the
 * punctuation around an item are removed; the rest is the office's text as written.
 *
 * **Empty.** The loader turns placeholder cells (无, —, /, 空白, 暂无) into null. Items that only say
 * there is no problem (无, 暂无问题, 无明显问题, 没有困难, 无需协调事项, 已解决, 问题已销号, 正常推进…) and
 * items with nothing but punctuation are dropped: a cell of only those has no problem.
 */
export interface ProblemItem {
  /** The item as written, without its marker and surrounding punctuation. */
  text: string;
  /** `problemKey(text)`. */
  key: string;
}

/** The problems of a cell, in the order written, each key once (the first wording kept). */
export function problemItems(cell: string | null | undefined): ProblemItem[] {
  if (cell === null || cell === undefined) return [];
  const out: ProblemItem[] = [];
  const numbering = new Map<string, number>();
  for (const segment of cell.split(/\r\n|[\r\n；;]/)) {
    for (const piece of splitNumbered(segment.trim().replace(LABEL, ""), numbering)) {
      const text = piece.replace(LEAD, "").replace(TRAIL, "").trim();
      const key = problemKey(text);
      if (key === "" || isPlaceholder(text) || NONE.some((re) => re.test(key)) || out.some((i) => i.key === key)) continue;
      out.push({ text, key });
    }
  }
  return out;
}

/** The wording's key: half-width, lower case, no spaces, punctuation or symbols. */
export function problemKey(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

const LABEL = /^(目前|当前|现)?(主要)?(存在)?(的)?(主要)?(问题|困难)(和|及|与)?(困难|问题|建议)?\s*[:：]\s*/;
const LEAD = /^[\s，,。.．；;：:、•·●▪◆■□◇○*＊\-–—]+/;
const TRAIL = /[\s，,。.．；;：:、]+$/;
const NONE: readonly RegExp[] = [
  /^(无|暂无|没有|尚无|暂时没有|目前无|目前暂无|目前没有|当前无)(存在|明显|重大|突出|其他|需协调解决|需协调|需要协调)?(的)?(问题|困难|困难问题|问题困难|困难和问题|问题和困难|问题及困难|事项)?$/,
  /^(问题)?(已|均已|全部)(解决|销号|办结)$/,
  /^(正常推进|进展顺利|按计划推进|推进顺利)$/,
];

const CJK_DIGITS = "一二三四五六七八九";
/** 一 … 九十九 as a number (十 = 10, 十一 = 11, 二十 = 20), NaN for anything else. */
function cjkNumber(s: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (m === null || s === "") return NaN;
  const [, tens, ten, units] = m;
  if (ten === undefined) return tens !== undefined && units === undefined ? CJK_DIGITS.indexOf(tens) + 1 : NaN;
  return (tens === undefined ? 1 : CJK_DIGITS.indexOf(tens) + 1) * 10 + (units === undefined ? 0 : CJK_DIGITS.indexOf(units) + 1);
}

const CJK = "[一二三四五六七八九十]{1,3}";
/** One numbering marker at a position: [kind, pattern (group 1 the number), reader]. */
const MARKERS: ReadonlyArray<readonly [string, RegExp, (s: string) => number]> = [
  ["paren-digit", /[(（]\s*(\d{1,2})\s*[)）]\s*/y, Number],
  ["paren-cjk", new RegExp(`[(（]\\s*(${CJK})\\s*[)）]\\s*`, "y"), cjkNumber],
  ["digit", /(\d{1,2})\s*[.．、)）](?!\s*\d)\s*/y, Number],
  ["circled", /([\u2460-\u2473])\s*/y, (c) => c.charCodeAt(0) - 0x2460 + 1],
  ["paren-circled", /([\u2474-\u2487])\s*/y, (c) => c.charCodeAt(0) - 0x2474 + 1],
  ["stop-circled", /([\u2488-\u249b])\s*/y, (c) => c.charCodeAt(0) - 0x2488 + 1],
  ["cjk", new RegExp(`(${CJK})\\s*[、．](?!\\s*\\d)\\s*`, "y"), cjkNumber],
  ["cjk-shi", new RegExp(`(${CJK})是(?!否)\\s*[:：，,]?\\s*`, "y"), cjkNumber],
];

function markerAt(s: string, i: number): { kind: string; n: number; end: number } | null {
  for (const [kind, re, read] of MARKERS) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (m === null) continue;
    const n = read(m[1]!);
    if (Number.isFinite(n) && n >= 1) return { kind, n, end: re.lastIndex };
  }
  return null;
}

const STRONG = /[\s。：:]/;
const WEAK = /[，,]/;

/**
 * Cut a segment before its numbering markers (see the module's comment) and drop the markers.
 * `numbering` keeps the last number of each kind of marker across the cell's segments.
 */
function splitNumbered(segment: string, numbering: Map<string, number>): string[] {
  // Markers are looked for in a half-width copy (１．→ 1.), whose characters line up with the text's.
  const half = toHalfWidth(segment);
  const pieces: string[] = [];
  let textStart = 0;
  for (let i = 0; i < half.length; i++) {
    const before = i === 0 ? "" : half[i - 1]!;
    if (i > 0 && !STRONG.test(before) && !WEAK.test(before)) continue;
    const marker = markerAt(half, i);
    if (marker === null) continue;
    if (i > 0 && WEAK.test(before) && marker.n !== (numbering.get(marker.kind) ?? 0) + 1) continue;
    numbering.set(marker.kind, marker.n);
    if (i > 0) pieces.push(segment.slice(textStart, i));
    textStart = marker.end;
    i = marker.end - 1;
  }
  pieces.push(segment.slice(textStart));
  return pieces;
}
