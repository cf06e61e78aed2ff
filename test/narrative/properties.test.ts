import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SiteConfigSchema } from "../../src/lib/config/siteConfigSchema.ts";
import type { Locale } from "../../src/lib/config/siteConfigSchema.ts";
import type { Programme } from "../../src/lib/data/model.ts";
import { INDICATORS, monthNumber, yearOf } from "../../src/lib/indicators/index.ts";
import type { ScopeResult } from "../../src/lib/indicators/index.ts";
import { districtParagraph, programmeParagraph, projectParagraph } from "../../src/lib/narrative/index.ts";
import { formatFor, formatPercent, formatScore } from "../../src/lib/i18n/format/index.ts";
import { computeAll } from "../../src/lib/rank/index.ts";
import type { MonthComputed } from "../../src/lib/rank/index.ts";
import { arbitraryProgramme } from "../helpers/state.ts";

const config = SiteConfigSchema.parse({});
const ids = (display: string) => INDICATORS.filter((d) => d.display === display).map((d) => d.id);
const MONEY = ids("money");
const PERCENT = ids("percent");
const COUNTS = ids("count");

/** The formatted values a month's paragraphs may contain, by kind. */
function allowed(m: MonthComputed, programme: Programme, locale: Locale) {
  const money = new Set<string>();
  const percent = new Set<string>();
  const points = new Set<string>();
  const scores = new Set<string>();
  const integers = new Set<string>();
  const int = (n: number) => integers.add(formatFor(locale).count(n));
  const monthParts = (month: string) => {
    integers.add(String(yearOf(month))); // years are never grouped ("2026", not "2,026")
    integers.add(String(monthNumber(month)));
  };
  const scope = (s: ScopeResult) => {
    const i = s.indicators as unknown as Record<string, number | null>;
    for (const id of MONEY) money.add(formatFor(locale).money(i[id] ?? null));
    for (const id of PERCENT) percent.add(formatPercent(i[id] ?? null));
    for (const id of COUNTS) int(i[id] ?? 0);
    points.add(formatFor(locale).points(s.indicators.gap));
    points.add(formatFor(locale).points(s.change.completionRate));
  };
  scope(m.programme);
  m.districts.forEach(scope);
  monthParts(m.month);
  int(m.board.entries.length);
  for (const e of m.board.entries) {
    scores.add(formatScore(e.score));
    int(e.rank);
    if (e.rankChange !== null) int(Math.abs(e.rankChange));
  }
  int(m.projectBoard.length);
  for (const p of m.projectBoard) int(p.rank);
  // warning counts by project, overall and per district
  const groups = [m.warnings, ...m.districts.map((d) => m.warnings.filter((w) => w.district === d.name))];
  for (const list of groups) {
    const keys = new Set(list.map((w) => w.key));
    const red = new Set(list.filter((w) => w.level === "red").map((w) => w.key));
    int(keys.size);
    int(red.size);
    int(keys.size - red.size);
  }
  for (const w of m.warnings) {
    if (w.kind === "behind") {
      money.add(formatFor(locale).money(w.numbers.annualPlan));
      money.add(formatFor(locale).money(w.numbers.ytdCompleted));
      percent.add(formatPercent(w.numbers.completionRate));
      percent.add(formatPercent(w.numbers.timeProgress));
      points.add(formatFor(locale).points(w.numbers.gap));
    } else if (w.kind === "late-start") {
      int(w.numbers.monthsLate);
      monthParts(w.numbers.plannedStart);
    } else {
      int(config.warnings.stalledMonths);
      w.numbers.months.forEach(monthParts);
      for (const v of w.numbers.ytdCompleted) money.add(formatFor(locale).money(v));
    }
  }
  for (const s of programme.snapshots.find((x) => x.month === m.month)?.states ?? []) {
    money.add(formatFor(locale).money(s.annualPlan));
    money.add(formatFor(locale).money(s.ytdCompleted ?? 0));
    if (s.annualPlan !== null && s.annualPlan > 0 && s.ytdCompleted !== null) {
      percent.add(formatPercent(s.ytdCompleted / s.annualPlan));
      points.add(formatFor(locale).points(s.ytdCompleted / s.annualPlan - monthNumber(m.month) / 12));
    }
  }
  return { money, percent, points, scores, integers };
}

const PATTERNS: Record<Locale, Array<[kind: "money" | "percent" | "points" | "scores", pattern: RegExp]>> = {
  "zh-CN": [
    ["money", /-?\d+(?:\.\d+)?(?:亿元|万元)/g],
    ["points", /\d+\.\d个百分点/g],
    ["percent", /-?\d+\.\d%/g],
    ["scores", /(?<=综合得分)\d+\.\d(?=分)/g],
  ],
  en: [
    ["money", /RMB -?[\d,]+(?:\.\d+)? million/g],
    ["points", /\d+\.\d percentage points/g],
    ["percent", /-?\d+\.\d%/g],
    ["scores", /(?<=scored )\d+\.\d/g],
  ],
};

/** Every figure of a text: each must be one of the formatted computed values of its kind. */
function checkFigures(text: string, sets: ReturnType<typeof allowed>, locale: Locale): void {
  let rest = text;
  for (const [kind, pattern] of PATTERNS[locale]) {
    for (const token of rest.match(pattern) ?? []) {
      if (!sets[kind].has(token)) throw new Error(`${kind} “${token}” is not a computed value in: ${text}`);
    }
    rest = rest.replace(pattern, " ");
  }
  for (const token of rest.match(/\d{1,3}(?:,\d{3})+(?!\d)|\d+/g) ?? []) {
    if (!sets.integers.has(token)) throw new Error(`“${token}” is not a computed value in: ${text}`);
  }
}

/** Parse a formatted amount back to 万元. */
function parseMoney(s: string): number {
  const en = /^RMB (-?[\d,.]+) million$/.exec(s);
  if (en) return Number(en[1]?.replace(/,/g, "")) * 100;
  const zh = /^(-?[\d.]+)(亿元|万元)$/.exec(s);
  if (zh) return Number(zh[1]) * (zh[2] === "亿元" ? 10000 : 1);
  throw new Error(s);
}

describe("narrative (properties, seed 42)", () => {
  it("every number in every paragraph is a computed value, formatted", () => {
    fc.assert(
      fc.property(arbitraryProgramme(25), (programme) => {
        for (const m of computeAll(programme, config).months) {
          for (const locale of ["zh-CN", "en"] as const) {
            const sets = allowed(m, programme, locale);
            checkFigures(programmeParagraph(m, locale), sets, locale);
            for (const d of m.districts) checkFigures(districtParagraph(m, d.name ?? "", locale) ?? "", sets, locale);
            for (const s of programme.snapshots.find((x) => x.month === m.month)?.states ?? []) {
              checkFigures(projectParagraph(s, m, locale), sets, locale);
            }
          }
        }
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it("programmeParagraph(month) states the programme's investment, plan and rate, parsed back", () => {
    fc.assert(
      fc.property(arbitraryProgramme(25), (programme) => {
        for (const m of computeAll(programme, config).months) {
          const i = m.programme.indicators;
          const text = programmeParagraph(m, "zh-CN");
          const lead = /完成投资([^，]+)，占年度计划([^，]+)的(-?[\d.]+)%/.exec(text);
          if (i.completionRate === null) {
            expect(lead).toBeNull();
            continue;
          }
          expect(lead).not.toBeNull();
          const [, ytd = "", plan = "", rate = ""] = lead ?? [];
          // equal to the formatted computed value, and within the display's rounding of the exact one
          expect(ytd).toBe(formatFor("zh-CN").money(i.ytdCompleted));
          expect(plan).toBe(formatFor("zh-CN").money(i.annualPlan));
          expect(Math.abs(parseMoney(ytd) - i.ytdCompleted)).toBeLessThanOrEqual(50.0001);
          expect(Math.abs(parseMoney(plan) - i.annualPlan)).toBeLessThanOrEqual(50.0001);
          expect(Math.abs(Number(rate) / 100 - i.completionRate)).toBeLessThanOrEqual(0.0005 + 1e-12);
          const en = /had invested (RMB [^,]+(?:,\d{3})* million)/.exec(programmeParagraph(m, "en"));
          expect(en?.[1]).toBe(formatFor("en").money(i.ytdCompleted));
        }
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});
