import type { Locale } from "../config/siteConfigSchema.ts";
import { enEditions } from "./ui/en.editions.ts";
import { enPages } from "./ui/en.pages.ts";
import type { UiStrings } from "./ui/types.ts";
import { zhEditions } from "./ui/zh-CN.editions.ts";
import { zhPages } from "./ui/zh-CN.pages.ts";
import { zhMechanisms } from "./ui/zh-CN.mechanisms.ts";
import { enMechanisms } from "./ui/en.mechanisms.ts";
import { zhBulletin } from "./ui/zh-CN.bulletin.ts";
import { enBulletin } from "./ui/en.bulletin.ts";
import { zhPhotos } from "./ui/zh-CN.photos.ts";
import { enPhotos } from "./ui/en.photos.ts";

export type { UiStrings } from "./ui/types.ts";

/**
 * Every user-facing string of the site's pages, one dictionary per language with the same keys
 * (ui/zh-CN.*.ts, ui/en.*.ts; each language in parts to keep files short). Figures arrive
 * already formatted (src/lib/i18n/locale.ts); sentences of the generated narrative live in
 * src/lib/i18n/narrative.ts. `t(locale)` returns one dictionary.
 */
const DICTIONARIES: Record<Locale, UiStrings> = {
  "zh-CN": { ...zhPages, ...zhEditions, ...zhMechanisms, ...zhBulletin, ...zhPhotos },
  en: { ...enPages, ...enEditions, ...enMechanisms, ...enBulletin, ...enPhotos },
};

export function t(locale: Locale): UiStrings {
  return DICTIONARIES[locale];
}

/** Both dictionaries, for tests that compare them. */
export const UI = DICTIONARIES;
