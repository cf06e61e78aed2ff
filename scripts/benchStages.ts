/**
 * Reading the stage lines scripts/build.ts prints (src/lib/build/progress.ts, stageLine): one a
 * stage, `<stage>: <what> in <seconds> s`, e.g. `pages: 2,169 written by Astro in 17.3 s`, and
 * last `built DIR in 33.0 s (Astro 17.3 s)`. Only that shape is relied on, not the words in
 * between, so the bench keeps working when a line gains a clause.
 */

// A stage is a lowercase name of a word or two ("open data"); its seconds close the line.
const STAGE = /^([a-z][a-z ]{0,30}): (.*) in ([\d,.]+) s$/;
const BUILT = /^built .* in [\d.]+ s\b/;
const number = (text: string) => Number(text.replace(/,/g, ""));

interface StageLine {
  stage: string;
  /** The first number of what the stage did ("2,169" of "2,169 written by Astro"), if any. */
  count: number | null;
  seconds: number;
}

function stageLines(log: string): StageLine[] {
  const lines: StageLine[] = [];
  for (const line of log.split("\n")) {
    const m = STAGE.exec(line.trim());
    if (!m) continue;
    const count = /^[\d,]*\d/.exec(m[2]!);
    lines.push({ stage: m[1]!, count: count ? number(count[0]) : null, seconds: number(m[3]!) });
  }
  return lines;
}

/** Each stage's seconds: `{ load: 1.2, compute: 0.5, "open data": 0.8, pages: 17.3, … }` (a stage printed twice keeps its last). */
export function stageSeconds(log: string): Record<string, number> {
  return Object.fromEntries(stageLines(log).map((l) => [l.stage, l.seconds]));
}

/** Each stage's first count: `{ compute: 20, pages: 2169, pictures: 1637, search: 239, … }`; stages without one are left out. */
export function stageCounts(log: string): Record<string, number> {
  return Object.fromEntries(stageLines(log).flatMap((l) => (l.count === null ? [] : [[l.stage, l.count]])));
}

/** The stage lines and the closing `built …` line, as printed; the validation report above them is left out. */
export function stageLog(log: string): string[] {
  return log
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => STAGE.test(l) || BUILT.test(l));
}
