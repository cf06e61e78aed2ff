import type { zhEditions } from "./zh-CN.editions.ts";
import type { zhPages } from "./zh-CN.pages.ts";
import type { zhMechanisms } from "./zh-CN.mechanisms.ts";
import type { zhBulletin } from "./zh-CN.bulletin.ts";
import type { zhPhotos } from "./zh-CN.photos.ts";

/** The dictionary's shape is the Chinese one's: English must give every key. */
export type UiPages = typeof zhPages;
export type UiEditions = typeof zhEditions;
export type UiMechanisms = typeof zhMechanisms;
export type UiBulletin = typeof zhBulletin;
export type UiPhotos = typeof zhPhotos;
export type UiStrings = UiPages & UiEditions & UiMechanisms & UiBulletin & UiPhotos;
