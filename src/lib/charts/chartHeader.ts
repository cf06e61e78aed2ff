import type { ChartSpec, ChartText } from "./types.ts";

/** The words around a chart that has data: its title, subtitle, source and description. */
export function chartHeader(text: ChartText): Pick<ChartSpec, "title" | "subtitle" | "source" | "description" | "empty"> {
  return { title: text.title, subtitle: text.subtitle, source: text.source, description: text.description, empty: false };
}
