/**
 * The fields of a project's row (SPEC §3.2): what a table's column can map to, by the loader's
 * aliases (data/fields.ts) or by site.yaml's columns (config/). Named here once, below both.
 */
export const FIELDS = [
  "serial",
  "id",
  "name",
  "district",
  "category",
  "nature",
  "status",
  "finished",
  "content",
  "period",
  "totalInvestment",
  "annualPlan",
  "ytdCompleted",
  "ytdPlanned",
  "ytdPercent",
  "cumulativeCompleted",
  "monthCompleted",
  "progressText",
  "problems",
  "owner",
  "leadDepartment",
  "leader",
  "privateInvestment",
  "landArea",
  "plannedStart",
  "actualStart",
  "plannedEnd",
  "actualEnd",
  "longitude",
  "latitude",
  "remarks",
] as const;
export type Field = (typeof FIELDS)[number];
