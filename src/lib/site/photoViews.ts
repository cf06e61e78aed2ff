import { sha256, stableJson } from "../common/hash.ts";
import type { Month, Photo } from "../data/model.ts";
import type { Format } from "../i18n/format/index.ts";
import type { UiStrings } from "../i18n/ui.ts";

/**
 * What is published of a site photo, and how a page shows it. The files (made by
 * src/lib/build/photos.ts, the one place that reads the bytes) are named here, from the photo's
 * checksum and the recipe, so pages can be rendered while the files are made:
 *
 *   photos/<id>-480.avif, -960.avif, -1600.avif   AVIF at each width (never wider than the photo)
 *   photos/<id>-480.webp, …                         WebP at the same widths
 *   photos/<id>.jpg | .png | .webp                  the full-size copy, in the photo's own format
 *
 * every one re-encoded from the pixels alone, turned upright by its EXIF orientation first: no
 * EXIF (GPS, camera, time), XMP, IPTC or ICC data is carried over.
 */

/** Widths of the resized copies, in pixels. */
export const PHOTO_WIDTHS = [480, 960, 1600] as const;

/** How the copies are encoded; part of their names, so new settings give new names (no stale copy in a reader's cache). */
export const PHOTO_RECIPE = {
  version: 1,
  widths: PHOTO_WIDTHS,
  webp: { quality: 78 },
  avif: { quality: 50, effort: 2 },
  full: { jpeg: { quality: 88 }, webp: { quality: 90 }, png: { compressionLevel: 9 } },
} as const;

/** What the names and sizes of a photo's copies depend on. */
export type PhotoSource = Pick<Photo, "sha256" | "format" | "width" | "height">;

export interface PhotoCopy {
  /** Path under the site's base ("photos/…"). */
  path: string;
  width: number;
  height: number;
}

export interface PhotoFiles {
  /** The name the copies share: a hash of the photo's checksum and the recipe. */
  id: string;
  avif: PhotoCopy[];
  webp: PhotoCopy[];
  full: PhotoCopy & { format: Photo["format"] };
}

const RECIPE = stableJson(PHOTO_RECIPE);
const EXT: Record<Photo["format"], string> = { jpeg: "jpg", png: "png", webp: "webp" };
const FORMAT_NAME: Record<Photo["format"], string> = { jpeg: "JPEG", png: "PNG", webp: "WebP" };

/** The widths of a photo's resized copies: the standard ones below its own width, and its own width when under the widest. */
export function copyWidths(width: number): number[] {
  const below = PHOTO_WIDTHS.filter((w) => w < width);
  return width <= PHOTO_WIDTHS.at(-1)! ? [...below, width] : below;
}

/** The height of a copy `w` wide of a `width`×`height` photo. */
export function copyHeight(w: number, width: number, height: number): number {
  return Math.max(1, Math.round((height * w) / width));
}

export function photoFiles(p: PhotoSource): PhotoFiles {
  const id = sha256(`${RECIPE}\n${p.sha256}`).slice(0, 20);
  const sized = (ext: string) => copyWidths(p.width).map((w) => ({ path: `photos/${id}-${w}.${ext}`, width: w, height: copyHeight(w, p.width, p.height) }));
  return { id, avif: sized("avif"), webp: sized("webp"), full: { path: `photos/${id}.${EXT[p.format]}`, width: p.width, height: p.height, format: p.format } };
}

/** A photo on a page. */
export interface PhotoView {
  key: string;
  month: Month;
  n: number;
  /** "2026年9月". */
  monthLabel: string;
  project: string;
  /** The project's page, when the site has one. */
  projectHref: string | null;
  caption: string | null;
  alt: string;
  /** `srcset` values (with the base path). */
  avif: string;
  webp: string;
  /** The fallback `<img>`: the copy nearest 960 px, and its size. */
  src: string;
  width: number;
  height: number;
  full: { href: string; label: string };
}

/** Where the photo's column is at most about 22rem wide: a grid of columns at least 16rem wide (photos.css). */
export const PHOTO_SIZES = "(min-width: 60rem) 22rem, (min-width: 36rem) 50vw, 100vw";

/** A photo as a page shows it. `href` puts the base path in front of a site path. */
export function photoView(
  p: PhotoSource & { key: string; month: Month; n: number; caption: string | null },
  project: { name: string; href: string | null },
  ctx: { href(path: string): string; ui: UiStrings; fmt: Format },
): PhotoView {
  const files = photoFiles(p);
  const srcset = (copies: PhotoCopy[]) => copies.map((c) => `${ctx.href(c.path)} ${c.width}w`).join(", ");
  const fallback = files.webp.find((c) => c.width >= 960) ?? files.webp.at(-1)!;
  const monthLabel = ctx.fmt.month(p.month);
  return {
    key: p.key,
    month: p.month,
    n: p.n,
    monthLabel,
    project: project.name,
    projectHref: project.href,
    caption: p.caption,
    alt: p.caption ?? ctx.ui.photos.alt(project.name, monthLabel, p.n),
    avif: srcset(files.avif),
    webp: srcset(files.webp),
    src: ctx.href(fallback.path),
    width: fallback.width,
    height: fallback.height,
    full: { href: ctx.href(files.full.path), label: ctx.ui.photos.full(String(p.width), String(p.height), FORMAT_NAME[p.format]) },
  };
}

/** Newest month first, then by the order given (project order), then photo number. */
export function newestFirst<T extends { month: Month; n: number }>(photos: readonly T[]): T[] {
  return photos.map((p, i) => ({ p, i })).sort((a, b) => (a.p.month !== b.p.month ? (a.p.month < b.p.month ? 1 : -1) : a.i - b.i)).map((x) => x.p);
}

/** Photos a page lists at most (each is about 1 KB of HTML; pages stay under their 100 KB budget). */
export const PHOTOS_PER_PAGE = 24;

/** Photos (newest first) in runs of one month each, for a page that heads each month. */
export function byMonth(photos: readonly PhotoView[]): Array<{ month: Month; label: string; photos: PhotoView[] }> {
  const out: Array<{ month: Month; label: string; photos: PhotoView[] }> = [];
  for (const p of photos) {
    const last = out.at(-1);
    if (last !== undefined && last.month === p.month) last.photos.push(p);
    else out.push({ month: p.month, label: p.monthLabel, photos: [p] });
  }
  return out;
}
