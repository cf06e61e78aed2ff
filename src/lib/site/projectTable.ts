import type { Format } from "../i18n/format/index.ts";
import type { UiStrings } from "../i18n/ui.ts";
import type { ProjectRow } from "./editionModel.ts";
import { escapeHtml } from "./markdown.ts";
import { completionRate } from "./projectPage.ts";

/**
 * The rows of a projects table (components/ProjectTable.astro) as one HTML string. An edition of
 * 10,000 projects has over a hundred index pages of a hundred rows, and the district, category,
 * department and leader pages list theirs too: through Astro's template runtime a page of a hundred
 * rows cost about as much as two project pages. The markup is byte for byte what the template made
 * (a build of the sample before and after this change gave identical files), escaped the way Astro
 * escapes: text as html-escaper does, attribute values their `&` and `"`.
 */

/** Text in a template expression, as Astro escapes it (the same five characters as escapeHtml); null and undefined are nothing. */
export function htmlText(value: string | number | null | undefined): string {
  return value == null ? "" : escapeHtml(String(value));
}

/** An attribute as Astro's `addAttribute` writes it: none for null, a bare name for "". */
export function htmlAttribute(name: string, value: string | number | null | undefined): string {
  if (value == null) return "";
  if (value === "") return ` ${name}`;
  const text = String(value);
  // Astro leaves an absolute http(s) URL with "&" unescaped (query strings).
  if (text.includes("&") && isHttpUrl(text)) return ` ${name}="${text}"`;
  return ` ${name}="${text.replace(/&/g, "&#38;").replace(/"/g, "&#34;")}"`;
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** A warning's badge ("● 红色预警 · 进度滞后"), as components/WarningBadge.astro shows it. */
export function warningBadgeHtml(level: "red" | "yellow", kind: "behind" | "late-start" | "stalled" | undefined, ui: UiStrings): string {
  const cls = kind === "stalled" ? "badge-warn-stalled" : level === "red" ? "badge-warn-red" : "badge-warn-yellow";
  const label = level === "red" ? ui.warning.red : ui.warning.yellow;
  return `<span${htmlAttribute("class", `badge ${cls}`)}>${htmlText(label)}${kind ? htmlText(` · ${ui.warning.kind[kind]}`) : ""}</span>`;
}

/** The words a row is filtered by (name, id, district, category, department, owner), lower-cased. */
export function projectSearchText(p: ProjectRow): string {
  return [p.state.name, p.id, p.state.district, p.state.category, p.state.leadDepartment, p.state.owner]
    .filter((s): s is string => typeof s === "string")
    .join(" ")
    .replace(/[<>]/g, " ") // not needed to search, and kept out of attributes
    .toLowerCase();
}

/** A number for sorting in the browser; "" for none. */
function sortValue(v: number | null): string {
  return v === null || !Number.isFinite(v) ? "" : String(v);
}

export interface ProjectTableColumns {
  showDistrict: boolean;
  showCategory: boolean;
}

/** The `<tr>`s of the table body, one per project, in the order given. */
export function projectRowsHtml(projects: readonly ProjectRow[], ui: UiStrings, d: Format, { showDistrict, showCategory }: ProjectTableColumns): string {
  let out = "";
  for (const p of projects) {
    const s = p.state;
    const r = completionRate(s);
    const behind = r === null ? null : r - p.timeProgress;
    const gap = d.gapSigned(behind);
    const worst = p.warnings.find((w) => w.level === "red") ?? p.warnings[0];
    const name = p.href ? `<a${htmlAttribute("href", p.href)}>${htmlText(s.name)}</a>` : htmlText(s.name);
    const id = p.id ? `<span class="muted small"> ${htmlText(p.id)}</span>` : "";
    out +=
      `<tr${htmlAttribute("data-district", s.district)}${htmlAttribute("data-status", s.status ?? "")}${htmlAttribute("data-search", projectSearchText(p))}>` +
      ` <th scope="row" class="wide-col"> ${name} ${id} </th>` +
      ` ${showDistrict ? `<td>${htmlText(s.district)}</td>` : ""}` +
      ` ${showCategory ? `<td>${htmlText(d.text(s.category))}</td>` : ""}` +
      ` <td>${htmlText(d.status(s.status))}</td>` +
      ` <td class="n"${htmlAttribute("data-sort", sortValue(s.annualPlan))}>${htmlText(d.money(s.annualPlan))}</td>` +
      ` <td class="n"${htmlAttribute("data-sort", sortValue(s.ytdCompleted))}>${htmlText(d.money(s.ytdCompleted))}</td>` +
      ` <td class="n"${htmlAttribute("data-sort", sortValue(r))}>${htmlText(d.percent(r))}</td>` +
      ` <td${htmlAttribute("class", `n ${gap.cls}`)}${htmlAttribute("data-sort", sortValue(behind))}>${htmlText(gap.text)}</td>` +
      ` <td${htmlAttribute("data-sort", worst ? (worst.level === "red" ? "2" : "1") : "0")}> ${worst ? warningBadgeHtml(worst.level, undefined, ui) : ""} </td>` +
      ` </tr>`;
  }
  return out;
}
