import type { Locale } from "../config/siteConfigSchema.ts";
import type { ProjectState } from "../data/model.ts";
import { NARRATIVE } from "../i18n/narrative.ts";
import { timeProgress } from "../indicators/timeProgress.ts";
import type { MonthComputed } from "../rank/computeAll.ts";
import { formatFor, formatPercent } from "../i18n/format/index.ts";
import { asOf, joinSentences, signed } from "./sentences.ts";
import { warningReason } from "./warningReason.ts";

/**
 * One project's paragraph for the month: plan, investment, completion against time progress, its
 * place on the project board, and its warnings (the reason of each, but
 * only the level of a behind-time-progress warning, whose figures the first sentence gives). Free text the office typed
 * (形象进度, 存在问题) is not part of it: pages show that beside the paragraph, as written.
 */
export function projectParagraph(state: ProjectState, m: MonthComputed, locale: Locale, lookup: ProjectLookup = projectLookup(m)): string {
  const t = NARRATIVE[locale];
  const who = {
    name: state.name,
    district: state.district,
    nature: state.nature === null ? null : t.nature[state.nature],
    status: state.status === null ? null : t.status[state.status],
    asOf: asOf(state.month, locale),
  };
  const ytd = formatFor(locale).money(state.ytdCompleted ?? 0);
  const entry = lookup.entries.get(state.key);
  const lead =
    state.annualPlan === null || !(state.annualPlan > 0) || state.ytdCompleted === null
      ? t.projectWithoutPlan({ ...who, ytd })
      : t.project({
          ...who,
          plan: formatFor(locale).money(state.annualPlan),
          ytd,
          rate: formatPercent(state.ytdCompleted / state.annualPlan),
          gap: signed(state.ytdCompleted / state.annualPlan - timeProgress(state.month), locale),
        });
  const rank =
    entry === undefined
      ? ""
      : t.projectRank({ rank: formatFor(locale).count(entry.rank), of: formatFor(locale).count(m.projectBoard.length) });
  // The behind warning's figures are the lead sentence's: say only its level.
  const reasons = (lookup.warnings.get(state.key) ?? []).map((w) => (w.kind === "behind" ? t.behindLevel(w.level) : warningReason(w, locale)));
  return joinSentences([lead, rank, ...reasons], locale);
}

/** A month's board entries and warnings by project key: a paragraph for each of 10,000 projects would otherwise search both lists each time. */
export interface ProjectLookup {
  entries: Map<string, MonthComputed["projectBoard"][number]>;
  warnings: Map<string, MonthComputed["warnings"]>;
}

export function projectLookup(m: MonthComputed): ProjectLookup {
  const entries = new Map(m.projectBoard.map((p) => [p.key, p]));
  const warnings = new Map<string, MonthComputed["warnings"]>();
  for (const w of m.warnings) {
    const list = warnings.get(w.key);
    if (list === undefined) warnings.set(w.key, [w]);
    else list.push(w);
  }
  return { entries, warnings };
}
