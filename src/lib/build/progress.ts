/**
 * The build's progress: one plain line per stage (what it did, how many, how long), and, where
 * someone watches a terminal, a live line with the counts of the work under way and an estimate
 * of the time left. The lines are made by pure functions; the build's effects decide where they go
 * (scripts/build.ts draws the live line on a terminal only, never in CI or into a file).
 */

const count = new Intl.NumberFormat("en-US");

/** "1,234": every count in the build's lines. */
export function n(value: number): string {
  return count.format(value);
}

/** A stage's line: "pages: 1,234 written by Astro in 18.6 s". */
export function stageLine(stage: string, what: string, seconds: number): string {
  return `${stage}: ${what} in ${seconds.toFixed(1)} s`;
}

export interface Tally {
  name: string;
  done: number;
  /** Null while not yet known. */
  total: number | null;
  /** Seconds since this work started. */
  seconds: number;
}

/**
 * Seconds left for the slowest of the tallies, each at the pace it has kept so far; null until
 * every unfinished tally with a total has done some of its work.
 */
export function secondsLeft(tallies: readonly Tally[]): number | null {
  let left = 0;
  for (const t of tallies) {
    if (t.total === null || t.done >= t.total) continue;
    if (t.done === 0 || t.seconds <= 0) return null;
    left = Math.max(left, (t.seconds * (t.total - t.done)) / t.done);
  }
  return left;
}

/** "about 12 s left", "about 3 min left". */
export function leftText(seconds: number): string {
  return seconds < 90 ? `about ${Math.max(1, Math.round(seconds))} s left` : `about ${Math.round(seconds / 60)} min left`;
}

/** The live line: "pages 512/1,234 · pictures 800/1,501 · about 11 s left". */
export function liveLine(tallies: readonly Tally[]): string {
  const parts = tallies.map((t) => `${t.name} ${n(t.done)}${t.total === null ? "" : `/${n(t.total)}`}`);
  const left = secondsLeft(tallies);
  if (left !== null && tallies.some((t) => t.total !== null && t.done < t.total)) parts.push(leftText(left));
  return parts.join(" · ");
}

/**
 * Counts of work under way, drawn as the live line every `everyMs` while any is running. `now`
 * in milliseconds (performance.now by default).
 */
export class LiveCounts {
  private readonly tallies = new Map<string, { done: number; total: number | null; started: number; finished: boolean }>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly draw: ((line: string) => void) | undefined,
    private readonly everyMs = 250,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Start counting `name` (of `total`, when known). */
  start(name: string, total: number | null): void {
    this.tallies.set(name, { done: 0, total, started: this.now(), finished: false });
    if (this.draw !== undefined && this.timer === null) {
      this.timer = setInterval(() => this.tick(), this.everyMs);
      this.timer.unref();
    }
  }

  /** `name` has done `done` so far (of `total`, when it has just become known). */
  set(name: string, done: number, total?: number): void {
    const t = this.tallies.get(name);
    if (t === undefined) return;
    t.done = done;
    if (total !== undefined) t.total = total;
  }

  /** One more of `name` done. */
  add(name: string): void {
    const t = this.tallies.get(name);
    if (t !== undefined) t.done++;
  }

  /** `name` is over: it leaves the live line. */
  finish(name: string): void {
    const t = this.tallies.get(name);
    if (t !== undefined) t.finished = true;
    if ([...this.tallies.values()].every((v) => v.finished)) this.stop();
  }

  /** What the live line says now ("" when nothing is under way). */
  line(): string {
    const now = this.now();
    const open = [...this.tallies].filter(([, t]) => !t.finished).map(([name, t]) => ({ name, done: t.done, total: t.total, seconds: (now - t.started) / 1000 }));
    return open.length === 0 ? "" : liveLine(open);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.draw?.("");
  }

  private tick(): void {
    this.draw?.(this.line());
  }
}
