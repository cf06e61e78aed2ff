import type { Locale } from "../config/siteConfigSchema.ts";
import type { Month } from "../data/model.ts";
import { NARRATIVE } from "../i18n/narrative.ts";
import type { ScopeIndicators, ScopeResult } from "../indicators/types.ts";
import type { ProjectWarning } from "../rank/warnings.ts";
import { formatFor, formatPercent, pointsDirection } from "../i18n/format/index.ts";

/** "2026年6月底" / "June 2026": the date a paragraph speaks of. */
export function asOf(month: Month, locale: Locale): string {
  return NARRATIVE[locale].asOf(formatFor(locale).month(month));
}

/** A signed fraction as a direction and an unsigned points figure. */
export function signed(fraction: number, locale: Locale) {
  return { direction: pointsDirection(fraction), points: formatFor(locale).points(fraction) };
}

/** Investment against plan and time progress, with the change of the completion rate. */
export function progressSentence(scope: ScopeResult, scopeName: string | null, locale: Locale): string {
  const t = NARRATIVE[locale];
  const i = scope.indicators;
  const when = asOf(i.month, locale);
  if (i.projects === 0) return t.noProjects({ asOf: when, scope: scopeName });
  const projects = formatFor(locale).count(i.projects);
  const ytd = formatFor(locale).money(i.ytdCompleted);
  if (i.completionRate === null || i.gap === null) {
    return t.progressWithoutPlan({ asOf: when, scope: scopeName, projects, ytd });
  }
  const change = scope.change.completionRate;
  return t.progress({
    asOf: when,
    scope: scopeName,
    projects,
    ytd,
    plan: formatFor(locale).money(i.annualPlan),
    rate: formatPercent(i.completionRate),
    gap: signed(i.gap, locale),
    change: change === null ? null : signed(change, locale),
  });
}

/** Starts, finishes and reserve conversion in one sentence. */
export function countsSentence(i: ScopeIndicators, locale: Locale): string {
  const t = NARRATIVE[locale];
  const figures = (planned: number, done: number, rate: number | null) =>
    planned === 0 ? null : { planned: formatFor(locale).count(planned), done: formatFor(locale).count(done), rate: formatPercent(rate) };
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
    projects: formatFor(locale).count(i.privateProjects),
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
    projects: formatFor(locale).count(worst.size),
    red: formatFor(locale).count(red),
    yellow: formatFor(locale).count(worst.size - red),
  });
}

/** Join sentences: no space in Chinese, one space in English. */
export function joinSentences(sentences: readonly string[], locale: Locale): string {
  return sentences.filter((s) => s !== "").join(locale === "en" ? " " : "");
}
