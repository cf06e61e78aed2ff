import { chartHeader } from "./chartHeader.ts";
import { emptyChart } from "./emptyChart.ts";
import { defaultAmount, tickFormats } from "../i18n/format/ticks.ts";
import { fittingTicks, maxTextWidth } from "./measureText.ts";
import { monthLabels, sortedMonths } from "./months.ts";
import { chartStyle, palette, referenceDash } from "./palette.ts";
import type { ChartSpec, ChartText, Format, TableColumn } from "./types.ts";

/** The unit amounts are drawn in: 万元 as stored, or 亿元 (÷ 10000). */
export type AmountUnit = "wan" | "yi";

export interface ProjectHistoryLabels extends ChartText {
  /** Axis labels, the y one with the unit, e.g. "月份", "亿元". */
  x: string;
  y: string;
  /** Series labels (line ends and table headers), e.g. "本年累计完成投资", "年度计划投资". */
  ytdCompleted: string;
  annualPlan: string;
  /** Month label from "YYYY-MM", e.g. "10月" / "Oct". */
  formatMonth: (month: string) => string;
  /** Value labels in the chosen unit; default 1234.5 → "1,234.50". */
  formatAmount?: Format;
}

export interface ProjectHistoryInput {
  id?: string;
  /** Month-end values in 万元; null when not reported. */
  points: { month: string; ytdCompleted: number | null; annualPlan: number | null }[];
  /** Default "yi"; see {@link amountUnit}. The page passes the y label that matches. */
  unit?: AmountUnit;
  labels: ProjectHistoryLabels;
  width?: number;
}

/** 亿元 when the largest amount reaches 1 亿 (10000 万元), else 万元. */
export function amountUnit(amounts: readonly (number | null)[]): AmountUnit {
  return amounts.some((a) => a !== null && Math.abs(a) >= 10000) ? "yi" : "wan";
}

const finite = (value: number | null): value is number => value !== null && Number.isFinite(value);

/**
 * A district's or a project's monthly history: year-to-date completed (solid line with dots)
 * against the annual plan (dashed grey line), each labelled at its last value.
 */
export function projectHistory({ id = "project-history", points, unit = "yi", labels, width = 640 }: ProjectHistoryInput): ChartSpec {
  const formatAmount = labels.formatAmount ?? defaultAmount;
  const divisor = unit === "yi" ? 10000 : 1;
  const columns: TableColumn[] = [
    { key: "month", label: labels.x },
    { key: "ytdCompleted", label: labels.ytdCompleted },
    { key: "annualPlan", label: labels.annualPlan },
  ];
  const byMonth = new Map(points.map((p) => [p.month, p]));
  const months = sortedMonths(points.map((p) => p.month));
  const names = monthLabels(months, labels.formatMonth);
  const rows = months.map((month, i) => {
    const point = byMonth.get(month);
    const ytd = point?.ytdCompleted ?? null;
    const plan = point?.annualPlan ?? null;
    return {
      month: names[i] ?? month,
      ytdCompleted: finite(ytd) ? ytd / divisor : null,
      annualPlan: finite(plan) ? plan / divisor : null,
    };
  });
  if (!rows.some((r) => r.ytdCompleted !== null || r.annualPlan !== null)) return emptyChart(id, labels, columns, { width });

  const lastYtd = rows.filter((r) => r.ytdCompleted !== null).at(-1);
  const lastPlan = rows.filter((r) => r.annualPlan !== null).at(-1);
  const endLabel = (row: (typeof rows)[number] | undefined, key: "ytdCompleted" | "annualPlan", name: string) => {
    const value = row?.[key];
    return row === undefined || value === null || value === undefined ? [] : [{ month: row.month, value, label: `${name} ${formatAmount(value)}` }];
  };
  const ytdEnd = endLabel(lastYtd, "ytdCompleted", labels.ytdCompleted);
  const planEnd = endLabel(lastPlan, "annualPlan", labels.annualPlan);
  // Same month and nearly the same height: keep the two end labels apart.
  const close = ytdEnd[0] !== undefined && planEnd[0] !== undefined && ytdEnd[0].month === planEnd[0].month;
  const gap = close ? Math.abs((ytdEnd[0]?.value ?? 0) - (planEnd[0]?.value ?? 0)) : Infinity;
  const top = Math.max(0, ...rows.flatMap((r) => [r.ytdCompleted ?? 0, r.annualPlan ?? 0]));
  const planAbove = (planEnd[0]?.value ?? 0) >= (ytdEnd[0]?.value ?? 0);
  const marginLeft = 56;
  const marginRight = maxTextWidth([...ytdEnd, ...planEnd].map((l) => l.label)) + 16;
  const domain = rows.map((r) => r.month);
  const planDy = gap < 0.08 * (top || 1) ? (planAbove ? -8 : 8) : 0;

  return {
    id,
    ...chartHeader(labels),
    options: {
      width,
      height: 320,
      marginTop: 24,
      marginBottom: 44,
      marginLeft,
      marginRight,
      style: { ...chartStyle },
      x: { type: "point", domain, ticks: fittingTicks(domain, width - marginLeft - marginRight), label: labels.x, labelAnchor: "center", labelArrow: "none" },
      y: { domain: [0, top || 1], nice: true, grid: true, label: labels.y, tickFormat: tickFormats.amount, labelArrow: "none" },
      marks: [
        { mark: "ruleY", data: [{ value: 0 }], options: { y: "value" } },
        { mark: "lineY", data: rows, options: { x: "month", y: "annualPlan", stroke: palette.reference, strokeWidth: 1.5, strokeDasharray: referenceDash } },
        { mark: "text", data: planEnd, options: { x: "month", y: "value", text: "label", textAnchor: "start", dx: 8, dy: planDy, fill: palette.reference } },
        { mark: "lineY", data: rows, options: { x: "month", y: "ytdCompleted", stroke: palette.completed, strokeWidth: 2.5 } },
        { mark: "dot", data: rows.filter((r) => r.ytdCompleted !== null), options: { x: "month", y: "ytdCompleted", fill: palette.completed, r: 3 } },
        {
          mark: "text",
          data: ytdEnd,
          options: { x: "month", y: "value", text: "label", textAnchor: "start", dx: 8, dy: -planDy, fill: palette.completed, fontWeight: "bold", stroke: palette.halo, strokeWidth: 3, paintOrder: "stroke" },
        },
      ],
    },
    table: { columns, rows },
  };
}
