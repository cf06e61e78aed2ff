import { chartStyle, palette } from "./palette.ts";
import type { ChartSpec, ChartText, TableColumn } from "./types.ts";

/**
 * A chart that explains its own emptiness: a frame with the `empty` message in the middle, the
 * message as the description, and a table with the chart's columns and no rows.
 */
export function emptyChart(
  id: string,
  text: ChartText,
  columns: TableColumn[],
  { width = 640, height = 240 }: { width?: number; height?: number } = {},
): ChartSpec {
  return {
    id,
    title: text.title,
    subtitle: text.subtitle,
    source: text.source,
    description: text.empty,
    empty: true,
    options: {
      width,
      height,
      margin: 20,
      style: { ...chartStyle },
      x: { axis: null },
      y: { axis: null },
      marks: [
        {
          mark: "text",
          data: [{ message: text.empty }],
          options: { text: "message", frameAnchor: "middle", fill: palette.text, fontSize: 14 },
        },
      ],
    },
    table: { columns, rows: [] },
  };
}
