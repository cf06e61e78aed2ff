import type { Locale } from "../config/siteConfigSchema.ts";
import { formatFor, formatPercent } from "../i18n/format/index.ts";
import { NARRATIVE } from "../i18n/narrative.ts";
import type { ProjectWarning } from "../rank/warnings.ts";

/** Why a project carries a warning, in one language, from the numbers the warning holds. */
export function warningReason(w: ProjectWarning, locale: Locale): string {
  const f = formatFor(locale);
  const words = NARRATIVE[locale];
  switch (w.kind) {
    case "behind":
      if (w.numbers.scheduled !== undefined)
        return words.warningBehindSchedule({
          level: w.level,
          plan: f.money(w.numbers.annualPlan),
          ytd: f.money(w.numbers.ytdCompleted),
          scheduled: f.money(w.numbers.scheduled),
          points: f.points(w.numbers.gap),
        });
      return words.warningBehind({
        level: w.level,
        plan: f.money(w.numbers.annualPlan),
        ytd: f.money(w.numbers.ytdCompleted),
        rate: formatPercent(w.numbers.completionRate),
        timeProgress: formatPercent(w.numbers.timeProgress),
        points: f.points(w.numbers.gap),
      });
    case "late-start":
      return words.warningLateStart({ plannedStart: f.month(w.numbers.plannedStart), month: f.month(w.month), months: f.count(w.numbers.monthsLate) });
    case "stalled": {
      const { months, ytdCompleted } = w.numbers;
      return words.warningStalled({
        // The window is this month and the `stalledMonths` before it.
        months: f.count(months.length - 1),
        from: f.month(months[0] ?? w.month),
        to: f.month(months.at(-1) ?? w.month),
        ytdFrom: f.money(ytdCompleted[0] ?? null),
        ytdTo: f.money(ytdCompleted.at(-1) ?? null),
      });
    }
  }
}

/** A warning with its reason in each language, as an edition publishes it (the key order is the records'). */
export type ReasonedWarning = ProjectWarning & { reason: Record<Locale, string> };

export function withReason(w: ProjectWarning): ReasonedWarning {
  const { month, key, name, district, level } = w;
  const reason = { "zh-CN": warningReason(w, "zh-CN"), en: warningReason(w, "en") };
  return { month, key, name, district, level, reason, kind: w.kind, numbers: w.numbers } as ReasonedWarning;
}
