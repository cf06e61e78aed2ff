import { afterEach, describe, expect, it, vi } from "vitest";
import { leftText, liveLine, LiveCounts, n, secondsLeft, stageLine } from "../../src/lib/build/progress.ts";

describe("stageLine(stage, what, seconds)", () => {
  it("stageLine(stage, what, seconds) says the stage, what it did and its time to a tenth of a second", () => {
    expect(stageLine("pages", `${n(2169)} written by Astro`, 17.94)).toBe("pages: 2,169 written by Astro in 17.9 s");
    expect(n(14656)).toBe("14,656");
  });
});

describe("secondsLeft(tallies)", () => {
  it("secondsLeft(tallies) is the slowest unfinished tally's time left at its own pace", () => {
    // 100 of 400 in 10 s: 30 s left; 300 of 400 in 10 s: 3.3 s left.
    expect(secondsLeft([{ name: "pages", done: 100, total: 400, seconds: 10 }, { name: "pictures", done: 300, total: 400, seconds: 10 }])).toBeCloseTo(30);
  });
  it("secondsLeft(tallies) is null until each unfinished tally has done some work, and ignores finished or open-ended ones", () => {
    expect(secondsLeft([{ name: "pages", done: 0, total: 400, seconds: 2 }])).toBeNull();
    expect(secondsLeft([{ name: "pictures", done: 10, total: null, seconds: 2 }, { name: "pages", done: 400, total: 400, seconds: 9 }])).toBe(0);
  });
});

describe("liveLine(tallies)", () => {
  it("liveLine(tallies) gives each count of its total and the time left", () => {
    expect(liveLine([{ name: "pages", done: 512, total: 1234, seconds: 8 }, { name: "pictures", done: 800, total: 1501, seconds: 8 }])).toBe("pages 512/1,234 · pictures 800/1,501 · about 11 s left");
  });
  it("liveLine(tallies) gives a count without a total alone, and no estimate before there is one", () => {
    expect(liveLine([{ name: "pictures", done: 0, total: null, seconds: 0.1 }])).toBe("pictures 0");
    expect(liveLine([{ name: "pages", done: 0, total: 90, seconds: 0.1 }])).toBe("pages 0/90");
  });
  it("leftText(seconds) says seconds under a minute and a half, minutes above", () => {
    expect(leftText(0.2)).toBe("about 1 s left");
    expect(leftText(89)).toBe("about 89 s left");
    expect(leftText(200)).toBe("about 3 min left");
  });
});

describe("LiveCounts", () => {
  afterEach(() => vi.useRealTimers());

  it("LiveCounts draws the line of the work under way at its interval, and an empty line when all is finished", () => {
    vi.useFakeTimers();
    let clock = 0;
    const drawn: string[] = [];
    const live = new LiveCounts((line) => drawn.push(line), 250, () => clock);
    live.start("pages", 100);
    live.start("pictures", null);
    clock = 2000;
    for (let i = 0; i < 25; i++) live.add("pages");
    live.set("pictures", 10, 40);
    vi.advanceTimersByTime(250);
    // 25 of 100 pages in 2 s: 6 s left; 10 of 40 pictures in 2 s: 6 s left.
    expect(drawn.at(-1)).toBe("pages 25/100 · pictures 10/40 · about 6 s left");
    live.finish("pages");
    vi.advanceTimersByTime(250);
    expect(drawn.at(-1)).toBe("pictures 10/40 · about 6 s left");
    live.finish("pictures");
    expect(drawn.at(-1)).toBe("");
    const count = drawn.length;
    vi.advanceTimersByTime(1000);
    expect(drawn.length).toBe(count);
  });

  it("LiveCounts without a place to draw counts silently (CI, a file): line() still says where the work is", () => {
    vi.useFakeTimers();
    const live = new LiveCounts(undefined, 250, () => 0);
    live.start("pages", 3);
    live.add("pages");
    expect(live.line()).toBe("pages 1/3");
    expect(vi.getTimerCount()).toBe(0);
  });
});
