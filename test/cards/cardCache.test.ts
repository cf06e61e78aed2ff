import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedCardPng, cardHash } from "../../src/lib/cards/cardCache.ts";
import { cardSvg, type Card } from "../../src/lib/cards/cardSvg.ts";
import { cardFonts, type CardFonts } from "../../src/lib/cards/fonts.ts";
import { pngSize } from "../../src/lib/cards/pngSize.ts";
import { renderCardPng } from "../../src/lib/cards/renderCard.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "card-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card: Card = { siteName: "星湾市重点项目建设进度", title: "望潮区", figure: "85.3%", figureLabel: "年度投资完成率", flag: "red", edition: "2026年10月" };

/** The real renderer, counting its calls. */
function counting() {
  let calls = 0;
  return {
    render: (svg: string, fonts: CardFonts) => {
      calls++;
      return renderCardPng(svg, { fonts });
    },
    calls: () => calls,
  };
}

describe("cachedCardPng", () => {
  it("cachedCardPng(svg, dir) draws on the first call and reads the file on the second", () => {
    const r = counting();
    const svg = cardSvg(card);
    const first = cachedCardPng(svg, dir, { render: r.render });
    const second = cachedCardPng(svg, dir, { render: r.render });
    expect([first.hit, second.hit]).toEqual([false, true]);
    expect(r.calls()).toBe(1);
    expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
    expect(pngSize(second.png)).toEqual({ width: 1200, height: 630 });
    expect(path.basename(first.file)).toBe(`${cardHash(svg)}.png`);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("cachedCardPng(a changed card) draws it again under a new name", () => {
    const r = counting();
    const a = cachedCardPng(cardSvg(card), dir, { render: r.render });
    const b = cachedCardPng(cardSvg({ ...card, figure: "85.4%" }), dir, { render: r.render });
    expect(b.hit).toBe(false);
    expect(b.file).not.toBe(a.file);
  });

  it("cachedCardPng(svg) with other fonts does not reuse a picture drawn with these", () => {
    const svg = cardSvg(card);
    const fonts = cardFonts();
    const other: CardFonts = { ...fonts, fingerprint: `${fonts.fingerprint};other` };
    expect(cardHash(svg, other)).not.toBe(cardHash(svg, fonts));
    const r = counting();
    expect(cachedCardPng(svg, dir, { fonts: other, render: r.render }).hit).toBe(false);
  });

  it("cachedCardPng(svg) over a truncated cache file draws it again", () => {
    const svg = cardSvg({ ...card, title: "汀岚区" });
    const first = cachedCardPng(svg, dir);
    writeFileSync(first.file, first.png.subarray(0, 100));
    const again = cachedCardPng(svg, dir);
    expect(again.hit).toBe(false);
    expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
  });

  it("cachedCardPng(svg, a folder that does not exist yet) creates it", () => {
    const nested = path.join(dir, "a", "b");
    const { hit, file } = cachedCardPng(cardSvg(card), nested);
    expect(hit).toBe(false);
    expect(existsSync(file)).toBe(true);
  });
});
