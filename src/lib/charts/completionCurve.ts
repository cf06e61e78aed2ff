import { chartHeader } from "./chartHeader.ts";
import { emptyChart } from "./emptyChart.ts";
import { defaultPercent, tickFormats } from "../i18n/format/ticks.ts";
import { fittingTicks, maxTextWidth } from "./measureText.ts";
import { monthNumber, yearMonths } from "./months.ts";
import { chartStyle, palette, referenceDash } from "./palette.ts";
import type { ChartSpec, ChartText, Format, TableColumn } from "./types.ts";

export interface CompletionCurveLabels extends ChartText {
  /** x-axis label, e.g. "月份". */
  x: string;
  /** y-axis label, e.g. "年度投资完成率". */
  y: string;
  /** The completion series, e.g. "投资完成率"; also the table header. */
  completion: string;
  /** The reference line, e.g. "时序进度"; also the table header. */
  timeProgress: string;
  /** Month label from "YYYY-MM", e.g. "10月" / "Oct". */
  formatMonth: (month: string) => string;
  /** Value labels; default 0.615 → "61.5%". */
  formatPercent?: Format;
}

export interface CompletionCurveInput {
  id?: string;
  /** Cumulative (year-to-date) completion rate at each month end; null when not known. */
  points: { month: string; completionRate: number | null }[];
  year: number;
  labels: CompletionCurveLabels;
  width?: number;
}

/**
 * The cumulative completion rate month by month through `year`, against time progress
 * (month / 12) as a dashed line. Months after the last data point have no completion value.
 */
export function completionCurve({ id = "completion-curve", points, year, labels, width = 640 }: CompletionCurveInput): ChartSpec {
  const formatPercent = labels.formatPercent ?? defaultPercent;
  const columns: TableColumn[] = [
    { key: "month", label: labels.x },
    { key: "completionRate", label: labels.completion },
    { key: "timeProgress", label: labels.timeProgress },
  ];
  const byMonth = new Map<string, number>();
  for (const { month, completionRate } of points) {
    if (completionRate !== null && Number.isFinite(completionRate) && month.startsWith(`${year}-`)) {
      byMonth.set(month, completionRate);
    }
  }
  if (byMonth.size === 0) return emptyChart(id, labels, columns, { width });

  const rows = yearMonths(year).map((month) => ({
    month: labels.formatMonth(month),
    completionRate: byMonth.get(month) ?? null,
    timeProgress: (monthNumber(month) ?? 0) / 12,
  }));
  const last = rows.filter((row) => row.completionRate !== null).at(-1);
  const top = Math.max(1, ...byMonth.values());
  const reference = rows.at(-1);
  const endLabels =
    last === undefined || last.completionRate === null
      ? []
      : [{ month: last.month, value: last.completionRate, label: `${labels.completion} ${formatPercent(last.completionRate)}` }];
  // At December both end labels sit at the right edge: move the completion label off the reference's.
  const collide = last === reference && last !== undefined && Math.abs((last.completionRate ?? 0) - 1) < 0.08 * top;
  const endDy = collide ? ((last?.completionRate ?? 0) >= 1 ? -14 : 14) : 0;
  const marginLeft = 48;
  const marginRight = maxTextWidth([labels.timeProgress, ...endLabels.map((l) => l.label)]) + 16;
  const domain = rows.map((row) => row.month);

  return {
    id,
    ...chartHeader(labels),
    options: {
      width,
      height: 320,
      marginTop: 24,
      marginBottom: 44,
      marginRight,
      marginLeft,
      style: { ...chartStyle },
      x: { type: "point", domain, ticks: fittingTicks(domain, width - marginLeft - marginRight), label: labels.x, labelAnchor: "center", labelArrow: "none" },
      y: { domain: [0, top], nice: true, grid: true, label: labels.y, tickFormat: tickFormats.percent, labelArrow: "none" },
      marks: [
        { mark: "ruleY", data: [{ value: 0 }], options: { y: "value" } },
        {
          mark: "lineY",
          data: rows,
          options: { x: "month", y: "timeProgress", stroke: palette.reference, strokeWidth: 1.5, strokeDasharray: referenceDash },
        },
        {
          mark: "text",
          data: reference === undefined ? [] : [{ month: reference.month, value: reference.timeProgress, label: labels.timeProgress }],
          options: { x: "month", y: "value", text: "label", textAnchor: "start", dx: 8, fill: palette.reference },
        },
        {
          mark: "lineY",
          data: rows,
          options: { x: "month", y: "completionRate", stroke: palette.completed, strokeWidth: 2.5 },
        },
        {
          mark: "dot",
          data: rows.filter((row) => row.completionRate !== null),
          options: { x: "month", y: "completionRate", fill: palette.completed, r: 3 },
        },
        {
          mark: "text",
          data: endLabels,
          options: { x: "month", y: "value", text: "label", textAnchor: "start", dx: 8, dy: endDy, fill: palette.completed, fontWeight: "bold", stroke: palette.halo, strokeWidth: 3, paintOrder: "stroke" },
        },
      ],
    },
    table: { columns, rows },
  };
}
