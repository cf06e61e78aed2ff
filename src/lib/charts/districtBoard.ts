import { chartHeader } from "./chartHeader.ts";
import { emptyChart } from "./emptyChart.ts";
import { defaultNumber, defaultPercent, tickFormats } from "../i18n/format/ticks.ts";
import { maxTextWidth } from "./measureText.ts";
import { chartStyle, palette, referenceDash } from "./palette.ts";
import type { ChartSpec, ChartText, Format, TableColumn } from "./types.ts";

export type Flag = "red" | "yellow";

export interface DistrictBoardRow {
  district: string;
  rank: number;
  completionRate: number | null;
  score: number | null;
  flag: Flag | null;
}

export interface DistrictBoardLabels extends ChartText {
  /** x-axis label and value column header, e.g. "年度投资完成率" or "综合得分". */
  x: string;
  /** Table headers. */
  rank: string;
  district: string;
  flag: string;
  /** The reference rule, e.g. "时序进度 83.3%" (completion rate only). */
  timeProgress: string;
  /** Flag labels shown beside the bars, e.g. "▲ 红旗" and "▼ 黄旗". */
  redFlag: string;
  yellowFlag: string;
  /** Shown where a district has no value, e.g. "无数据". */
  missing: string;
  /** Value labels; defaults 0.615 → "61.5%" and 81.25 → "81.3". */
  formatPercent?: Format;
  formatScore?: Format;
}

export interface DistrictBoardInput {
  id?: string;
  /** Districts in rank order (ties keep the given order). */
  rows: DistrictBoardRow[];
  /** Month / 12, drawn as a rule when the measure is the completion rate. */
  timeProgress: number;
  measure?: "completionRate" | "score";
  labels: DistrictBoardLabels;
  width?: number;
}

const rowHeight = 26;

/**
 * The district board: one horizontal bar per district in rank order (the y domain is given
 * explicitly, never sorted), the time-progress rule, and flags written out beside the bars.
 */
export function districtBoard({ id = "district-board", rows, timeProgress, measure = "completionRate", labels, width = 640 }: DistrictBoardInput): ChartSpec {
  const isRate = measure === "completionRate";
  const format = isRate ? (labels.formatPercent ?? defaultPercent) : (labels.formatScore ?? defaultNumber);
  const columns: TableColumn[] = [
    { key: "rank", label: labels.rank },
    { key: "district", label: labels.district },
    { key: "value", label: labels.x },
    { key: "flag", label: labels.flag },
  ];
  const ordered = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.rank - b.row.rank || a.index - b.index)
    .map(({ row }) => row);
  const flagLabel = (flag: Flag | null) => (flag === "red" ? labels.redFlag : flag === "yellow" ? labels.yellowFlag : null);
  const data = ordered.map((row) => {
    const value = row[measure];
    return {
      rank: row.rank,
      district: row.district,
      value: value !== null && Number.isFinite(value) ? value : null,
      flag: flagLabel(row.flag),
      // Not "red"/"yellow": Plot would read those as colours and bypass the colour scale.
      group: row.flag === "red" ? "leader" : row.flag === "yellow" ? "laggard" : "other",
      label: value !== null && Number.isFinite(value) ? format(value) : labels.missing,
      /** Where the value label sits: the bar's end, or the baseline when there is no bar. */
      labelAt: value !== null && Number.isFinite(value) ? Math.max(0, value) : 0,
    };
  });
  const values = data.flatMap((d) => (d.value === null ? [] : [d.value]));
  if (values.length === 0) return emptyChart(id, labels, columns, { width });

  const domain = data.map((d) => d.district);
  const valueWidth = maxTextWidth(data.map((d) => d.label)) + 8;
  const flagWidth = maxTextWidth(data.flatMap((d) => (d.flag === null ? [] : [d.flag])));
  const top = isRate ? Math.max(1, ...values) : Math.max(0, ...values);
  const bottom = Math.min(0, ...values);

  return {
    id,
    ...chartHeader(labels),
    options: {
      width,
      height: 32 + 40 + rowHeight * data.length,
      marginTop: 32,
      marginBottom: 40,
      marginLeft: maxTextWidth(domain) + 12,
      marginRight: valueWidth + (flagWidth > 0 ? flagWidth + 12 : 0),
      style: { ...chartStyle },
      x: { domain: [bottom, top], nice: true, grid: true, label: labels.x, tickFormat: isRate ? tickFormats.percent : tickFormats.count, labelAnchor: "center", labelArrow: "none" },
      y: { type: "band", domain, label: null, padding: 0.25, tickSize: 0 },
      color: { type: "ordinal", domain: ["leader", "other", "laggard"], range: [palette.leader, palette.neutral, palette.laggard] },
      marks: [
        { mark: "barX", data: data.filter((d) => d.value !== null), options: { x: "value", y: "district", fill: "group" } },
        { mark: "ruleX", data: [{ value: 0 }], options: { x: "value" } },
        ...(isRate
          ? [
              { mark: "ruleX" as const, data: [{ value: timeProgress }], options: { x: "value", stroke: palette.reference, strokeWidth: 1.5, strokeDasharray: referenceDash } },
              { mark: "text" as const, data: [{ value: timeProgress, label: labels.timeProgress }], options: { x: "value", text: "label", frameAnchor: "top", lineAnchor: "bottom", dy: -6, fill: palette.reference } },
            ]
          : []),
        {
          mark: "text",
          data,
          options: { x: "labelAt", y: "district", text: "label", textAnchor: "start", dx: 4, fill: palette.text },
        },
        {
          mark: "text",
          data: data.filter((d) => d.flag !== null),
          options: { y: "district", text: "flag", frameAnchor: "right", textAnchor: "start", dx: valueWidth + 4, fill: palette.text, fontWeight: "bold" },
        },
      ],
    },
    table: {
      columns,
      rows: data.map(({ rank, district, value, flag }) => ({ rank, district, value, flag })),
    },
  };
}
