import { chartHeader } from "./chartHeader.ts";
import { emptyChart } from "./emptyChart.ts";
import { tickFormats } from "../i18n/format/ticks.ts";
import { legendMarks } from "./legend.ts";
import { fittingTicks, maxTextWidth } from "./measureText.ts";
import { monthLabels, sortedMonths } from "./months.ts";
import { chartStyle, palette } from "./palette.ts";
import type { ChartSpec, ChartText, TableColumn } from "./types.ts";

export interface StartCompletionCountsLabels extends ChartText {
  x: string;
  y: string;
  /** Panel titles, e.g. "新开工项目" and "竣工项目". */
  starts: string;
  finishes: string;
  /** Legend labels, e.g. "计划" and "实际". */
  planned: string;
  actual: string;
  /** Table headers, e.g. "计划新开工", "已开工", "计划竣工", "已竣工". */
  newProjects: string;
  newStarted: string;
  finishPlanned: string;
  finished: string;
  /** Month label from "YYYY-MM", e.g. "10月" / "Oct". */
  formatMonth: (month: string) => string;
}

export interface StartCompletionCountsPoint {
  month: string;
  /** Projects planned to start this year (nature 新开工) and those started by month end. */
  newProjects: number;
  newStarted: number;
  /** Projects planned to finish this year and those finished by month end. */
  finishPlanned: number;
  finished: number;
}

export interface StartCompletionCountsInput {
  id?: string;
  points: StartCompletionCountsPoint[];
  labels: StartCompletionCountsLabels;
  width?: number;
}

const count = (value: number) => (Number.isFinite(value) ? value : 0);

/**
 * Start and completion counts by month in two panels: planned (wide grey bar) against actual
 * (narrower dark bar), with "actual/planned" written above each pair.
 */
export function startCompletionCounts({ id = "start-completion-counts", points, labels, width = 640 }: StartCompletionCountsInput): ChartSpec {
  const columns: TableColumn[] = [
    { key: "month", label: labels.x },
    { key: "newProjects", label: labels.newProjects },
    { key: "newStarted", label: labels.newStarted },
    { key: "finishPlanned", label: labels.finishPlanned },
    { key: "finished", label: labels.finished },
  ];
  const byMonth = new Map(points.map((p) => [p.month, p]));
  const months = sortedMonths(points.map((p) => p.month));
  const names = monthLabels(months, labels.formatMonth);
  const rows = months.flatMap((month, i) => {
    const p = byMonth.get(month);
    return p === undefined
      ? []
      : [{ month: names[i] ?? month, newProjects: count(p.newProjects), newStarted: count(p.newStarted), finishPlanned: count(p.finishPlanned), finished: count(p.finished) }];
  });
  if (rows.length === 0) return emptyChart(id, labels, columns, { width });

  const bars = rows.flatMap((r) => [
    { month: r.month, panel: labels.starts, planned: r.newProjects, actual: r.newStarted, label: `${r.newStarted}/${r.newProjects}` },
    { month: r.month, panel: labels.finishes, planned: r.finishPlanned, actual: r.finished, label: `${r.finished}/${r.finishPlanned}` },
  ]);
  const panels = [labels.starts, labels.finishes];
  const top = Math.max(1, ...bars.map((b) => Math.max(b.planned, b.actual)));
  const marginLeft = 48;
  const marginRight = maxTextWidth(panels) + 16;
  const domain = rows.map((r) => r.month);
  const span = width - marginLeft - marginRight;
  // "actual/planned" above each pair, when the bands leave room for it (the table always has it).
  const inset = Math.max(1, Math.round(((span / domain.length) * 0.8) / 5));
  const showCounts = maxTextWidth(bars.map((b) => b.label), 10) + 4 <= span / domain.length;

  return {
    id,
    ...chartHeader(labels),
    options: {
      width,
      height: 400,
      marginTop: 48,
      marginBottom: 44,
      marginLeft,
      marginRight,
      style: { ...chartStyle },
      x: { type: "band", domain, ticks: fittingTicks(domain, span), label: labels.x, labelAnchor: "center", padding: 0.2 },
      y: { domain: [0, top * 1.15], nice: true, grid: true, label: labels.y, tickFormat: tickFormats.count, labelArrow: "none" },
      fy: { domain: panels, label: null, axis: "right", padding: 0.15 },
      marks: [
        ...legendMarks([
          { label: labels.planned, fill: palette.planned },
          { label: labels.actual, fill: palette.completed },
        ]),
        { mark: "barY", data: bars, options: { x: "month", y: "planned", fy: "panel", fill: palette.planned } },
        { mark: "barY", data: bars, options: { x: "month", y: "actual", fy: "panel", fill: palette.completed, insetLeft: inset, insetRight: inset } },
        { mark: "ruleY", data: [{ value: 0 }], options: { y: "value" } },
        {
          mark: "text",
          data: showCounts ? bars.map((b) => ({ ...b, end: Math.max(b.planned, b.actual) })) : [],
          options: { x: "month", y: "end", fy: "panel", text: "label", lineAnchor: "bottom", dy: -3, fill: palette.text, fontSize: 10 },
        },
      ],
    },
    table: { columns, rows },
  };
}
