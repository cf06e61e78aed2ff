import type { UiPhotos } from "./types.ts";

/** The site's words in English, part 5: project photos. Same keys as the Chinese (zh-CN.photos.ts). */
export const enPhotos: UiPhotos = {
  photos: {
    heading: "Photos from the site",
    projectIntro: "Photos sent with each month's table, newest month first.",
    monthHeading: (month) => month,
    monthDistrictHeading: (month) => `Photos from the sites, ${month}`,
    quarterDistrictHeading: (year, quarter) => `Photos from the sites, Q${quarter} ${year}`,
    quarterDistrictIntro: "Photos of the district's projects sent in the quarter's three months, shown with the quarterly board.",
    monthDistrictIntro: "Photos of the district's projects sent with this month's table.",
    alt: (project, month, n) => `${project}, the site in ${month}${n > 1 ? ` (photo ${n})` : ""}`,
    full: (width, height, format) => `Full size (${width}×${height}, ${format})`,
    more: (n) => `${n} more photos are not listed here; see each project's page.`,
    moreOnProject: (n) => `${n} older photos are not listed here; see the district pages of earlier editions.`,
    stripped: "Photos are resized and carry no EXIF data such as where they were taken.",
  },
};
