import type { Locale } from "../config/siteConfigSchema.ts";
import { NARRATIVE } from "../i18n/narrative.ts";
import type { MonthComputed } from "../rank/computeAll.ts";
import { formatFor, formatScore } from "../i18n/format/index.ts";
import { countsSentence, joinSentences, progressSentence, warningsSentence } from "./sentences.ts";

/**
 * One district's paragraph for the month: investment against plan and time progress, its place on
 * the board (score, rank, change, flag), starts and finishes, warnings. Null for an unknown district.
 */
export function districtParagraph(m: MonthComputed, district: string, locale: Locale): string | null {
  const scope = m.districts.find((d) => d.name === district);
  if (scope === undefined) return null;
  if (scope.indicators.projects === 0) return progressSentence(scope, district, locale);
  const entry = m.board.entries.find((e) => e.name === district);
  const rank =
    entry === undefined
      ? ""
      : NARRATIVE[locale].rank({
          score: formatScore(entry.score),
          rank: formatFor(locale).count(entry.rank),
          of: formatFor(locale).count(m.board.entries.length),
          change:
            entry.rankChange === null
              ? null
              : {
                  direction: entry.rankChange > 0 ? 1 : entry.rankChange < 0 ? -1 : 0,
                  places: formatFor(locale).count(Math.abs(entry.rankChange)),
                },
          flag: entry.flag,
        });
  return joinSentences(
    [
      progressSentence(scope, district, locale),
      rank,
      countsSentence(scope.indicators, locale),
      warningsSentence(
        m.warnings.filter((w) => w.district === district),
        locale,
      ),
    ],
    locale,
  );
}
