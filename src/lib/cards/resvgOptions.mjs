// The one resvg configuration of the site's pictures, shared by the main thread (test/helpers/renderCard.ts)
// and the drawing workers (cardWorker.mjs), so a picture is the same wherever it is drawn.
// Plain JavaScript because worker threads start without the TypeScript loader.

/** The family every card sets its text in. */
export const CARD_FONT_FAMILY = "Noto Sans CJK SC";

/**
 * Fonts from the given files only (no system fonts: the same picture on every machine with the
 * same font files). Cards are drawn at the SVG's own size; chart pictures at `zoom` times it on
 * a `background`.
 * @param {string[]} fontFiles
 * @param {{ zoom?: number, background?: string }} [picture]
 */
export function resvgCardOptions(fontFiles, picture = {}) {
  return {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILY, sansSerifFamily: CARD_FONT_FAMILY },
    fitTo: picture.zoom === undefined ? { mode: /** @type {const} */ ("original") } : { mode: /** @type {const} */ ("zoom"), value: picture.zoom },
    ...(picture.background === undefined ? {} : { background: picture.background }),
    logLevel: /** @type {const} */ ("off"),
  };
}
