import { z } from "zod";

/**
 * The schema of `data/site.yaml`. Every key is optional: a folder holding only
 * `snapshots/*.csv` builds with these documented defaults (README, "site.yaml").
 */
export const LocaleSchema = z.enum(["zh-CN", "en"]);
export type Locale = z.output<typeof LocaleSchema>;

/** Money units the snapshots may be written in; everything is stored in 万元. */
export const MoneyUnitSchema = z.enum(["元", "千元", "万元", "亿元"]);
export type MoneyUnit = z.output<typeof MoneyUnitSchema>;

export const DistrictEntrySchema = z.union([
  z.string().min(1),
  z.object({
    /** Name as written in the snapshots' district column. */
    name: z.string().min(1),
    /** Optional administrative code, used for stable URLs and maps. */
    code: z.string().min(1).optional(),
    /** Other spellings found in the tables (e.g. 高新区 for 高新技术开发区). */
    aliases: z.array(z.string().min(1)).default([]),
  }),
]);

export const RankingSchema = z
  .object({
    /** Weights of the composite district score (they need not sum to 100; they are normalised). */
    weights: z
      .object({
        /** Completion rate against time progress (annual completion rate − m/12). */
        gap: z.number().min(0).default(50),
        /** Start rate of projects planned to start this year. */
        startRate: z.number().min(0).default(30),
        /** Completion rate of projects planned to finish this year. */
        finishRate: z.number().min(0).default(20),
      })
      .strict()
      .default({ gap: 50, startRate: 30, finishRate: 20 }),
    /** Red flags (红旗) for the top N districts each month. */
    redFlags: z.number().int().min(0).default(3),
    /** Yellow flags (黄旗) for the bottom M districts each month. */
    yellowFlags: z.number().int().min(0).default(2),
    /** How many entries the leaders (一马当先榜) and risers (奋起直追榜) boards show. */
    boardSize: z.number().int().min(1).default(5),
  })
  .strict();

/**
 * The lead-department board (责任单位排名榜, 五个一): ranked like the district board, with the same
 * composite score and weights (`ranking.weights`) and its own flag counts.
 */
export const DepartmentsSchema = z
  .object({
    /** Red flags (红旗) for the top N lead departments each month. */
    redFlags: z.number().int().min(0).default(3),
    /** Yellow flags (黄旗) for the bottom M lead departments each month. */
    yellowFlags: z.number().int().min(0).default(2),
    /**
     * Lead departments with fewer projects than this in a month are listed beside the board but not
     * ranked. The default 1 ranks every department with a project, as districts are; an office whose
     * table names many departments with one or two projects each may raise it, so that a single
     * project does not decide a department's place (and set the scale for all the others).
     */
    minProjects: z.number().int().min(1).default(1),
  })
  .strict();

export const WarningsSchema = z
  .object({
    /** Yellow warning when a project is at least this many points behind time progress. */
    yellowBehindPoints: z.number().min(0).default(10),
    /** Red warning when a project is more than this many points behind time progress. */
    redBehindPoints: z.number().min(0).default(30),
    /** Red warning when a 新开工 project has not started this many months after its planned start. */
    lateStartMonths: z.number().int().min(1).default(3),
    /** Stalled when year-to-date investment has not grown for this many months. */
    stalledMonths: z.number().int().min(1).default(2),
    /**
     * What a project is behind: `time-progress` (m ÷ 12, the default) or `own-schedule`, its own
     * planned investment to date when the table gives it (1-10月计划投资, 序时计划), else time progress.
     */
    against: z.enum(["time-progress", "own-schedule"]).default("time-progress"),
  })
  .strict()
  .refine((w) => w.redBehindPoints >= w.yellowBehindPoints, {
    message: "redBehindPoints must be at least yellowBehindPoints",
    path: ["redBehindPoints"],
  });

export const SiteConfigSchema = z
  .object({
    /** Site title; defaults to the snapshots' title row, then to the data folder's name. */
    title: z.string().min(1).optional(),
    /** Region name (e.g. 云溪市); defaults to the one read from the title row. */
    region: z.string().min(1).optional(),
    /** Publisher: the programme office. */
    publisher: z.string().min(1).optional(),
    /** Contact line shown on the about page. */
    contact: z.string().min(1).optional(),
    /** Licence of the open data. */
    license: z.string().min(1).default("CC BY 4.0"),
    /** Absolute base URL of the deployed site, used for canonical and card URLs. */
    baseUrl: z.url().default("https://example.org"),
    /** Sub-path the site is served from ("/" or "/journal/"). */
    basePath: z
      .string()
      .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, "must start and end with '/' (e.g. / or /journal/)")
      .default("/"),
    locale: LocaleSchema.default("zh-CN"),
    /** Unit of the amounts when neither the header nor a unit row says it. */
    moneyUnit: MoneyUnitSchema.default("万元"),
    /** Display order of districts; districts found in the data but not listed are appended. */
    districts: z.array(DistrictEntrySchema).default([]),
    /** Category vocabulary, in display order; categories found in the data are appended. */
    categories: z.array(z.string().min(1)).default([]),
    ranking: RankingSchema.default({
      weights: { gap: 50, startRate: 30, finishRate: 20 },
      redFlags: 3,
      yellowFlags: 2,
      boardSize: 5,
    }),
    departments: DepartmentsSchema.default({ redFlags: 3, yellowFlags: 2, minProjects: 1 }),
    warnings: WarningsSchema.default({
      yellowBehindPoints: 10,
      redBehindPoints: 30,
      lateStartMonths: 3,
      stalledMonths: 2,
      against: "time-progress",
    }),
    /**
     * The worksheet to read in each workbook snapshot (.xlsx, .xls, .et): its name, or its
     * position from 1. By default the sheet whose header is recognised is read.
     */
    sheet: z.union([z.string().min(1), z.number().int().min(1)]).optional(),
    /** Whether a 合计 row that disagrees with the sum of its rows stops the build. */
    totalsMismatch: z.enum(["error", "warning"]).default("warning"),
    /**
     * Extra header names, mapped to a field, for headers the built-in aliases do not know:
     * `{ "投资计划（本年）": "annualPlan" }`.
     */
    columns: z.record(z.string().min(1), z.string().min(1)).default({}),
  })
  .strict();

export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type SiteConfig = z.output<typeof SiteConfigSchema>;
export type DistrictEntry = z.output<typeof DistrictEntrySchema>;
