import type { DistrictEntry } from "../config/siteConfigSchema.ts";
import type { Field } from "./fields.ts";
import type { GridRow } from "./grid.ts";
import { labelFacts } from "./headerLabel.ts";
import type { Column } from "./mapColumns.ts";
import type { Notice } from "./model.ts";
import { toHalfWidth } from "./normalise.ts";
import { parseNature } from "./parseCell.ts";

/**
 * Group rows: the headings real tables put over runs of projects (一、青岚区（19个）,
 * （一）在建一批, ——铁路, 1.产业项目, ①…), up to four or five levels deep. A table without a
 * district, category or nature column names them in its group rows; this module reads the
 * headings, tracks which ones a row sits under, and works out which field each level names.
 */
export type GroupMarker = "cn" | "paren" | "dash" | "arabic" | "circled" | "plain";

export interface GroupHeading {
  marker: GroupMarker;
  /** The heading as written ("一、青岚区（19个）"). */
  text: string;
  /** Without marker and count ("青岚区"). */
  core: string;
  line: number;
}

const CN = "一二三四五六七八九十百";
const MARKERS: ReadonlyArray<readonly [GroupMarker, RegExp]> = [
  ["cn", new RegExp(`^[${CN}]+\\s*(?:[、.．,，]|$)`)],
  ["paren", new RegExp(`^[(（]\\s*(?:[${CN}]+|\\d{1,2})\\s*[)）]`)],
  ["dash", /^[—\-－―]+(?=\S)/],
  ["arabic", /^\d{1,2}\s*[、.．](?!\d)/],
  ["circled", /^[①-⑳]/],
];
/** Counts after a heading: （19个）, (共19个项目), 19个. */
const COUNT = /\s*[(（]\s*(?:共|计)?\s*\d+\s*(?:个|项)(?:项目)?\s*[)）]\s*$|\s*(?:共|计)?\d+\s*(?:个|项)(?:项目)?\s*$/;
/** Rows that are not headings although classified as group rows. */
const NOT_HEADING = /小计$|^其中[:：]?/;

/** A heading's marker and core, or null when the text is no heading. */
export function parseHeading(text: string): { marker: GroupMarker; core: string } | null {
  const s = toHalfWidth(text).trim();
  if (s === "" || NOT_HEADING.test(s.replace(/\s+/g, ""))) return null;
  for (const [marker, re] of MARKERS) {
    const m = re.exec(s);
    if (m) return { marker, core: s.slice(m[0].length).replace(COUNT, "").replace(/^[\s:：]+|[\s:：]+$/g, "") };
  }
  return { marker: "plain", core: s.replace(COUNT, "").trim() };
}

/**
 * The heading of a group row: its first non-blank cell, or, when that is a marker alone
 * (一 in the 序号 cell), the marker with the next non-blank cell. Null for 小计 and 其中 rows.
 */
export function groupHeading(cells: readonly string[], line: number): GroupHeading | null {
  const texts = cells.map((c) => c.trim()).filter((c) => c !== "");
  const first = texts[0];
  if (first === undefined) return null;
  const parsed = parseHeading(first);
  if (parsed === null) return null;
  if (parsed.core === "" && texts[1] !== undefined) {
    const rest = parseHeading(texts[1]);
    if (rest === null) return null;
    const join = parsed.marker === "cn" && !/[、.．,，]$/.test(first) ? "、" : "";
    return { marker: parsed.marker, text: `${first}${join}${texts[1]}`, core: rest.core, line };
  }
  return { marker: parsed.marker, text: first, core: parsed.core, line };
}

/**
 * The stack of headings a row sits under. A heading of a marker already on the stack closes
 * that level and everything under it; a new marker opens a level under the current one.
 */
export function enterGroup(stack: readonly GroupHeading[], heading: GroupHeading): GroupHeading[] {
  const at = stack.findIndex((g) => g.marker === heading.marker);
  return [...(at === -1 ? stack : stack.slice(0, at)), heading];
}

const DISTRICT_SUFFIX = /(区|县|市|旗|州|盟|镇|乡|街道|开发区|新区|园区|管委会)$/;

/**
 * Which field each level of headings names, for the fields the table has no column for:
 * a level whose headings mostly read as natures (续建项目, 在建一批) names the nature; one
 * whose headings are mostly listed districts or read as place names (青岚区, 云溪县) names the
 * district; any other level names the category. The outermost level naming a field wins.
 */
export function groupFields(headings: readonly GroupHeading[], missing: ReadonlySet<Field>, districts: readonly DistrictEntry[]): Map<GroupMarker, Field> {
  const known = new Set(districts.flatMap((d) => (typeof d === "string" ? [d] : [d.name, ...d.aliases])));
  const order: GroupMarker[] = [];
  const byMarker = new Map<GroupMarker, string[]>();
  for (const h of headings) {
    if (!byMarker.has(h.marker)) (order.push(h.marker), byMarker.set(h.marker, []));
    if (h.core !== "") byMarker.get(h.marker)!.push(h.core);
  }
  const out = new Map<GroupMarker, Field>();
  const taken = new Set<Field>();
  for (const marker of order) {
    const cores = byMarker.get(marker)!;
    if (cores.length === 0) continue;
    const natures = cores.filter((c) => parseNature(c).kind === "value").length;
    const places = cores.filter((c) => known.has(c) || DISTRICT_SUFFIX.test(c)).length;
    const field: Field = natures * 2 > cores.length ? "nature" : places * 2 > cores.length ? "district" : "category";
    if (!missing.has(field) || taken.has(field)) continue;
    taken.add(field);
    out.set(marker, field);
  }
  return out;
}

/**
 * Add a column for each field the group rows name (see `groupFields`), past the table's last
 * column, and give each project row the heading it sits under (empty when it sits under none).
 * One notice per field says where it was read.
 */
export function addGroupColumns(
  columns: Column[],
  headings: readonly GroupHeading[],
  under: ReadonlyMap<GridRow, readonly GroupHeading[]>,
  districts: readonly DistrictEntry[],
): Notice[] {
  const missing = new Set<Field>((["district", "category", "nature"] as const).filter((f) => !columns.some((c) => c.field === f)));
  if (missing.size === 0 || headings.length === 0) return [];
  const notices: Notice[] = [];
  for (const [marker, field] of groupFields(headings, missing, districts)) {
    const column: Column = { index: columns.length, letter: "", label: "（分组行）", field, facts: labelFacts(""), from: "group-rows" };
    columns.push(column);
    const own = headings.filter((h) => h.marker === marker);
    notices.push({ code: "group-field", lines: own.map((h) => h.line), column: null, value: field, detail: { example: own[0]!.text, groups: own.length } });
    for (const [row, path] of under) {
      while (row.cells.length < column.index) row.cells.push("");
      row.cells[column.index] = path.find((g) => g.marker === marker)?.core ?? "";
    }
  }
  return notices;
}
