import type { Month } from "../data/model.ts";
import { yearOf } from "../indicators/month.ts";
import { hasStarted, isFinished } from "../indicators/predicates.ts";
import type { EditionContent } from "./content.ts";
import type { WarningLevel } from "../rank/warnings.ts";
import { DIFF_INDICATORS, type ChangedProject, type DiffIndicator, type EditionChanges, type FlagChange, type IndicatorMove, type RankMove, type WarningChange } from "./changes.ts";

const ref = (p: { key: string; name: string; district: string; slug?: string }, slugOf: Map<string, string>): ChangedProject => ({
  key: p.key,
  slug: p.slug ?? slugOf.get(p.key) ?? "",
  name: p.name,
  district: p.district,
});

/** The indicators that count from January: their change across a new year means nothing. */
const ANNUAL: ReadonlySet<DiffIndicator> = new Set(["completionRate", "gap", "startRate", "finishRate", "reserveConversion", "ytdCompleted", "annualPlan"]);

/**
 * What changed from `prev` to `cur` (both an edition's content). With `prev` null (the first
 * edition) there is nothing to compare: every list is empty and no indicator has a change.
 * Lists keep the current edition's order (board order for ranks and flags, table order for
 * projects, warning order for warnings); removed projects keep the previous table's order.
 */
export function diffEditions(prev: EditionContent | null, cur: EditionContent): EditionChanges {
  const slugOf = new Map<string, string>([...(prev?.projects ?? []), ...cur.projects].map((p) => [p.key, p.slug]));
  const before = new Map((prev?.projects ?? []).map((p) => [p.key, p]));
  const now = new Map(cur.projects.map((p) => [p.key, p]));

  const added = cur.projects.filter((p) => !before.has(p.key)).map((p) => ref(p, slugOf));
  const removed = (prev?.projects ?? []).filter((p) => !now.has(p.key)).map((p) => ref(p, slugOf));
  const started: ChangedProject[] = [];
  const finished: ChangedProject[] = [];
  for (const p of cur.projects) {
    const q = before.get(p.key);
    if (q === undefined) continue;
    // The shared predicates read an edition's row as they read a loaded state (no copy: 240,000 rows at 10,000 projects × 24 months).
    if (hasStarted(p) && !hasStarted(q)) started.push(ref(p, slugOf));
    if (isFinished(p) && !isFinished(q)) finished.push(ref(p, slugOf));
  }

  const prevBoard = new Map((prev?.computed.board.entries ?? []).map((e) => [e.name, e]));
  const curBoard = new Map(cur.computed.board.entries.map((e) => [e.name, e]));
  const districts = [...cur.computed.board.entries.map((e) => e.name), ...[...prevBoard.keys()].filter((n) => !curBoard.has(n))];
  const flags: FlagChange[] = [];
  const ranks: RankMove[] = [];
  if (prev !== null) {
    for (const district of districts) {
      const a = prevBoard.get(district) ?? null;
      const b = curBoard.get(district) ?? null;
      const from = a?.flag ?? null;
      const to = b?.flag ?? null;
      if (from !== to) flags.push({ district, from, to });
      const previousRank = a?.rank ?? null;
      const rank = b?.rank ?? null;
      if (previousRank !== rank) ranks.push({ district, previousRank, rank });
    }
  }

  const wkey = (w: { key: string; kind: string }) => `${w.key}\u0000${w.kind}`;
  const prevWarnings = new Map((prev?.computed.warnings ?? []).map((w) => [wkey(w), w]));
  const curWarnings = new Map(cur.computed.warnings.map((w) => [wkey(w), w]));
  const warning = (w: (typeof cur.computed.warnings)[number], from?: WarningLevel): WarningChange => ({
    ...ref(w, slugOf),
    kind: w.kind,
    level: w.level,
    ...(from === undefined ? {} : { from }),
  });
  const warningsRaised: WarningChange[] = [];
  const warningsLevel: WarningChange[] = [];
  for (const w of cur.computed.warnings) {
    const was = prevWarnings.get(wkey(w));
    if (was === undefined) warningsRaised.push(warning(w));
    else if (was.level !== w.level) warningsLevel.push(warning(w, was.level));
  }
  const warningsCleared = (prev?.computed.warnings ?? []).filter((w) => !curWarnings.has(wkey(w))).map((w) => warning(w));

  const sameYear = prev !== null && yearOf(prev.month) === yearOf(cur.month);
  const indicators: IndicatorMove[] = DIFF_INDICATORS.map((id) => {
    const previous = prev === null ? null : prev.computed.programme.indicators[id];
    const current = cur.computed.programme.indicators[id];
    const comparable = prev !== null && (sameYear || !ANNUAL.has(id));
    return { id, previous, current, change: comparable && previous !== null && current !== null ? current - previous : null };
  });

  return {
    month: cur.month,
    previous: prev?.month ?? null,
    sameYear,
    added: prev === null ? [] : added,
    removed,
    started,
    finished,
    flags,
    ranks,
    warningsRaised: prev === null ? [] : warningsRaised,
    warningsCleared,
    warningsLevel,
    indicators,
  };
}
