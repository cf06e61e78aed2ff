import type { ProblemItem } from "./problemItems.ts";

/**
 * When two wordings of a project's 存在问题 are the same problem.
 *
 * Two wordings are compared by their key: half-width, lower case, without spaces,
 * punctuation and symbols (`problemKey`). Equal keys are the same wording (a change of punctuation
 * alone is not a new wording). Otherwise they are the same problem, reworded, when they share at least
 * `MIN_SHARED_PAIRS` distinct pairs of adjacent characters (bigrams) and the shared pairs are at least
 * `SAME_PROBLEM` (half) of the shorter wording's pairs (the overlap coefficient). "用地手续尚未办结" →
 * "用地手续尚未办结，已报省厅审批" is an update (1.0); "受雨季影响施工进度滞后" → "资金到位不足，施工进度放缓"
 * is not (0.3: only 施工, 工进, 进度 shared).
 */

/** Shared bigrams, as a share of the shorter wording's, from which two wordings are one problem. */
export const SAME_PROBLEM = 0.5;
/** Fewest distinct shared bigrams for two different wordings to be one problem. */
export const MIN_SHARED_PAIRS = 2;

/**
 * The overlap coefficient of two keys' distinct bigrams (shared / the smaller count), 0 when they
 * share fewer than `MIN_SHARED_PAIRS`; 1 for equal keys.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const pa = pairs(a);
  const pb = pairs(b);
  let shared = 0;
  for (const p of pa) if (pb.has(p)) shared++;
  return shared < MIN_SHARED_PAIRS ? 0 : shared / Math.min(pa.size, pb.size);
}

/** Whether two keys are one problem (equal, or similar enough). */
export function sameProblem(a: string, b: string): boolean {
  return similarity(a, b) >= SAME_PROBLEM;
}

function pairs(key: string): Set<string> {
  const chars = Array.from(key);
  const out = new Set<string>();
  for (let i = 1; i < chars.length; i++) out.add(chars[i - 1]! + chars[i]!);
  return out;
}

/**
 * Pairs `[item, candidate]` of items matched to candidate problems, each used once. A candidate is
 * its wordings' keys, the current one last. Scores: the current wording's key 3, an earlier
 * wording's key 2, else the best `similarity` to any wording when at least `SAME_PROBLEM`. The
 * highest score is paired first; ties go to the earlier item, then the earlier candidate (callers
 * pass candidates in a fixed order, by problem number).
 */
export function matchItems(items: readonly ProblemItem[], candidates: ReadonlyArray<readonly string[]>): Array<[number, number]> {
  const scored: Array<[number, number, number]> = [];
  items.forEach((item, i) => {
    candidates.forEach((keys, c) => {
      const score = keys[keys.length - 1] === item.key ? 3 : keys.includes(item.key) ? 2 : Math.max(0, ...keys.map((k) => similarity(item.key, k)));
      if (score >= SAME_PROBLEM) scored.push([score, i, c]);
    });
  });
  scored.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedItems = new Set<number>();
  const usedCandidates = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, c] of scored) {
    if (usedItems.has(i) || usedCandidates.has(c)) continue;
    usedItems.add(i);
    usedCandidates.add(c);
    out.push([i, c]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
