import { mkdirSync, writeFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { cardSvg, type Card } from "../../src/lib/cards/cardSvg.ts";
import { pngSize } from "../../src/lib/cards/pngSize.ts";
import { renderCardPixels, renderCardPng } from "../helpers/renderCard.ts";
import { loadEdition } from "../opendata/edition.ts";
import { redCard, sampleCards } from "./sampleCards.ts";

const OUT = "test/.tmp/cards";

const card: Card = redCard;

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

/** Share of pixels whose colour differs by more than a quarter of the range in some channel. */
function differingShare(a: Uint8Array, b: Uint8Array): number {
  let differ = 0;
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!));
    if (d > 64) differ++;
  }
  return differ / (a.length / 4);
}

describe("renderCardPng", () => {
  it("renderCardPng(cardSvg(card)) is a 1200×630 PNG", () => {
    const png = renderCardPng(cardSvg(card));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it("renderCardPng(cards with different figures) gives different pictures", () => {
    const a = renderCardPng(cardSvg(card));
    const b = renderCardPng(cardSvg({ ...card, figure: "78.0%" }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it("renderCardPng(same svg) gives the same bytes", () => {
    const svg = cardSvg(card);
    expect(Buffer.from(renderCardPng(svg)).equals(Buffer.from(renderCardPng(svg)))).toBe(true);
  });

  it("renderCardPixels(svg) draws ink: the text is there, not blank or tofu-free by accident", () => {
    const { pixels } = renderCardPixels(cardSvg(card));
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 100 && pixels[i + 1]! < 100 && pixels[i + 2]! < 100) dark++;
    expect(dark).toBeGreaterThan(20_000);
  });

  it("renderCardPng(sample cards of the October 2026 edition) writes pictures to look at", async () => {
    const { content, config } = await loadEdition("data", "2026-10");
    const cards = sampleCards(content, config.title ?? content.title);
    for (const [name, c] of Object.entries(cards)) {
      const png = renderCardPng(cardSvg(c));
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      writeFileSync(`${OUT}/${name}.png`, png);
    }
    const hostile: Card = {
      siteName: "Xingwan <key> projects & more",
      title: `<script>alert("x")</script> Xingwan Port Wulin operating area berth No. 6 works & its road approaches`,
      figure: "RMB 2,601 million",
      figureLabel: "Invested this year, 69.9% of the annual plan",
      flag: "yellow",
      flagLabel: "▼ Yellow flag",
      edition: "October 2026",
      footer: "]]> example.org",
    };
    writeFileSync(`${OUT}/hostile-en.png`, renderCardPng(cardSvg(hostile)));
  });
});
