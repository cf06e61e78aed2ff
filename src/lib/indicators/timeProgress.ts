import type { Month } from "../data/model.ts";
import { monthNumber } from "./month.ts";

/** 时序进度: the share of the year elapsed at the end of `month`, m / 12. */
export function timeProgress(month: Month): number {
  return monthNumber(month) / 12;
}
