import type { PlotOptions } from "@observablehq/plot";

/** The Plot mark functions a chart spec may name; the renderer turns each into a Plot mark. */
export type MarkName =
  | "barX"
  | "barY"
  | "lineY"
  | "dot"
  | "ruleY"
  | "ruleX"
  | "text"
  | "areaY"
  | "cell"
  | "tickX"
  | "geo";

/**
 * One mark as plain data: `Plot[mark](data, options)`. Channels are field names (strings) or
 * constants, never functions, so a spec survives `JSON.stringify`.
 */
export interface MarkSpec {
  mark: MarkName;
  data: object[];
  options: Record<string, unknown>;
}

/**
 * Plot options as plain data: Plot's own options with `marks` replaced by {@link MarkSpec}s. No
 * `document` (the renderer supplies it), no `title`/`subtitle`/`caption` (those make an HTML
 * figure; the page shows them), no legends (HTML too; charts label series directly).
 */
export type PlotSpec = Omit<PlotOptions, "marks" | "document" | "title" | "subtitle" | "caption"> & {
  marks: MarkSpec[];
};

/** A table column: `key` into each row, `label` shown as the header (and the CSV header). */
export interface TableColumn {
  key: string;
  label: string;
}

/** The data table shown beside the chart and offered as CSV: exactly the data drawn. */
export interface ChartTable {
  columns: TableColumn[];
  rows: Record<string, string | number | null>[];
}

/** Everything a page needs to show one chart: text, Plot options as plain data, and the table. */
export interface ChartSpec {
  /** Stable id, also the prefix of every id inside the SVG (unique per page). */
  id: string;
  title: string;
  subtitle: string;
  source: string;
  /** Accessible summary; when the chart is empty, says why. */
  description: string;
  /** True when the chart has no data and only explains why. */
  empty: boolean;
  options: PlotSpec;
  table: ChartTable;
}

/** The text every chart takes from the page's dictionary. */
export interface ChartText {
  title: string;
  subtitle: string;
  source: string;
  /** Accessible summary of what the chart shows (written by the page from its narrative). */
  description: string;
  /** Why the chart is empty, e.g. "本月无数据" / "No data for this month". */
  empty: string;
}

/** A number formatter passed in by the page (e.g. its narrative formatters). */
export type Format = (value: number) => string;
