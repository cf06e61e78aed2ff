/**
 * What the printed bulletin (pages/[...edition]/bulletin/) needs besides the edition's model:
 * how long its lists run, and its page rules for print.
 */

/** The PDF beside each edition's bulletin page (`npm run build -- --pdf`). */
export const BULLETIN_PDF = "bulletin.pdf";

/** Warnings and open problems listed in the bulletin (the site has them all). */
export const BULLETIN_LIST_LIMIT = 60;

/** Text as a CSS string: quotes, backslashes and line breaks escaped, "<" kept out of the <style> element. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\A ").replace(/</g, "\\3C ")}"`;
}

/**
 * The bulletin's @page rules: A4 portrait, margins, a running header with its title and month,
 * and page numbers ("3 / 7") at the foot. In a <style> of the page itself, as the header names
 * the edition.
 */
export function bulletinPageCss(running: string): string {
  return (
    `@page{size:A4 portrait;margin:18mm 16mm 16mm;` +
    `@top-center{content:${cssString(running)};font-size:8.5pt;color:#444}` +
    `@bottom-center{content:counter(page) " / " counter(pages);font-size:8.5pt;color:#444}}`
  );
}
