import type { MoneyUnit } from "../config/siteConfigSchema.ts";
import { toHalfWidth } from "./normalise.ts";
import type { Column } from "./mapColumns.ts";

/** How many 万元 one unit is. */
export const WAN_PER_UNIT: Record<MoneyUnit, number> = { 元: 1e-4, 千元: 0.1, 万元: 1, 亿元: 1e4 };

/** Convert an amount to 万元, rounding away binary noise (amounts carry at most 6 decimals). */
export function toWan(value: number, unit: MoneyUnit): number {
  return Math.round(value * WAN_PER_UNIT[unit] * 1e6) / 1e6;
}

/**
 * The unit a "单位：万元" row names, wherever in the row it is. Above the header (`bare`), a
 * cell holding only a unit (万元, （亿元）), as some tables put in the right-hand cell of the
 * 编制单位 row, names it too.
 */
export function unitRowUnit(cells: string[], bare = false): MoneyUnit | null {
  for (const cell of cells) {
    const m = /单位\s*[:：]\s*(亿元|万元|千元|元)/.exec(toHalfWidth(cell)) ?? (bare ? /^\s*\(?\s*(亿元|万元|千元|元)\s*\)?\s*$/.exec(toHalfWidth(cell)) : null);
    if (m) return m[1] as MoneyUnit;
  }
  return null;
}

/** A column's money unit: its header's, else the unit row's, else the configured one. */
export function columnUnit(column: Column, rowUnit: MoneyUnit | null, config: { moneyUnit: MoneyUnit }): MoneyUnit {
  const u = column.facts.unit;
  return u !== null && u in WAN_PER_UNIT ? (u as MoneyUnit) : (rowUnit ?? config.moneyUnit);
}
