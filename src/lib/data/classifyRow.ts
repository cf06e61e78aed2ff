import { toHalfWidth } from "./normalise.ts";

/** How a row that is not a project is recognised. Each pattern is tested on a cell's text. */
const TOTAL = /^(全市|全县|全区|全省|本市|总|全部)?(重点项目)?(合计|总计|共计|总合计)$/;
const GROUP = [
  /^[一二三四五六七八九十百]+[、.．,，]/, // 一、产业项目
  /^[一二三四五六七八九十百]+$/, // 一 | 青岚区（19个）: the marker in the 序号 cell, the name in the next
  /^[（(][一二三四五六七八九十百\d]+[)）]/, // （一）交通
  /^[—\-－―]{1,}\S/, // ——铁路
  /[（(]\s*\d+\s*个\s*[)）]$/, // 产业项目（35个）
  /^(新开工|续建|竣工|竣工投产|前期|储备|预备|计划新开工|计划竣工)(项目|类)?$/, // 续建项目
  /^(新开工|开工|续建|在建|竣工|投产|竣工投产|建成投产|前期|储备|谋划|预备)(项目)?一批/, // 在建一批
  /小计$/,
  /^其中[:：]?/,
];
const NOTE = /^(注|备注|说明|注释|数据来源|填报说明|填表说明|资料来源)\s*\d*\s*[:：、.]|^注\s*\d*[:：、.]|^(填报单位|填表单位|报送单位|编制单位|编报单位|填报人|填表人|联系人|联系电话|审核人|负责人|制表人|制表|审核|填报日期|报送日期)\s*[:：]/;
const NUMBERING = /^\d{1,3}$/;
/** Deeper group markers that a project name may also start with: 1.产业项目, ①铁路. */
const NUMBERED = /^(\d{1,2}\s*[、.．](?!\d)\s*\S|[①-⑳]\s*\S)/;

export type RowKind = "blank" | "total" | "group" | "note" | "numbering" | "candidate";

/** The text of a row's non-empty cells. */
export function rowTexts(cells: string[]): string[] {
  return cells.map((c) => c.trim()).filter((c) => c !== "");
}

export function isTotalLabel(text: string): boolean {
  return TOTAL.test(toHalfWidth(text).replace(/\s+/g, ""));
}

export function isGroupLabel(text: string): boolean {
  const s = toHalfWidth(text).trim();
  return GROUP.some((re) => re.test(s));
}

/** A label numbered like a fourth- or fifth-level group (1.产业项目, ①铁路): a group only when the row has no project data. */
export function isNumberedLabel(text: string): boolean {
  return NUMBERED.test(toHalfWidth(text).trim());
}

export function isNoteText(text: string): boolean {
  return NOTE.test(toHalfWidth(text).trim());
}

/** A row of column numbers under the header (1, 2, 3, …), as some tables have. */
export function isNumberingRow(cells: string[]): boolean {
  const texts = rowTexts(cells);
  if (texts.length < 3 || !texts.every((t) => NUMBERING.test(t))) return false;
  const n = texts.map(Number);
  return n.every((v, i) => i === 0 || v === n[i - 1]! + 1);
}

/**
 * What kind of row this is, from its cells and the positions of its label cells
 * (serial, id and name) and of its descriptive text cells (district, nature, content…): a
 * label numbered 1. or ① is a group heading only when those are blank. Project rows still
 * have their cells checked afterwards.
 */
export function classifyRow(cells: string[], labelIndexes: number[], textIndexes: number[] = []): RowKind {
  let first: string | null = null;
  for (const c of cells) {
    const t = c.trim();
    if (t !== "") {
      first = t;
      break;
    }
  }
  if (first === null) return "blank";
  const labels = [first];
  for (const i of labelIndexes) {
    const t = (cells[i] ?? "").trim();
    if (t !== "" && t !== first) labels.push(t);
  }
  if (labels.some(isTotalLabel)) return "total";
  if (isNoteText(first)) return "note";
  if (NUMBERING.test(first) && isNumberingRow(cells)) return "numbering";
  if (labels.some(isGroupLabel)) return "group";
  if (labels.some(isNumberedLabel) && textIndexes.every((i) => (cells[i] ?? "").trim() === "")) return "group";
  return "candidate";
}
