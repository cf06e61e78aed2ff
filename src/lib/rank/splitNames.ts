/**
 * The names in a 责任单位 or 责任领导 cell that names several ("市住建局、市交通运输局", "张三、李四"), in the
 * order given, each once.
 *
 * - Separators: 、，,；;／/ and line breaks, always.
 * - Spaces between Chinese characters: "张三 李四" is two names when every piece has at least two
 *   characters; otherwise the spaces only pad a name for print ("张  三", "欧阳 锋") and are removed
 *   ("张三"). Other runs of spaces become one ("John  Smith" → "John Smith").
 * - 和 / 及 / 与 only between two whole names: when the part before it ends as an organisation does
 *   (`ORGANISATION_END`: …局, …委, …办, …委员会, …政府, …公司, …中心…) and so does the part after it
 *   ("市住建局和市交通局"), or when both parts are 2–4 Chinese characters and neither ends so ("张三和李四").
 *   "市住房和城乡建设局", "市文化和旅游局", "市发展和改革委员会" and "李和平" stay whole.
 * - Nothing is split inside brackets (（）()【】[]): "市住建局（市人防办、市地震局）" is one name.
 * - A role after a name, "（牵头）" "(配合)", is dropped. Otherwise each name is kept as given, trimmed.
 *
 * Null, blank and placeholder-only text ("—", "/") give [].
 *
 * The answer is kept by text and shared (frozen): a programme repeats a few hundred cells across
 * every project and month, and splitting them again took about a second at 10,000 projects.
 */
export function splitNames(text: string | null | undefined): readonly string[] {
  if (text === null || text === undefined) return NONE;
  let names = known.get(text);
  if (names === undefined) {
    names = Object.freeze(split(text));
    known.set(text, names);
  }
  return names;
}

const NONE: readonly string[] = Object.freeze([]);
/** Every cell text split so far: as many entries as distinct department and leader cells, kept for the process. */
const known = new Map<string, readonly string[]>();

function split(text: string): string[] {
  const out: string[] = [];
  for (const part of splitOutside(text, (c) => SEPARATOR.test(c))) {
    for (const spaced of splitSpaces(part)) {
      for (const name of splitConjunctions(spaced)) {
        const cleaned = name.replace(ROLE, "").trim();
        if (cleaned !== "" && !PLACEHOLDER.test(cleaned) && !out.includes(cleaned)) out.push(cleaned);
      }
    }
  }
  return out;
}

/**
 * How an organisation's name ends: 局 委 办 厅 部 院 所 处 科 站 队 会 社 行 馆 司 中心 政府 公司 集团 办公室
 * 街道 镇 乡 (委员会 and 管委会 end in 会).
 */
export const ORGANISATION_END = /(局|委|办|厅|部|院|所|处|科|站|队|会|社|行|馆|司|中心|政府|公司|集团|办公室|街道|镇|乡)$/;

const SEPARATOR = /[、，,；;／/\n\r]/;
const OPEN = "（([【";
const CLOSE = "）)]】";
const HAN = /^\p{Script=Han}$/u;
const PERSON = /^\p{Script=Han}{2,4}$/u;
const ROLE = /\s*[（(](牵头|配合|主办|协办|负责|主责|责任)(单位|领导)?[）)]\s*$/;
const PLACEHOLDER = /^[\s\-—–―－/／\\、.。·…]*$/;

/** Pieces of `text` between the characters `isSeparator` accepts outside brackets, trimmed, blanks dropped. */
function splitOutside(text: string, isSeparator: (c: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of text) {
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && isSeparator(c)) {
      parts.push(current);
      current = "";
    } else current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

const firstChar = (s: string): string => Array.from(s)[0] ?? "";
const lastChar = (s: string): string => Array.from(s).pop() ?? "";

/** "张三 李四" → two names; "张  三" → "张三"; "John  Smith" → "John Smith". */
function splitSpaces(part: string): string[] {
  const pieces = splitOutside(part, (c) => /\s/.test(c));
  if (pieces.length < 2) return pieces;
  const betweenHan = pieces.every((p, i) => i === 0 || (HAN.test(lastChar(pieces[i - 1]!)) && HAN.test(firstChar(p))));
  if (!betweenHan) return [pieces.join(" ")];
  return pieces.every((p) => Array.from(p).length >= 2) ? pieces : [pieces.join("")];
}

/** Split at 和/及/与 where both sides are whole names (see `splitNames`); brackets are never entered. */
function splitConjunctions(part: string): string[] {
  const chars = Array.from(part);
  let depth = 0;
  for (let i = 0; i < chars.length - 1; i++) {
    const c = chars[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    if (i === 0 || depth > 0 || !"和及与".includes(c)) continue;
    const left = chars.slice(0, i).join("").trim();
    const rest = splitConjunctions(chars.slice(i + 1).join("").trim());
    const leftOrg = ORGANISATION_END.test(left.replace(ROLE, ""));
    const right = (rest[0] ?? "").replace(ROLE, "");
    const rightOrg = ORGANISATION_END.test(right);
    if ((leftOrg && rightOrg) || (!leftOrg && !rightOrg && PERSON.test(left) && PERSON.test(right))) return [left, ...rest];
  }
  return [part];
}
