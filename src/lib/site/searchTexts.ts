import type { Card } from "../cards/index.ts";
import type { ScopeResult } from "../indicators/index.ts";
import type { ReasonedWarning } from "../narrative/index.ts";
import { chartSource } from "./charts.ts";
import type { EditionModel, NamedView, ProjectRow } from "./editionModel.ts";
import { capList, LIST_LIMIT, SHORT_LIST_LIMIT } from "./paginate.ts";

/**
 * The words of the parts several pages share, as the search index takes them (searchRecords.ts):
 * a row of a project table, a warning, a problem, the headline figures, a chart's source. Each
 * is what the page's component (src/components/) shows of it, not every field it has.
 */
export type Texts = Array<string | null | undefined | false>;

/** A row of ProjectTable: the project's name and number, district, category and status. */
export function rowTexts(m: EditionModel, p: ProjectRow): Texts {
  const s = p.state;
  return [s.name, p.id, s.district, m.fmt.text(s.category), m.fmt.status(s.status)];
}

/** A warning of WarningList and the warnings tables: its level and kind, project, district and reason. */
export function warningTexts(m: EditionModel, w: ReasonedWarning): Texts {
  return [w.level === "red" ? m.ui.warning.red : m.ui.warning.yellow, m.ui.warning.kind[w.kind], w.name, w.district, w.reason[m.locale]];
}

/** A problem of ProblemList and the problem tables: its project, district and wording. */
export function problemTexts(p: { name: string; district: string; text: string }): Texts {
  return [p.name, p.district, p.text];
}

/** HeadlineFigures: the completion rate, the gap, the investment and the number of projects of a scope. */
export function figureTexts(m: EditionModel, scope: ScopeResult): Texts {
  const i = scope.indicators;
  const { ui, fmt } = m;
  return [ui.fig.completionRate, fmt.percent(i.completionRate), ui.fig.gap, fmt.gap(i.gap).text, ui.fig.ytd, fmt.money(i.ytdCompleted), ui.fig.projects, ui.fig.projectsUnit(fmt.count(i.projects))];
}

/** The figure of a page's preview card, as its label and value ("年度投资完成率 62.9%"). */
export function cardTexts(card: Card): Texts {
  return [card.figureLabel, card.figure];
}

/** The source line under a page's charts (ChartFigure); a project's chart names the project's last month. */
export function sourceLine(m: EditionModel, month = m.latest.month): string {
  return m.ui.chart.source(chartSource(m, month));
}

/** A lead department's or leader's page (NamedPage): its figures, projects, warnings and open problems, each list cut as the page cuts it. */
export function namedTexts(m: EditionModel, v: NamedView): Texts {
  return [
    m.ui[v.kind === "department" ? "departments" : "leaders"].kicker,
    ...figureTexts(m, v.scope),
    ...capList(v.projects, LIST_LIMIT).shown.flatMap((p) => rowTexts(m, p)),
    ...capList(v.warnings, SHORT_LIST_LIMIT).shown.flatMap((w) => warningTexts(m, w)),
    ...capList(v.problems, SHORT_LIST_LIMIT).shown.flatMap(problemTexts),
  ];
}

/** Texts as one record's content: one a line, empty ones and repeats left out. */
export function contentOf(texts: Texts): string {
  const lines = texts.map((t) => (typeof t === "string" ? t.replace(/\s+/g, " ").trim() : "")).filter((s) => s !== "");
  return [...new Set(lines)].join("\n");
}

/**
 * Each Han, kana or Hangul character of a text once, space-separated. Pagefind cuts a page's
 * Chinese into words with its own dictionary (桩基, 发改委, 高新区), the search box cuts the
 * reader's query with the browser's (桩|基, 发|改|委, 高|新|区), and a term only finds the words it
 * begins: 基 never finds 桩基. With every character of the page a word of its own as well, a
 * query finds each page that shows it, however the two dictionaries cut it.
 */
export function charactersOf(text: string): string {
  return [...new Set(text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? [])].join(" ");
}
