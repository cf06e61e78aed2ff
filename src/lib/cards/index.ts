export { cardHash } from "./cardCache.ts";
export { drawCards, pictureKey, type DrawJob, type DrawStats } from "./drawCards.ts";
export { CARD_FONT_FAMILY, CARD_HEIGHT, CARD_WIDTH, cardDrawing, cardDrawingSvg, cardSvg, type Card, type CardDrawing, type CardMark } from "./cardSvg.ts";
export { CARD_FONT_FILES, cardFonts, DEBIAN_FONT_DIR, findCardFonts, type CardFonts } from "./fonts.ts";
export { isCompletePngFile, pngSize } from "./pngSize.ts";
export { subsetFonts } from "./subsetFonts.ts";
export { ttcFace, ttcFaceNamed, ttcFaces } from "./ttcFace.mjs";
export { charWidth, textWidth } from "../common/textWidth.ts";
export { breakUnits, collapseSpace, ellipsize, ELLIPSIS, wrapText } from "./wrapText.ts";
