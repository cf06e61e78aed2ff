import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cardDrawing, cardDrawingSvg, cardSvg, type Card, type CardDrawing } from "../../src/lib/cards/cardSvg.ts";
import { cardFonts, type CardFonts } from "../../src/lib/cards/fonts.ts";
import { cardPainter } from "../../src/lib/cards/paintCard.mjs";
import { resvgCardOptions } from "../../src/lib/cards/resvgOptions.mjs";
import { subsetFonts } from "../../src/lib/cards/subsetFonts.ts";
import { decodePng } from "../helpers/decodePng.ts";
import { loadEdition } from "../opendata/edition.ts";
import { redCard, sampleCards } from "./sampleCards.ts";

const OUT = "test/.tmp/cards";

const base: Card = redCard;

const cards: Record<string, Card> = {
  red: base,
  yellow: { ...base, flag: "yellow", flagLabel: "▼ Yellow flag", figure: "RMB 2,601 million", footer: "]]> & <x>" },
  plain: { ...base, flag: null, figure: null, figureLabel: null, footer: undefined, title: "Xingwan Port berth No. 6 (phase II) — fi fl ffi" },
};

let fonts: CardFonts;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const { content, config } = await loadEdition("data", "2026-10");
  Object.assign(cards, sampleCards(content, config.title ?? content.title));
  // The build paints with fonts cut to the cards' characters (single faces, as the painter needs).
  fonts = await subsetFonts(
    Object.values(cards).map(cardSvg),
    mkdtempSync(path.join(tmpdir(), "paint-fonts-")),
    cardFonts(),
  );
});

/** resvg's drawing of the card's SVG with the same fonts: what the painter stands in for. */
function drawnByResvg(d: CardDrawing): Uint8Array {
  return new Resvg(cardDrawingSvg(d), resvgCardOptions(fonts.files)).render().pixels;
}

function compare(a: Uint8Array, b: Uint8Array): { equal: number; near: number; far: number } {
  let equal = 0;
  let near = 0;
  let far = 0;
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.max(Math.abs(a[i]! - b[i]!), Math.abs(a[i + 1]! - b[i + 1]!), Math.abs(a[i + 2]! - b[i + 2]!));
    if (d === 0) equal++;
    else if (d <= 2) near++;
    else if (d > 64) far++;
  }
  const n = a.length / 4;
  return { equal: equal / n, near: (equal + near) / n, far: far / n };
}

/** 300 squares of 4 px in as many colours, in rows of 30 from (x, y). */
function manyColours(x: number, y: number): CardDrawing["marks"] {
  const hex = (v: number) => v.toString(16).padStart(2, "0");
  return Array.from({ length: 300 }, (_, i) => ({
    kind: "rect" as const,
    x: x + (i % 30) * 4,
    y: y + Math.floor(i / 30) * 4,
    width: 4,
    height: 4,
    fill: `#${hex(i % 256)}${hex(Math.floor(i / 256) * 100)}${hex(7)}`,
  }));
}

describe("cardPainter", () => {
  it("cardPainter(fonts).paint(cardDrawing(card)) is resvg's picture of cardSvg(card), but for glyph edges a quarter pixel apart", () => {
    const painter = cardPainter(fonts.files);
    for (const [name, card] of Object.entries(cards)) {
      const drawing = cardDrawing(card);
      const png = painter.paint(drawing);
      writeFileSync(`${OUT}/painted-${name}.png`, png);
      const painted = decodePng(png);
      expect([painted.width, painted.height]).toEqual([1200, 630]);
      const sameness = compare(painted.rgba, drawnByResvg(drawing));
      // Measured on these cards: 98.8–99.4% of pixels equal, 99.4–99.7% within 2 levels, at most one pixel
      // (of 756,000) more than a quarter of the range apart. The rest are glyph edges: a glyph is set at the
      // nearest quarter pixel, and after a Latin letter or digit the line's glyphs sit between quarters.
      expect(sameness.equal, name).toBeGreaterThan(0.985);
      expect(sameness.near, name).toBeGreaterThan(0.99);
      expect(sameness.far, name).toBeLessThan(0.0001);
    }
  });

  it("cardPainter(fonts).paint(drawing) gives the same bytes whatever the painter drew before", () => {
    const drawing = cardDrawing(cards.red!);
    const fresh = cardPainter(fonts.files).paint(drawing);
    const warm = cardPainter(fonts.files);
    for (const card of Object.values(cards)) warm.paint(cardDrawing(card));
    expect(warm.paint(drawing).equals(fresh)).toBe(true);
    // The painter keeps its canvas from card to card: after another ground, another size, a
    // truecolour card of the same size, and a card that failed half-painted, it starts blank.
    warm.paint({ ...drawing, ground: "#102030" });
    expect(warm.paint(drawing).equals(fresh)).toBe(true);
    warm.paint({ width: 120, height: 40, ground: "#ffffff", marks: drawing.marks });
    expect(warm.paint(drawing).equals(fresh)).toBe(true);
    expect(warm.paint({ ...drawing, marks: [...drawing.marks, ...manyColours(0, 600)] })[25]).toBe(2);
    expect(warm.paint(drawing).equals(fresh)).toBe(true);
    expect(() => warm.paint({ ...drawing, marks: [...manyColours(0, 40), { kind: "rect", x: 0, y: 0, width: 1200, height: 630, fill: "red" }] })).toThrow('got "red"');
    expect(warm.paint(drawing).equals(fresh)).toBe(true);
    expect(cardPainter(fonts.files).paint(cardDrawing({ ...cards.red!, figure: "77.1%" })).equals(fresh)).toBe(false);
  });

  it("cardPainter(fonts).paint(a text's spaces) sets them as SVG does: newlines and runs as one space, none at the ends", () => {
    const painter = cardPainter(fonts.files);
    const spaced = cardDrawing({ ...cards.plain!, title: "  Xingwan\n Port   berth " });
    const plain = cardDrawing({ ...cards.plain!, title: "Xingwan Port berth" });
    // The painter applies SVG's rule itself, whatever made the drawing.
    const raw: CardDrawing = { ...plain, marks: plain.marks.map((m) => (m.kind === "text" && m.text === "Xingwan Port berth" ? { ...m, text: "  Xingwan\n Port   berth " } : m)) };
    expect(painter.paint(raw).equals(painter.paint(plain))).toBe(true);
    expect(painter.paint(spaced).equals(painter.paint(plain))).toBe(true);
  });

  it("cardPainter(fonts).paint(more than 256 colours) writes a truecolour PNG of the same pixels", () => {
    const drawing: CardDrawing = { width: 120, height: 40, ground: "#ffffff", marks: manyColours(0, 0) };
    const png = cardPainter(fonts.files).paint(drawing);
    expect(png[25]).toBe(2); // colour type: truecolour
    const { rgba } = decodePng(png);
    expect(compare(rgba, drawnByResvg(drawing)).equal).toBe(1);
  });

  it("cardPainter(a font collection) is refused, saying what it takes", () => {
    expect(() => cardPainter(cardFonts().files)).toThrow(/NotoSansCJK-Regular\.ttc is a font collection; the card painter takes single-face fonts/);
  });

  it("cardPainter(fonts).paint(a colour not written #rrggbb) names the colour", () => {
    const drawing = cardDrawing(cards.plain!);
    expect(() => cardPainter(fonts.files).paint({ ...drawing, ground: "white" })).toThrow(`a card's colours must be written #rrggbb; got "white"`);
  });
});
