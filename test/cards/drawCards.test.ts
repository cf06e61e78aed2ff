import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardHash } from "../../src/lib/cards/cardCache.ts";
import { cardDrawing, cardSvg, type Card } from "../../src/lib/cards/cardSvg.ts";
import { drawCards, pictureKey } from "../../src/lib/cards/drawCards.ts";
import { cardPainter } from "../../src/lib/cards/paintCard.mjs";
import { isCompletePngFile } from "../../src/lib/cards/pngSize.ts";
import type { CardFonts } from "../../src/lib/cards/fonts.ts";
import { renderCardPng } from "../helpers/renderCard.ts";
import { subsetFonts } from "../../src/lib/cards/subsetFonts.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "draw-cards-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base: Card = { siteName: "星湾市重点项目建设进度", title: "望潮区", figure: "85.3%", figureLabel: "年度投资完成率", flag: null, edition: "2026年10月" };
const svgs = [
  cardSvg(base),
  cardSvg({ ...base, title: "鹭屿区", flag: "red", figure: "61.0%" }),
  cardSvg({ ...base, title: "<script>alert(1)</script> & 项目", figure: null, figureLabel: null }),
  cardSvg({ ...base, title: "高新区", flag: "yellow" }),
  cardSvg({ ...base, title: "西河区", edition: "2026年9月" }),
];
let fonts: CardFonts;
beforeAll(async () => {
  fonts = await subsetFonts(svgs, path.join(dir, "fonts"));
});

describe("drawCards", () => {
  it("drawCards(svgs, dir, fonts) draws each distinct card once, on worker threads, the same picture as renderCardPng", async () => {
    const cache = path.join(dir, "a");
    // Every card twice: identical cards are drawn once.
    const drawing = drawCards([...svgs, ...svgs], cache, fonts, { workers: 2, batch: 2 });
    const stats = await drawing.done;
    expect(stats).toMatchObject({ cards: 10, distinct: 5, drawn: 5, fromCache: 0 });
    expect(stats.workers).toBeGreaterThanOrEqual(1);
    expect(readdirSync(cache).sort()).toEqual(svgs.map((s) => `${cardHash(s, fonts)}.png`).sort());
    for (const svg of svgs) {
      const file = drawing.files.get(svg)!;
      expect(new Uint8Array(readFileSync(file))).toEqual(renderCardPng(svg, { fonts }));
    }
  });

  it("drawCards(svgs) over a warm cache draws nothing, and draws a truncated file again", async () => {
    const cache = path.join(dir, "b");
    await drawCards(svgs, cache, fonts).done;
    const again = await drawCards(svgs, cache, fonts).done;
    expect(again).toMatchObject({ drawn: 0, fromCache: 5, workers: 0 });
    const broken = path.join(cache, `${cardHash(svgs[1]!, fonts)}.png`);
    writeFileSync(broken, readFileSync(broken).subarray(0, 500));
    expect(isCompletePngFile(broken)).toBe(false);
    const mended = await drawCards(svgs, cache, fonts).done;
    expect(mended).toMatchObject({ drawn: 1, fromCache: 4 });
    expect(isCompletePngFile(broken)).toBe(true);
  });

  it("drawCards(svg) with other fonts does not reuse a picture drawn with these, and a changed card gets a new name", async () => {
    const cache = path.join(dir, "d");
    const first = drawCards([svgs[0]!], cache, fonts);
    await first.done;
    const other: CardFonts = { ...fonts, fingerprint: `${fonts.fingerprint};other` };
    expect(cardHash(svgs[0]!, other)).not.toBe(cardHash(svgs[0]!, fonts));
    const again = drawCards([svgs[0]!], cache, other);
    expect(await again.done).toMatchObject({ drawn: 1, fromCache: 0 });
    expect(again.files.get(svgs[0]!)).not.toBe(first.files.get(svgs[0]!));
    const changed = drawCards([cardSvg({ ...base, figure: "85.4%" })], cache, fonts);
    expect(await changed.done).toMatchObject({ drawn: 1, fromCache: 0 });
  });

  it("drawCards(jobs with drawings) paints those cards (paintCard.mjs) under names apart from resvg's pictures", async () => {
    const cards = [base, { ...base, title: "鹭屿区", flag: "red" as const, figure: "61.0%" }];
    const jobs = cards.map((c) => ({ svg: cardSvg(c), drawing: cardDrawing(c) }));
    const cache = path.join(dir, "e");
    const painting = drawCards([...jobs, svgs[0]!], cache, fonts, { workers: 2, batch: 1 });
    expect(await painting.done).toMatchObject({ cards: 3, distinct: 3, drawn: 3 });
    const painter = cardPainter(fonts.files);
    for (const job of jobs) {
      expect(pictureKey(job)).not.toBe(job.svg);
      expect(readFileSync(painting.files.get(pictureKey(job))!).equals(painter.paint(job.drawing))).toBe(true);
    }
    // The same card's SVG alone is still drawn by resvg, into a file of its own.
    expect(painting.files.get(svgs[0]!)).not.toBe(painting.files.get(pictureKey(jobs[0]!)));
    expect(new Uint8Array(readFileSync(painting.files.get(svgs[0]!)!))).toEqual(renderCardPng(svgs[0]!, { fonts }));
  });

  it("drawCards(svgs, dir, fullFonts, { drawWith }) names files by the full fonts, and makes the drawing fonts only when a picture is to be drawn", async () => {
    const cache = path.join(dir, "f");
    // The full collections' fingerprint, as the build passes them: the subset shares it.
    const full: CardFonts = { ...fonts, files: ["/nonexistent/full-regular.ttc", "/nonexistent/full-bold.ttc"] };
    let made = 0;
    const drawWith = async () => {
      made++;
      return fonts;
    };
    const first = drawCards(svgs.slice(0, 2), cache, full, { drawWith });
    expect(await first.done).toMatchObject({ drawn: 2, fromCache: 0 });
    expect(made).toBe(1);
    expect(first.files.get(svgs[0]!)).toBe(path.join(cache, `${cardHash(svgs[0]!, fonts)}.png`));
    expect(new Uint8Array(readFileSync(first.files.get(svgs[0]!)!))).toEqual(renderCardPng(svgs[0]!, { fonts }));
    expect(await drawCards(svgs.slice(0, 2), cache, full, { drawWith }).done).toMatchObject({ drawn: 0, fromCache: 2 });
    expect(made).toBe(1);
    const failing = drawCards(svgs.slice(2, 3), cache, full, { drawWith: () => Promise.reject(new Error("no fonts here")) });
    await expect(failing.done).rejects.toThrow("no fonts here");
  });

  it("drawCards(a broken SVG) rejects with the renderer's reason instead of leaving a card out", async () => {
    const drawing = drawCards(["<svg", ...svgs], path.join(dir, "c"), fonts, { workers: 1 });
    await expect(drawing.done).rejects.toThrow(/^drawing a preview card failed: .+/);
  });
});

describe("isCompletePngFile", () => {
  it("isCompletePngFile(a missing, empty or non-PNG file) is false", () => {
    expect(isCompletePngFile(path.join(dir, "nothing.png"))).toBe(false);
    writeFileSync(path.join(dir, "empty.png"), "");
    expect(isCompletePngFile(path.join(dir, "empty.png"))).toBe(false);
    writeFileSync(path.join(dir, "text.png"), "x".repeat(100));
    expect(isCompletePngFile(path.join(dir, "text.png"))).toBe(false);
  });
});
