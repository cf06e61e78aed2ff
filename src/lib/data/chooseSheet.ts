import type { SiteConfig } from "../config/siteConfigSchema.ts";
import { findHeader, headerFields, type HeaderLocation } from "./findHeader.ts";
import { issue, type Issue } from "../common/issue.ts";
import type { Notice } from "./model.ts";
import type { GridSheet } from "./readGrid.ts";

export interface SheetChoice {
  sheet: GridSheet;
  location: HeaderLocation;
}

type Found = { sheet: GridSheet; location: HeaderLocation | null; progress: boolean };

function examine(sheet: GridSheet, custom: Record<string, string>): Found {
  const location = findHeader(sheet.grid.rows, custom);
  if (!location) return { sheet, location, progress: false };
  const band = sheet.grid.rows.slice(location.start, location.start + location.rows).map((r) => r.cells);
  const fields = headerFields(band, custom);
  return { sheet, location, progress: fields.has("ytdCompleted") };
}

/**
 * The sheet to read: the one `sheet:` in site.yaml names (its name, or its position from 1),
 * else the first visible sheet whose header is recognised, preferring a progress table (with
 * a year-to-date column) over a plan or reserve list. Every other sheet is named in a notice
 * with why it was not read (a summary sheet has no project header); several progress tables
 * are a warning. A CSV file is its one sheet.
 */
export function chooseSheet(file: string, sheets: readonly GridSheet[], config: SiteConfig): { choice: SheetChoice | null; issues: Issue[]; notices: Notice[] } {
  const custom = config.columns;
  const notices: Notice[] = [];
  const names = sheets.map((s) => s.name ?? "");
  const skipped = (s: GridSheet, reason: string) => notices.push({ code: "sheet-skipped", lines: [], column: null, value: s.name, detail: { reason } });
  const noHeader = (detail: Issue["detail"]) => issue("error", "no-header", { file }, detail);

  if (config.sheet !== undefined && sheets.some((s) => s.name !== null)) {
    const wanted = config.sheet;
    const index = typeof wanted === "number" ? wanted - 1 : sheets.findIndex((s) => s.name?.trim() === wanted.trim());
    const sheet = sheets[index];
    if (!sheet) return { choice: null, issues: [issue("error", "sheet-not-found", { file, value: String(wanted) }, { sheets: names.join("、") })], notices };
    for (const s of sheets) if (s !== sheet) skipped(s, "not-chosen");
    const location = findHeader(sheet.grid.rows, custom);
    if (!location) return { choice: null, issues: [noHeader({ sheet: sheet.name ?? "" })], notices };
    notices.unshift({ code: "sheet-read", lines: [], column: null, value: sheet.name, detail: { by: "config" } });
    return { choice: { sheet, location }, issues: [], notices };
  }

  if (sheets.length === 1 && sheets[0]!.name === null) {
    const location = findHeader(sheets[0]!.grid.rows, custom);
    return location ? { choice: { sheet: sheets[0]!, location }, issues: [], notices } : { choice: null, issues: [noHeader({})], notices };
  }

  const visible = sheets.filter((s) => !s.hidden).map((s) => examine(s, custom));
  let found = visible.filter((f) => f.location !== null);
  // A table only on a hidden sheet is still the table.
  const hidden = found.length === 0 ? sheets.filter((s) => s.hidden).map((s) => examine(s, custom)) : [];
  if (found.length === 0) found = hidden.filter((f) => f.location !== null);
  const progress = found.filter((f) => f.progress);
  const pick = progress[0] ?? found[0];
  if (!pick) {
    if (sheets.every((s) => s.grid.rows.length === 0)) return { choice: null, issues: [issue("error", "empty-file", { file })], notices };
    return { choice: null, issues: [noHeader({ sheets: names.join("、"), count: sheets.length })], notices };
  }
  const issues: Issue[] = [];
  if (progress.length > 1)
    issues.push(issue("warning", "several-tables", { file, value: pick.sheet.name }, { others: progress.slice(1).map((f) => f.sheet.name ?? "").join("、") }));
  notices.push({ code: "sheet-read", lines: [], column: null, value: pick.sheet.name, detail: { by: "header" } });
  for (const s of sheets) {
    if (s === pick.sheet) continue;
    const f = found.find((x) => x.sheet === s);
    if (s.grid.rows.length === 0) skipped(s, "empty");
    else if (s.hidden && !hidden.some((h) => h.sheet === s)) skipped(s, "hidden");
    else if (!f) skipped(s, "no-header");
    else skipped(s, f.progress ? "not-chosen" : "no-progress");
  }
  return { choice: { sheet: pick.sheet, location: pick.location! }, issues, notices };
}
