import { describe, expect, it } from "vitest";
import { stageCounts, stageLog, stageSeconds } from "../../scripts/benchStages.ts";

// What scripts/build.ts prints: the validation report's summary, then one line a stage and the total.
const log = [
  "校验：24 个文件，0 个错误，3 个警告",
  "load: 24 tables, 200 projects in 1.2 s",
  "compute: 20 editions (20 to render, 0 from the cache) and 200 projects' pages from the cache in 0.5 s",
  "pages: 2,169 written by Astro in 17.3 s",
  "open data: 180 files of 21 editions (19 written on a worker thread, 2 on this one), alongside the pages in 0.8 s",
  "pictures: 1,637 preview cards and chart PNGs (1,501 distinct: 1,501 drawn on 2 worker threads, 0 from cache; fonts subset in 4.1 s) in 21.6 s",
  "photos: 0 (0 made, 0 from cache; 0 files, 0.0 MB) in 0.0 s",
  "copy: 1,637 pictures and 180 open-data files placed in 0.4 s; no build cache in 0.6 s",
  "search: 239 pages indexed by Pagefind in 1.1 s",
  "built /tmp/journal-bench-200/site in 33.0 s (Astro 17.3 s)",
  "",
].join("\n");

describe("scripts/benchStages.ts", () => {
  it("stageSeconds(log) reads every stage's seconds, the last figure of its line", () => {
    expect(stageSeconds(log)).toEqual({ load: 1.2, compute: 0.5, "open data": 0.8, pages: 17.3, pictures: 21.6, photos: 0, copy: 0.6, search: 1.1 });
  });

  it("stageSeconds(log) reads a stage it does not know and words it has not seen", () => {
    expect(stageSeconds("bulletins: 20 printed to PDF with Chromium in 12.5 s\npages: 1,234,567 pages written by Astro, 3 of them from the page cache in 1,234.5 s")).toEqual({ bulletins: 12.5, pages: 1234.5 });
  });

  it("stageSeconds(log) skips lines of another shape and is empty for a log without stages", () => {
    expect(stageSeconds("warning: snapshots/2026-03.csv line 4: 约1000 is not a number\nbuilt dist in 3.0 s (Astro 1.0 s)\n")).toEqual({});
    expect(stageSeconds("")).toEqual({});
  });

  it("stageCounts(log) reads each stage's first count, without its thousands separators", () => {
    expect(stageCounts(log)).toEqual({ load: 24, compute: 20, "open data": 180, pages: 2169, pictures: 1637, photos: 0, copy: 1637, search: 239 });
  });

  it("stageCounts(log) leaves out a stage whose line starts with no number", () => {
    expect(stageCounts("pages: none written in 0.1 s")).toEqual({});
  });

  it("stageLog(log) keeps the stage lines and the closing built line, not the report", () => {
    const lines = stageLog(log);
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe("load: 24 tables, 200 projects in 1.2 s");
    expect(lines.at(-1)).toBe("built /tmp/journal-bench-200/site in 33.0 s (Astro 17.3 s)");
  });
});
