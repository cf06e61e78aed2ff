import { z } from "zod";

/**
 * The OC4IDS project package we publish: exactly the fields `oc4idsPackage` writes, from the
 * Open Contracting for Infrastructure Data Standard, project-level schema 0.9
 * (project-package-schema.json and project-schema.json). Objects are strict, so a field the
 * builder starts writing must be declared here first.
 *
 * Codelists used (OC4IDS 0.9, schema/project-level/codelists/):
 *  - projectStatus (closed): identification, preparation, implementation, completion, completed, cancelled;
 *  - projectSector (open): only codes present in the codelist, see `SECTOR_CODES`;
 *  - partyRole (open): publicAuthority (an OC4IDS addition) and buyer (from OCDS);
 *  - metricID: financialProgress;
 *  - currency (ISO 4217): CNY; geometryType (GeoJSON): Point.
 */

export const PROJECT_STATUS_CODES = ["identification", "preparation", "implementation", "completion", "completed", "cancelled"] as const;

/** The projectSector codes the sector mapping may produce (all in the 0.9 codelist). */
export const SECTOR_CODES = [
  "cultureSportsAndRecreation",
  "communications",
  "economy",
  "education",
  "energy",
  "energy.hydropower",
  "energy.solar",
  "energy.wind",
  "governance",
  "health",
  "socialHousing",
  "transport",
  "transport.air",
  "transport.rail",
  "transport.road",
  "transport.urban",
  "transport.water",
  "waterAndWaste",
] as const;
export type SectorCode = (typeof SECTOR_CODES)[number];

export const PARTY_ROLE_CODES = ["publicAuthority", "buyer"] as const;

/** RFC 3339 date-time with an offset, as OCDS dates are written. */
const DateTime = z.iso.datetime({ offset: true });
const Url = z.url({ protocol: /^https?$/ });

const Value = z.strictObject({ amount: z.number(), currency: z.literal("CNY") });
const Period = z.strictObject({ startDate: DateTime, endDate: DateTime });
const OrganizationReference = z.strictObject({ id: z.string().min(1), name: z.string().min(1) });

export const Oc4idsObservationSchema = z.strictObject({
  id: z.string().min(1),
  period: Period,
  value: Value,
  notes: z.string().min(1).optional(),
});

export const Oc4idsMetricSchema = z.strictObject({
  id: z.literal("financialProgress"),
  title: z.string().min(1),
  description: z.string().min(1),
  observations: z.array(Oc4idsObservationSchema),
});

export const Oc4idsLocationSchema = z.strictObject({
  id: z.string().min(1),
  description: z.string().min(1),
  geometry: z
    .strictObject({
      type: z.literal("Point"),
      /** GeoJSON order: [longitude, latitude]. */
      coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    })
    .optional(),
});

export const Oc4idsPartySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  roles: z.array(z.enum(PARTY_ROLE_CODES)).min(1),
});

export const Oc4idsClassificationSchema = z.strictObject({
  scheme: z.string().min(1),
  id: z.string().min(1),
  description: z.string().min(1),
});

export const Oc4idsProjectSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  status: z.enum(PROJECT_STATUS_CODES).optional(),
  sector: z.array(z.enum(SECTOR_CODES)).min(1).optional(),
  additionalClassifications: z.array(Oc4idsClassificationSchema).min(1).optional(),
  budget: z.strictObject({ amount: Value }).optional(),
  period: Period.optional(),
  locations: z.array(Oc4idsLocationSchema).min(1),
  parties: z.array(Oc4idsPartySchema).optional(),
  publicAuthority: OrganizationReference.optional(),
  metrics: z.array(Oc4idsMetricSchema).optional(),
});

export const Oc4idsPackageSchema = z
  .strictObject({
    version: z.literal("0.9"),
    uri: Url,
    publishedDate: DateTime,
    publisher: z.strictObject({ name: z.string().min(1) }),
    license: Url.optional(),
    publicationPolicy: Url.optional(),
    projects: z.array(Oc4idsProjectSchema),
  })
  .superRefine((pkg, ctx) => {
    const seen = new Set<string>();
    pkg.projects.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: "custom", message: `duplicate project id "${p.id}"`, path: ["projects", i, "id"] });
      seen.add(p.id);
      const parties = new Set(p.parties?.map((x) => x.id));
      if (p.publicAuthority && !parties.has(p.publicAuthority.id))
        ctx.addIssue({ code: "custom", message: "publicAuthority must refer to a party", path: ["projects", i, "publicAuthority"] });
    });
  });

export type Oc4idsPackage = z.output<typeof Oc4idsPackageSchema>;
export type Oc4idsProject = z.output<typeof Oc4idsProjectSchema>;
export type Oc4idsObservation = z.output<typeof Oc4idsObservationSchema>;
