import type { Month, Photo, Programme } from "../data/model.ts";
import { monthNumber, yearOf } from "../indicators/month.ts";
import { isQuarterEnd } from "../rank/quarterly.ts";

/**
 * The site photos an edition shows, frozen in its content like its numbers: a month's edition
 * shows the photos of its month; a quarter-end edition (March, June, September, December: the
 * quarterly board, 季度评比晾晒) the photos of the quarter's three months. Each carries the
 * project's name and district as that month's table gave them, and the photo's checksum: the
 * published copies are named after it, so a photo added or changed later never alters a
 * published edition (the build refuses to run when a published photo is gone: verifyPhotos.ts).
 */
export interface EditionPhoto {
  key: string;
  /** The project page's slug. */
  slug: string;
  /** The project's name and district in the photo's month. */
  name: string;
  district: string;
  month: Month;
  n: number;
  /** Under photos/ ("XW2026-001/2026-09.jpg"), to name it in messages. */
  path: string;
  caption: string | null;
  sha256: string;
  format: Photo["format"];
  /** As shown (after the EXIF orientation). */
  width: number;
  height: number;
}

/** The months whose photos the edition of `month` shows: its quarter's up to it at a quarter's end, else its own. */
export function photoMonths(month: Month): Month[] {
  if (!isQuarterEnd(month)) return [month];
  const y = yearOf(month);
  const m = monthNumber(month);
  return [m - 2, m - 1, m].map((x) => `${y}-${String(x).padStart(2, "0")}`);
}

/** The photos the edition of `month` shows, by month (newest first), then project key and number. */
export function editionPhotos(programme: Programme, month: Month): EditionPhoto[] {
  const months = new Set(photoMonths(month));
  const photos = (programme.photos ?? []).filter((p) => months.has(p.month));
  if (photos.length === 0) return [];
  const slugOf = new Map(programme.projects.map((p) => [p.key, p]));
  const stateOf = (key: string, m: Month) => programme.snapshots.find((s) => s.month === m)?.states.find((s) => s.key === key);
  return photos
    .map((p) => {
      const project = slugOf.get(p.key);
      const state = stateOf(p.key, p.month);
      return {
        key: p.key,
        slug: project?.slug ?? "",
        name: state?.name ?? project?.name ?? p.key,
        district: state?.district ?? project?.district ?? "",
        month: p.month,
        n: p.n,
        path: p.path,
        caption: p.caption,
        sha256: p.sha256,
        format: p.format,
        width: p.width,
        height: p.height,
      };
    })
    .sort((a, b) => (a.month !== b.month ? (a.month < b.month ? 1 : -1) : a.key !== b.key ? (a.key < b.key ? -1 : 1) : a.n - b.n));
}
