import type { zhEditions } from "./zh-CN.editions.ts";
import type { zhPages } from "./zh-CN.pages.ts";
import type { zhMechanisms } from "./zh-CN.mechanisms.ts";

/** The dictionary's shape is the Chinese one's: English must give every key. */
export type UiPages = typeof zhPages;
export type UiEditions = typeof zhEditions;
export type UiMechanisms = typeof zhMechanisms;
export type UiStrings = UiPages & UiEditions & UiMechanisms;
