export { cachedCardPng, cardHash, type CachedCardOptions } from "./cardCache.ts";
export { CARD_FONT_FAMILY, CARD_HEIGHT, CARD_WIDTH, cardSvg, type Card } from "./cardSvg.ts";
export { CARD_FONT_FILES, cardFonts, DEBIAN_FONT_DIR, findCardFonts, type CardFonts } from "./fonts.ts";
export { isCompletePng, pngSize } from "./pngSize.ts";
export { renderCardPixels, renderCardPng, type RenderCardOptions } from "./renderCard.ts";
export { subsetFonts } from "./subsetFonts.ts";
export { ttcFace, ttcFaceNamed, ttcFaces } from "./ttcFace.ts";
export { charWidth, textWidth } from "./textWidth.ts";
export { breakUnits, collapseSpace, ellipsize, ELLIPSIS, wrapText } from "./wrapText.ts";
