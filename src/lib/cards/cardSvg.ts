import { escapeXml } from "../feeds/xml.ts";
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

function text(x: number, y: number, size: number, content: string, attrs: string): string {
  return `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${escapeXml(content)}</text>`;
}

/**
 * A 1200×630 SVG card for one page: site name with a short accent rule, the page title (bold, two
 * lines at most), the key figure with its label, an optional flag badge top right, and the edition
 * month with an optional footer along the bottom. White ground, dark ink, one accent colour; sizes
 * chosen to stay legible as a ~300 px thumbnail. Text is measured by `textWidth` and escaped.
 */
export function cardSvg(card: Card): string {
  const parts: string[] = [];
  const font = `font-family="${CARD_FONT_FAMILY}"`;

  // Flag badge, top right; the site name gives it room.
  let badgeWidth = 0;
  if (card.flag !== null) {
    const style = FLAGS[card.flag];
    const label = ellipsize(card.flagLabel ?? style.label, 8);
    badgeWidth = Math.ceil(textWidth(label) * BADGE.size + 2 * BADGE.padX);
    const x = CARD_WIDTH - MARGIN - badgeWidth;
    parts.push(
      `<rect x="${x}" y="${BADGE.top}" width="${badgeWidth}" height="${BADGE.height}" rx="${BADGE.height / 2}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="2"/>`,
      text(x + badgeWidth / 2, BADGE.top + BADGE.height / 2 + BADGE.size * 0.36, BADGE.size, label, `${font} font-weight="700" fill="${style.ink}" text-anchor="middle"`),
    );
  }
  const siteRoom = INNER - (badgeWidth > 0 ? badgeWidth + 32 : 0);
  parts.push(text(MARGIN, SITE.y, SITE.size, ellipsize(card.siteName, siteRoom / SITE.size), `${font} fill="${MUTED}"`));
  parts.push(`<rect x="${MARGIN}" y="${SITE.y + 22}" width="72" height="6" fill="${ACCENT}"/>`);

  // Title: without a figure it is set larger and lower, so the card is not top-heavy.
  const hasFigure = card.figure !== null && card.figure.trim() !== "";
  const titleSize = hasFigure ? TITLE.size : 64;
  const lineHeight = hasFigure ? TITLE.lineHeight : 84;
  const titleTop = hasFigure ? 206 : 250;
  wrapText(card.title, INNER / titleSize, 2).forEach((line, i) => {
    parts.push(text(MARGIN, titleTop + i * lineHeight, titleSize, line, `${font} font-weight="700" fill="${INK}"`));
  });

  if (hasFigure) {
    const figure = card.figure!.trim();
    const size = Math.min(FIGURE.size, Math.floor(INNER / Math.max(textWidth(figure), 1)));
    parts.push(text(MARGIN - 4, FIGURE.y, size, figure, `${font} font-weight="700" fill="${INK}"`));
  }
  if (card.figureLabel !== null && card.figureLabel.trim() !== "") {
    const y = hasFigure ? LABEL.y : 470;
    parts.push(text(MARGIN, y, LABEL.size, ellipsize(card.figureLabel, INNER / LABEL.size), `${font} fill="${MUTED}"`));
  }

  // Bottom line: edition left, footer right.
  parts.push(`<rect x="${MARGIN}" y="${BOTTOM.rule}" width="${INNER}" height="2" fill="${RULE}"/>`);
  const edition = ellipsize(card.edition, INNER / 2 / BOTTOM.size);
  parts.push(text(MARGIN, BOTTOM.y, BOTTOM.size, edition, `${font} font-weight="700" fill="${MUTED}"`));
  if (card.footer !== undefined && card.footer.trim() !== "") {
    const room = INNER - textWidth(edition) * BOTTOM.size - 48;
    parts.push(text(CARD_WIDTH - MARGIN, BOTTOM.y, BOTTOM.size - 2, ellipsize(card.footer, room / (BOTTOM.size - 2)), `${font} fill="${SOFT}" text-anchor="end"`));
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
    ``,
  ].join("\n");
}
