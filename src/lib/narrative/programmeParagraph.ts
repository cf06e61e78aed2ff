import type { Locale } from "../config/siteConfigSchema.ts";
import { NARRATIVE } from "../i18n/narrative.ts";
import type { MonthComputed } from "../rank/computeAll.ts";
import { countsSentence, joinSentences, privateSentence, progressSentence, warningsSentence } from "./sentences.ts";

/**
 * The month's 通报 paragraph for the whole programme: investment against plan and time progress,
 * starts, finishes and reserve conversion, private investment, flags, warnings. Every figure comes
 * from `m`; the region name comes from the programme (全市 / "the programme" when unknown).
 */
export function programmeParagraph(m: MonthComputed, locale: Locale): string {
  const t = NARRATIVE[locale];
  const region = m.programme.name ?? (locale === "en" ? null : t.programmeScope);
  const i = m.programme.indicators;
  if (i.projects === 0) return progressSentence(m.programme, region, locale);
  const red = m.board.entries.filter((e) => e.flag === "red").map((e) => e.name);
  const yellow = m.board.entries.filter((e) => e.flag === "yellow").map((e) => e.name);
  return joinSentences(
    [
      progressSentence(m.programme, region, locale),
      countsSentence(i, locale),
      privateSentence(i, locale),
      t.flags({ red, yellow }),
      warningsSentence(m.warnings, locale),
    ],
    locale,
  );
}
