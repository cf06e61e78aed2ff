import type { Locale } from "../config/siteConfigSchema.ts";
import type { Month } from "../data/model.ts";
import { NARRATIVE } from "../i18n/narrative.ts";
import type { ScopeIndicators, ScopeResult } from "../indicators/types.ts";
import type { ProjectWarning } from "../rank/warnings.ts";
import { formatCount, formatMoney, formatMonth, formatPercent, formatPoints, pointsDirection } from "./format.ts";

/** "2026年6月底" / "June 2026": the date a paragraph speaks of. */
export function asOf(month: Month, locale: Locale): string {
  return NARRATIVE[locale].asOf(formatMonth(month, locale));
}

/** A signed fraction as a direction and an unsigned points figure. */
export function signed(fraction: number, locale: Locale) {
  return { direction: pointsDirection(fraction), points: formatPoints(fraction, locale) };
}

/** Investment against plan and time progress, with the change of the completion rate. */
export function progressSentence(scope: ScopeResult, scopeName: string | null, locale: Locale): string {
  const t = NARRATIVE[locale];
  const i = scope.indicators;
  const when = asOf(i.month, locale);
  if (i.projects === 0) return t.noProjects({ asOf: when, scope: scopeName });
  const projects = formatCount(i.projects, locale);
  const ytd = formatMoney(i.ytdCompleted, locale);
  if (i.completionRate === null || i.gap === null) {
    return t.progressWithoutPlan({ asOf: when, scope: scopeName, projects, ytd });
  }
  const change = scope.change.completionRate;
  return t.progress({
    asOf: when,
    scope: scopeName,
    projects,
    ytd,
    plan: formatMoney(i.annualPlan, locale),
    rate: formatPercent(i.completionRate),
    gap: signed(i.gap, locale),
    change: change === null ? null : signed(change, locale),
  });
}

/** Starts, finishes and reserve conversion in one sentence. */
export function countsSentence(i: ScopeIndicators, locale: Locale): string {
  const t = NARRATIVE[locale];
  const figures = (planned: number, done: number, rate: number | null) =>
    planned === 0 ? null : { planned: formatCount(planned, locale), done: formatCount(done, locale), rate: formatPercent(rate) };
  return t.countsSentence([
    t.starts(figures(i.newProjects, i.newStarted, i.startRate)),
    t.finishes(figures(i.finishPlanned, i.finished, i.finishRate)),
    t.reserve(figures(i.reserveProjects, i.reserveStarted, i.reserveConversion)),
  ]);
}

/** Private investment's share of the plan, or "" when no project says. */
export function privateSentence(i: ScopeIndicators, locale: Locale): string {
  if (i.privateShareByPlan === null) return "";
  return NARRATIVE[locale].privateShare({
    projects: formatCount(i.privateProjects, locale),
    share: formatPercent(i.privateShareByPlan),
  });
}

/** How many projects carry a warning, by their worst level. */
export function warningsSentence(warnings: readonly ProjectWarning[], locale: Locale): string {
  const worst = new Map<string, "red" | "yellow">();
  for (const w of warnings) if (worst.get(w.key) !== "red") worst.set(w.key, w.level);
  if (worst.size === 0) return NARRATIVE[locale].warnings(null);
  const red = [...worst.values()].filter((l) => l === "red").length;
  return NARRATIVE[locale].warnings({
    projects: formatCount(worst.size, locale),
    red: formatCount(red, locale),
    yellow: formatCount(worst.size - red, locale),
  });
}

/** Join sentences: no space in Chinese, one space in English. */
export function joinSentences(sentences: readonly string[], locale: Locale): string {
  return sentences.filter((s) => s !== "").join(locale === "en" ? " " : "");
}
