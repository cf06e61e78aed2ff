import type { Nature, Period, Status } from "./model.ts";

/**
 * The words a scheduling table writes for the coded fields, which the loader reads back
 * (SPEC §3.2). One place for everything that writes a table: the open data's projects.csv, the
 * sample's tables, and the Chinese labels of the pages.
 */
export const NATURE_WORDS: Record<Nature, string> = { new: "新开工", continuing: "续建", completing: "竣工", preparatory: "前期" };
export const STATUS_WORDS: Record<Status, string> = {
  "not-started": "未开工",
  "under-construction": "在建",
  completed: "已竣工",
  suspended: "停工",
};

/** A construction period as tables write it: "2024-2026", or "2024.03-2026.12" when the months are known. */
export function periodText(p: Period | null): string | null {
  if (p === null) return null;
  const part = (y: number, m: number | null): string => (m === null ? String(y) : `${y}.${String(m).padStart(2, "0")}`);
  return `${part(p.startYear, p.startMonth)}-${part(p.endYear, p.endMonth)}`;
}
