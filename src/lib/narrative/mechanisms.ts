import type { Locale } from "../config/siteConfigSchema.ts";
import { formatFor } from "../i18n/format/index.ts";
import { NARRATIVE } from "../i18n/narrative.ts";
import type { HalfYearSummary } from "../rank/calendar.ts";
import type { LedgerCounts } from "../rank/problemTypes.ts";
import type { MonthComputed } from "../rank/computeAll.ts";
import { programmeParagraph } from "./programmeParagraph.ts";
import { joinSentences } from "./sentences.ts";

/** The problem ledger's month in one sentence: "3 problems closed this month; the oldest open one has been open 7 months". */
export function problemsSentence(c: LedgerCounts, locale: Locale): string {
  const f = formatFor(locale);
  return NARRATIVE[locale].problems({
    raised: f.count(c.raised),
    reopened: f.count(c.reopened),
    closed: f.count(c.closed),
    open: f.count(c.open),
    oldest: c.oldestMonthsOpen === null ? null : f.count(c.oldestMonthsOpen),
    none: c.open === 0 && c.closed === 0 && c.raised === 0,
  });
}

/** 半年一总结 in one sentence: the leader of June's board and its red flags over the half, the biggest risers since the year's first month, June's flags. Null without a board. */
export function halfYearSentence(s: HalfYearSummary, scope: "districts" | "departments", locale: Locale): string | null {
  const f = formatFor(locale);
  const first = s.entries[0];
  if (first === undefined) return null;
  const rise = Math.max(0, ...s.entries.map((e) => e.rankChange ?? 0));
  const risers = rise > 0 ? s.entries.filter((e) => e.rankChange === rise).map((e) => e.name) : [];
  return NARRATIVE[locale].halfYear({
    scope,
    year: String(s.year),
    first: first.name,
    firstRed: f.count(first.redFlags),
    risers,
    rise: rise > 0 ? f.count(rise) : null,
    red: s.board.entries.filter((e) => e.flag === "red").map((e) => e.name),
    yellow: s.board.entries.filter((e) => e.flag === "yellow").map((e) => e.name),
  });
}

/** The month's programme paragraph with the problem list's sentence when there is a ledger (what an edition's home page leads with). */
export function programmeNarrative(m: MonthComputed, problems: LedgerCounts | null, locale: Locale): string {
  const paragraph = programmeParagraph(m, locale);
  return problems === null ? paragraph : joinSentences([paragraph, problemsSentence(problems, locale)], locale);
}
