import { chartHeader } from "./chartHeader.ts";
import { emptyChart } from "./emptyChart.ts";
import { defaultPercent, tickFormats } from "../i18n/format/ticks.ts";
import { legendMarks } from "./legend.ts";
import { maxTextWidth } from "./measureText.ts";
import { chartStyle, palette } from "./palette.ts";
import type { ChartSpec, ChartText, Format, TableColumn } from "./types.ts";

export interface CategoryBarsLabels extends ChartText {
  /** x-axis label with the unit, e.g. "亿元". */
  x: string;
  /** Table header of the names, e.g. "项目类别" or "建设性质". */
  name: string;
  /** Series labels (legend and table headers), e.g. "年度计划投资（亿元）", "本年完成投资（亿元）". */
  annualPlan: string;
  ytdCompleted: string;
  /** Header of the completion-rate column and value labels, e.g. "完成率". */
  completionRate: string;
  /** Value labels; default 0.615 → "61.5%". */
  formatPercent?: Format;
}

export interface CategoryBarsInput {
  id?: string;
  /** One row per category (or nature), amounts in 万元, in the order to show. */
  rows: { name: string; annualPlan: number; ytdCompleted: number }[];
  labels: CategoryBarsLabels;
  width?: number;
}

const rowHeight = 30;
const toYi = (wan: number) => wan / 10000;

/**
 * Annual plan against year-to-date completed by category: the plan as a wide grey bar, the
 * completed amount as a narrower dark bar over it, and the completion rate written at the end.
 * Amounts in 亿元 (万元 / 10000).
 */
export function categoryBars({ id = "category-bars", rows, labels, width = 640 }: CategoryBarsInput): ChartSpec {
  const formatPercent = labels.formatPercent ?? defaultPercent;
  const columns: TableColumn[] = [
    { key: "name", label: labels.name },
    { key: "annualPlan", label: labels.annualPlan },
    { key: "ytdCompleted", label: labels.ytdCompleted },
    { key: "completionRate", label: labels.completionRate },
  ];
  const data = rows
    .filter((row) => Number.isFinite(row.annualPlan) && Number.isFinite(row.ytdCompleted))
    .map((row) => {
      const completionRate = row.annualPlan > 0 ? row.ytdCompleted / row.annualPlan : null;
      return {
        name: row.name,
        annualPlan: toYi(row.annualPlan),
        ytdCompleted: toYi(row.ytdCompleted),
        completionRate,
        end: toYi(Math.max(row.annualPlan, row.ytdCompleted, 0)),
        label: completionRate === null ? "" : formatPercent(completionRate),
      };
    });
  if (data.length === 0 || data.every((d) => d.annualPlan === 0 && d.ytdCompleted === 0)) {
    return emptyChart(id, labels, columns, { width });
  }

  const domain = data.map((d) => d.name);
  return {
    id,
    ...chartHeader(labels),
    options: {
      width,
      height: 48 + 40 + rowHeight * data.length,
      marginTop: 48,
      marginBottom: 40,
      marginLeft: maxTextWidth(domain) + 12,
      marginRight: maxTextWidth(data.map((d) => d.label)) + 12,
      style: { ...chartStyle },
      x: { nice: true, grid: true, label: labels.x, tickFormat: tickFormats.amount, labelAnchor: "center", labelArrow: "none" },
      y: { type: "band", domain, label: null, padding: 0.2, tickSize: 0 },
      marks: [
        ...legendMarks([
          { label: labels.annualPlan, fill: palette.planned },
          { label: labels.ytdCompleted, fill: palette.completed },
        ]),
        { mark: "barX", data, options: { x: "annualPlan", y: "name", fill: palette.planned } },
        { mark: "barX", data, options: { x: "ytdCompleted", y: "name", fill: palette.completed, insetTop: 6, insetBottom: 6 } },
        { mark: "ruleX", data: [{ value: 0 }], options: { x: "value" } },
        { mark: "text", data, options: { x: "end", y: "name", text: "label", textAnchor: "start", dx: 4, fill: palette.text } },
      ],
    },
    table: {
      columns,
      rows: data.map(({ name, annualPlan, ytdCompleted, completionRate }) => ({ name, annualPlan, ytdCompleted, completionRate })),
    },
  };
}
