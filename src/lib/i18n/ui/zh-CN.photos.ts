/**
 * The site's words in Simplified Chinese, part 5: project photos (晾晒照片). The English
 * (en.photos.ts) has the same keys.
 */
export const zhPhotos = {
  photos: {
    heading: "现场照片",
    /** On a project's page: its photos by month, newest first. */
    projectIntro: "各月报送的现场照片，按月份从新到旧排列。",
    /** Heading of one month's photos on a project's page. */
    monthHeading: (month: string) => month,
    /** On a district page of a month's edition. */
    monthDistrictHeading: (month: string) => `${month}现场照片`,
    /** On a district page of a quarter-end edition (the quarterly board). */
    quarterDistrictHeading: (year: string, quarter: number) => `${year}年第${["一", "二", "三", "四"][quarter - 1]}季度现场照片`,
    quarterDistrictIntro: "本季度各月报送的本区县项目现场照片，供季度评比晾晒。",
    monthDistrictIntro: "本月报送的本区县项目现场照片。",
    /** Alt text when a photo has no caption. */
    alt: (project: string, month: string, n: number) => `${project} ${month}现场照片${n > 1 ? `（第${n}张）` : ""}`,
    /** The link to the full-size copy. */
    full: (width: string, height: string, format: string) => `原图（${width}×${height}，${format}）`,
    /** A cut list: how many more and where they are. */
    more: (n: string) => `另有 ${n} 张照片未在此列出，见各项目页。`,
    moreOnProject: (n: string) => `另有 ${n} 张更早的照片未在此列出，见往期各期次的县区页。`,
    /** Said of every published copy. */
    stripped: "照片已缩放并去除拍摄位置等 EXIF 信息。",
  },
};
