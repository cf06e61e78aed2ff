import { describe, expect, it } from "vitest";
import { cardHash } from "../../src/lib/cards/cardCache.ts";
import { cardSvg, type Card } from "../../src/lib/cards/cardSvg.ts";
import { cardFonts, type CardFonts } from "../../src/lib/cards/fonts.ts";

const card: Card = { siteName: "星湾市重点项目建设进度", title: "望潮区", figure: "85.3%", figureLabel: "年度投资完成率", flag: "red", edition: "2026年10月" };

// Drawing and reading back through the cache is tested in drawCards.test.ts.
describe("cardHash", () => {
  it("cardHash(svg, fonts) names a card by its SVG and its fonts: a changed card or other fonts give another name", () => {
    const svg = cardSvg(card);
    const fonts = cardFonts();
    const other: CardFonts = { ...fonts, fingerprint: `${fonts.fingerprint};other` };
    expect(cardHash(svg, fonts)).toMatch(/^[0-9a-f]{64}$/);
    expect(cardHash(svg, fonts)).toBe(cardHash(cardSvg(card), fonts));
    expect(cardHash(svg, other)).not.toBe(cardHash(svg, fonts));
    expect(cardHash(cardSvg({ ...card, figure: "85.4%" }), fonts)).not.toBe(cardHash(svg, fonts));
  });
});
