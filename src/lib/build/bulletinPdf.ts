import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { launchChromium } from "../audit/lookAtSite.ts";
import { startStaticServer } from "../io/staticServer.ts";
import { BULLETIN_PDF } from "../site/bulletin.ts";
import { ROUTES } from "../site/urls.ts";

/**
 * The same bulletin must give the same bytes. Chromium writes the time of printing into a PDF's
 * /CreationDate and /ModDate: both are set to a day of the edition's own. A tagged PDF names its
 * structure elements after DOM node numbers (`/ID (node00000101)`), which shift from one run to
 * the next: they are numbered again in their own order (so the ID tree stays sorted). Every
 * replacement has the length of what it replaces, so the cross-reference offsets stay right.
 */
export function steadyPdf(pdf: Buffer, day: string): Buffer {
  const stamp = `D:${day.replace(/-/g, "")}000000`;
  let text = pdf.toString("latin1").replace(/\/(CreationDate|ModDate) \(D:(\d{14})/g, (_, key: string) => `/${key} (${stamp}`);
  const ids = [...new Set(Array.from(text.matchAll(/\(node(\d{8})\)/g), (m) => m[1]!))].sort();
  const renumbered = new Map(ids.map((id, k) => [id, String(k + 1).padStart(8, "0")]));
  text = text.replace(/\(node(\d{8})\)/g, (_, id: string) => `(node${renumbered.get(id)})`);
  return Buffer.from(text, "latin1");
}

export interface PrintOptions {
  /** The built site, served as it would be hosted. */
  siteDir: string;
  /** Its base path ("/" or "/journal/"). */
  base: string;
  /** Where the site is published (its origin, "https://example.org"): the PDF's links go there, not to the local server it was printed from. */
  origin: string;
  /** The editions to print: their prefixes and the day the PDFs are dated (publication day, else the 28th of its month). */
  editions: ReadonlyArray<{ prefix: string; day: string }>;
  /** Where the PDFs go: the site's own folder unless another is given (a test prints a built site without changing it). */
  into?: string;
}

/**
 * Print the bulletins of the editions just rendered to A4 PDFs with Debian's Chromium, as a
 * reader printing the page would get (the page's own @page rules: size, margins, running header,
 * page numbers), into `<edition>/bulletin/bulletin.pdf`.
 */
export async function printBulletins({ siteDir, base, origin, editions, into = siteDir }: PrintOptions): Promise<{ printed: number; ms: number; files: string[] }> {
  const started = performance.now();
  const server = await startStaticServer(siteDir, base);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const files: string[] = [];
    for (const e of editions) {
      const page = await context.newPage();
      await page.goto(`${server.url}${e.prefix}${ROUTES.bulletin}`, { waitUntil: "load" });
      // The web fonts, not a fallback, in the PDF; links to the published site (the same bytes whichever port served it).
      await page.evaluate(async (site) => {
        await document.fonts.ready;
        for (const a of document.querySelectorAll("a[href]")) a.setAttribute("href", new URL(a.getAttribute("href")!, site).href);
      }, origin);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
      const file = path.join(into, e.prefix, ROUTES.bulletin, BULLETIN_PDF);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, steadyPdf(pdf, e.day));
      await page.close();
      files.push(file);
    }
    return { printed: editions.length, ms: performance.now() - started, files };
  } finally {
    await browser.close();
    await server.close();
  }
}
