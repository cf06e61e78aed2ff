import { escapeXml } from "../feeds/xml.ts";
import { rectSvg } from "./cardMarks.mjs";
import { CARD_FONT_FAMILY } from "./resvgOptions.mjs";
import { textWidth } from "../common/textWidth.ts";
import { ellipsize, wrapText } from "./wrapText.ts";

/** What one page's link-preview card shows. Every string is already localised by the caller. */
export interface Card {
  /** The site's name, top left. */
  siteName: string;
  /** The page's title; wraps to at most two lines, then "…". */
  title: string;
  /** The key figure, large ("77.0%", "56.55亿元"); null for a page without one. */
  figure: string | null;
  /** What the figure is ("年度投资完成率", "慢于时序进度6.4个百分点"). */
  figureLabel: string | null;
  /** A flag badge, said in words and arrow as well as colour. */
  flag: "red" | "yellow" | null;
  /** The badge's text; default "▲ 红旗" / "▼ 黄旗". */
  flagLabel?: string;
  /** The edition's month ("2026年10月", "October 2026"). */
  edition: string;
  /** Small text bottom right (a URL, "数据截至10月底"). */
  footer?: string;
}

export { CARD_FONT_FAMILY };
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const MARGIN = 80;
const INNER = CARD_WIDTH - 2 * MARGIN;
const INK = "#101828";
const MUTED = "#475467";
const SOFT = "#667085";
const ACCENT = "#1f5fa8";
const RULE = "#e4e7ec";

const FLAGS = {
  red: { label: "▲ 红旗", fill: "#fef3f2", stroke: "#d92d20", ink: "#b42318" },
  yellow: { label: "▼ 黄旗", fill: "#fffaeb", stroke: "#dc6803", ink: "#93370d" },
} as const;

/** Font sizes (px) and baselines (y) of the layout. */
const SITE = { size: 28, y: 96 };
const TITLE = { size: 54, lineHeight: 70 };
const FIGURE = { size: 132, y: 452 };
const LABEL = { size: 34, y: 510 };
const BOTTOM = { rule: 548, y: 594, size: 26 };
const BADGE = { size: 28, height: 52, padX: 22, top: 62 };

/** One mark of a card, in the card's pixels: a rectangle or a line of text. */
export type CardMark =
  | { kind: "rect"; x: number; y: number; width: number; height: number; fill: string; rx?: number; stroke?: string; strokeWidth?: number }
  | { kind: "text"; x: number; y: number; size: number; bold: boolean; fill: string; anchor: "start" | "middle" | "end"; text: string };

/**
 * A card as plain data: its size, ground and marks in painting order. `cardDrawingSvg` writes it
 * as SVG (for resvg, the tests and any reader); paintCard.mjs paints it directly.
 */
export interface CardDrawing {
  width: number;
  height: number;
  ground: string;
  marks: CardMark[];
}

/**
 * A 1200×630 card for one page: site name with a short accent rule, the page title (bold, two
 * lines at most), the key figure with its label, an optional flag badge top right, and the edition
 * month with an optional footer along the bottom. White ground, dark ink, one accent colour; sizes
 * chosen to stay legible as a ~300 px thumbnail. Text is measured by `textWidth`.
 */
export function cardDrawing(card: Card): CardDrawing {
  const marks: CardMark[] = [];
  const text = (x: number, y: number, size: number, content: string, fill: string, bold: boolean, anchor: "start" | "middle" | "end" = "start") =>
    marks.push({ kind: "text", x, y, size, bold, fill, anchor, text: content });

  // Flag badge, top right; the site name gives it room.
  let badgeWidth = 0;
  if (card.flag !== null) {
    const style = FLAGS[card.flag];
    const label = ellipsize(card.flagLabel ?? style.label, 8);
    badgeWidth = Math.ceil(textWidth(label) * BADGE.size + 2 * BADGE.padX);
    const x = CARD_WIDTH - MARGIN - badgeWidth;
    marks.push({ kind: "rect", x, y: BADGE.top, width: badgeWidth, height: BADGE.height, rx: BADGE.height / 2, fill: style.fill, stroke: style.stroke, strokeWidth: 2 });
    text(x + badgeWidth / 2, BADGE.top + BADGE.height / 2 + BADGE.size * 0.36, BADGE.size, label, style.ink, true, "middle");
  }
  const siteRoom = INNER - (badgeWidth > 0 ? badgeWidth + 32 : 0);
  text(MARGIN, SITE.y, SITE.size, ellipsize(card.siteName, siteRoom / SITE.size), MUTED, false);
  marks.push({ kind: "rect", x: MARGIN, y: SITE.y + 22, width: 72, height: 6, fill: ACCENT });

  // Title: without a figure it is set larger and lower, so the card is not top-heavy.
  const hasFigure = card.figure !== null && card.figure.trim() !== "";
  const titleSize = hasFigure ? TITLE.size : 64;
  const lineHeight = hasFigure ? TITLE.lineHeight : 84;
  const titleTop = hasFigure ? 206 : 250;
  wrapText(card.title, INNER / titleSize, 2).forEach((line, i) => text(MARGIN, titleTop + i * lineHeight, titleSize, line, INK, true));

  if (hasFigure) {
    const figure = card.figure!.trim();
    const size = Math.min(FIGURE.size, Math.floor(INNER / Math.max(textWidth(figure), 1)));
    text(MARGIN - 4, FIGURE.y, size, figure, INK, true);
  }
  if (card.figureLabel !== null && card.figureLabel.trim() !== "") {
    text(MARGIN, hasFigure ? LABEL.y : 470, LABEL.size, ellipsize(card.figureLabel, INNER / LABEL.size), MUTED, false);
  }

  // Bottom line: edition left, footer right.
  marks.push({ kind: "rect", x: MARGIN, y: BOTTOM.rule, width: INNER, height: 2, fill: RULE });
  const edition = ellipsize(card.edition, INNER / 2 / BOTTOM.size);
  text(MARGIN, BOTTOM.y, BOTTOM.size, edition, MUTED, true);
  if (card.footer !== undefined && card.footer.trim() !== "") {
    const room = INNER - textWidth(edition) * BOTTOM.size - 48;
    text(CARD_WIDTH - MARGIN, BOTTOM.y, BOTTOM.size - 2, ellipsize(card.footer, room / (BOTTOM.size - 2)), SOFT, false, "end");
  }
  return { width: CARD_WIDTH, height: CARD_HEIGHT, ground: "#ffffff", marks };
}

function markSvg(m: CardMark): string {
  if (m.kind === "rect") return rectSvg(m);
  const weight = m.bold ? ` font-weight="700"` : "";
  const anchor = m.anchor === "start" ? "" : ` text-anchor="${m.anchor}"`;
  return `<text x="${m.x}" y="${m.y}" font-size="${m.size}" font-family="${CARD_FONT_FAMILY}"${weight} fill="${m.fill}"${anchor}>${escapeXml(m.text)}</text>`;
}

/** A card drawing as a standalone SVG. */
export function cardDrawingSvg(d: CardDrawing): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${d.width}" height="${d.height}" viewBox="0 0 ${d.width} ${d.height}">`,
    `<rect width="${d.width}" height="${d.height}" fill="${d.ground}"/>`,
    ...d.marks.map(markSvg),
    `</svg>`,
    ``,
  ].join("\n");
}

/** The card as a standalone 1200×630 SVG (see cardDrawing). */
export function cardSvg(card: Card): string {
  return cardDrawingSvg(cardDrawing(card));
}
