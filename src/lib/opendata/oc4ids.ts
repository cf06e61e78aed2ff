import type { Locale } from "../config/siteConfigSchema.ts";
import type { Period, Status } from "../data/model.ts";
import { fnv1a } from "../data/slug.ts";
import type { EditionContent } from "../editions/content.ts";
import { checkDate, monthEnd } from "../feeds/dates.ts";
import { jsonChunks, mapLazily } from "./jsonChunks.ts";
import { licenseUrl } from "./licenseUrl.ts";
import { sectorFor } from "./oc4idsSector.ts";
import type { Oc4idsObservation, Oc4idsPackage, Oc4idsProject } from "./oc4idsSchema.ts";
import { STATUS_WORDS } from "../data/tableWords.ts";
import type { EditionProject } from "./projectFields.ts";

/**
 * The edition as an OC4IDS project package (Open Contracting for Infrastructure Data Standard,
 * project-level schema 0.9); `Oc4idsPackageSchema` (oc4idsSchema.ts) declares every field written
 * here and cites the codelists. Mapping from the table:
 *
 *  - id: `idPrefix` + the project's id (its slug when it has none, or when two ids would collide);
 *  - status (projectStatus): 未开工 → preparation (a key project not yet started is doing its
 *    preliminary work: approvals, land, design — OC4IDS "preparation"), 在建 → implementation,
 *    已竣工 → completion (handover and close-out; "completed" would claim close-out is done),
 *    停工 → implementation, with the suspension stated in the month's observation notes;
 *  - sector (projectSector): `sectorFor`; the category itself as an additional classification;
 *  - budget: 总投资 in yuan (万元 × 10 000), CNY;
 *  - period: 建设起止年限 (or the planned start and completion months) as whole months;
 *  - locations: the district, with a GeoJSON Point [lng, lat] when the table gives coordinates;
 *  - parties (partyRole): 责任单位 as publicAuthority (also `publicAuthority`), 业主单位 as buyer
 *    (the entity whose budget pays for the works);
 *  - metrics: financialProgress, one observation per month of the year: 1–m月完成投资 in yuan.
 */

export interface Oc4idsOptions {
  /** Where this package is published (absolute URL). */
  uri: string;
  /** The edition's publication date, "YYYY-MM-DD". */
  publishedOn: string;
  /** The programme office. */
  publisher: string;
  /** The licence from site.yaml ("CC BY 4.0") or its URL; left out of the package when unknown. */
  license: string;
  /** Page describing the publication policy (absolute URL), e.g. the about page. */
  publicationPolicy?: string;
  /** Prefix of every project id, e.g. a registered OC4IDS prefix "oc4ids-abcdef-" or the site's own. */
  idPrefix: string;
  /** UTC offset of the dates; default "+08:00" (China Standard Time). */
  utcOffset?: string;
}

/** The category as the programme names it, kept beside the OC4IDS sector. */
export const CATEGORY_SCHEME = "X-KEY-PROJECT-CATEGORY";

const STATUS: Record<Status, NonNullable<Oc4idsProject["status"]>> = {
  "not-started": "preparation",
  "under-construction": "implementation",
  completed: "completion",
  suspended: "implementation",
};

const TEXT = {
  "zh-CN": {
    metricTitle: "本年完成投资",
    metricDescription: "本年1月至各月末累计完成的投资（元）",
    range: (m: number) => (m === 1 ? "1月完成投资" : `1-${m}月完成投资`),
    plan: (wan: number) => `年度计划投资${wan}万元`,
    status: (label: string) => `项目状态：${label}`,
    join: "；",
  },
  en: {
    metricTitle: "Investment completed this year",
    metricDescription: "Investment completed from January to the end of each month (yuan)",
    range: (m: number) => (m === 1 ? "Completed in January" : `Completed January to month ${m}`),
    plan: (wan: number) => `annual plan CNY ${toYuan(wan)}`,
    status: (label: string) => `status: ${label}`,
    join: "; ",
  },
} satisfies Record<Locale, unknown>;

const EN_STATUS: Record<Status, string> = {
  "not-started": "not started",
  "under-construction": "under construction",
  completed: "completed",
  suspended: "suspended",
};

/** 万元 to yuan, to the fen. */
export function toYuan(wan: number): number {
  return Math.round(wan * 1_000_000) / 100;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function startOf(year: number, month: number | null, offset: string): string {
  return `${year}-${pad(month ?? 1)}-01T00:00:00${offset}`;
}

function endOf(year: number, month: number | null, offset: string): string {
  return `${monthEnd(`${year}-${pad(month ?? 12)}`)}T23:59:59${offset}`;
}

function periodOf(p: EditionProject, offset: string): Oc4idsProject["period"] {
  const period: Period | null = p.period;
  if (period !== null) return { startDate: startOf(period.startYear, period.startMonth, offset), endDate: endOf(period.endYear, period.endMonth, offset) };
  if (p.plannedStart !== null && p.plannedEnd !== null) {
    const [sy, sm] = p.plannedStart.split("-").map(Number) as [number, number];
    const [ey, em] = p.plannedEnd.split("-").map(Number) as [number, number];
    return { startDate: startOf(sy, sm, offset), endDate: endOf(ey, em, offset) };
  }
  return undefined;
}

/** A party id that stays the same for the same organisation name across projects and editions. */
function partyId(name: string): string {
  return `org-${fnv1a(name)}`;
}

function partiesOf(p: EditionProject): Pick<Oc4idsProject, "parties" | "publicAuthority"> {
  const parties: NonNullable<Oc4idsProject["parties"]> = [];
  const lead = p.leadDepartment?.trim() || null;
  const owner = p.owner?.trim() || null;
  if (lead !== null) parties.push({ id: partyId(lead), name: lead, roles: lead === owner ? ["publicAuthority", "buyer"] : ["publicAuthority"] });
  if (owner !== null && owner !== lead) parties.push({ id: partyId(owner), name: owner, roles: ["buyer"] });
  return {
    ...(parties.length > 0 ? { parties } : {}),
    ...(lead !== null ? { publicAuthority: { id: partyId(lead), name: lead } } : {}),
  };
}

function observations(p: EditionProject, content: EditionContent, offset: string): Oc4idsObservation[] {
  const text = TEXT[content.locale];
  const history = [...(content.history.projects[p.key] ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Oc4idsObservation[] = [];
  for (const [month, ytd, plan] of history) {
    if (ytd === null || !Number.isFinite(ytd)) continue;
    const year = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    const notes = [text.range(m)];
    if (plan !== null && Number.isFinite(plan)) notes.push(text.plan(plan));
    if (month === content.month && p.status !== null) notes.push(text.status(content.locale === "en" ? EN_STATUS[p.status] : STATUS_WORDS[p.status]));
    out.push({
      id: month,
      period: { startDate: startOf(year, 1, offset), endDate: endOf(year, m, offset) },
      value: { amount: toYuan(ytd), currency: "CNY" },
      notes: notes.join(text.join),
    });
  }
  return out;
}

function project(p: EditionProject, id: string, content: EditionContent, offset: string): Oc4idsProject {
  const text = TEXT[content.locale];
  const sector = sectorFor(p.category, p.name);
  const period = periodOf(p, offset);
  const { longitude: lng, latitude: lat } = p;
  const point: [number, number] | null = lng !== null && lat !== null && Math.abs(lng) <= 180 && Math.abs(lat) <= 90 ? [lng, lat] : null;
  const obs = observations(p, content, offset);
  return {
    id,
    title: p.name,
    ...(p.content?.trim() ? { description: p.content } : {}),
    ...(p.status !== null ? { status: STATUS[p.status] } : {}),
    ...(sector.length > 0 ? { sector } : {}),
    ...(p.category !== null ? { additionalClassifications: [{ scheme: CATEGORY_SCHEME, id: p.category, description: p.category }] } : {}),
    ...(p.totalInvestment !== null ? { budget: { amount: { amount: toYuan(p.totalInvestment), currency: "CNY" as const } } } : {}),
    ...(period ? { period } : {}),
    locations: [
      {
        id: "1",
        description: p.district,
        ...(point ? { geometry: { type: "Point" as const, coordinates: point } } : {}),
      },
    ],
    ...partiesOf(p),
    ...(obs.length > 0 ? { metrics: [{ id: "financialProgress" as const, title: text.metricTitle, description: text.metricDescription, observations: obs }] } : {}),
  };
}

/** Project ids: prefix + id (or slug); a repeat falls back to the slug, then to a counter. */
function projectIds(projects: readonly EditionProject[], prefix: string): string[] {
  const used = new Set<string>();
  return projects.map((p) => {
    let id = `${prefix}${p.id?.trim() || p.slug}`;
    if (used.has(id)) id = `${prefix}${p.slug}`;
    for (let i = 2; used.has(id); i++) id = `${prefix}${p.slug}-${i}`;
    used.add(id);
    return id;
  });
}

/** The OC4IDS package of one edition: every project of its table, in the table's order. */
export function oc4idsPackage(content: EditionContent, options: Oc4idsOptions): Oc4idsPackage {
  const { head, projects } = packageParts(content, options);
  return { ...head, projects: [...projects] };
}

/** The package without its projects, and its projects made one at a time. */
function packageParts(content: EditionContent, options: Oc4idsOptions): { head: Omit<Oc4idsPackage, "projects">; projects: Iterable<Oc4idsProject> } {
  const offset = options.utcOffset ?? "+08:00";
  const ids = projectIds(content.projects, options.idPrefix);
  const license = licenseUrl(options.license);
  const head = {
    version: "0.9" as const,
    uri: options.uri,
    publishedDate: `${checkDate(options.publishedOn)}T00:00:00${offset}`,
    publisher: { name: options.publisher },
    ...(license !== null ? { license } : {}),
    ...(options.publicationPolicy ? { publicationPolicy: options.publicationPolicy } : {}),
  };
  return { head, projects: mapLazily(content.projects, (p, i) => project(p, ids[i]!, content, offset)) };
}

/** `oc4idsJson(oc4idsPackage(content, options))` in pieces, a project at a time (see jsonChunks). */
export function* oc4idsJsonChunks(content: EditionContent, options: Oc4idsOptions): Generator<string> {
  const { head, projects } = packageParts(content, options);
  yield* jsonChunks(head, "projects", projects);
  yield "\n";
}

/** The package as JSON text (2-space indent, keys in the order above, final newline). */
export function oc4idsJson(pkg: Oc4idsPackage): string {
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
