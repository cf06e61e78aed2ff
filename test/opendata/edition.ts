import type { SiteConfig } from "../../src/lib/config/siteConfigSchema.ts";
import type { Programme } from "../../src/lib/data/model.ts";
import { editionContent, type EditionContent } from "../../src/lib/editions/content.ts";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { computeAll } from "../../src/lib/rank/computeAll.ts";

export interface LoadedEdition {
  programme: Programme;
  config: SiteConfig;
  content: EditionContent;
}

const cache = new Map<string, Promise<LoadedEdition>>();

/** The edition of `month` of a data folder (loaded once per test file). */
export function loadEdition(dir: string, month: string, locale?: SiteConfig["locale"]): Promise<LoadedEdition> {
  const key = `${dir}|${month}|${locale ?? ""}`;
  let found = cache.get(key);
  if (!found) {
    found = (async () => {
      const loaded = await loadDataDir(dir);
      if (!loaded.programme) throw new Error(`${dir} did not load: ${loaded.report.errors} errors`);
      const config = locale ? { ...loaded.config, locale } : loaded.config;
      const content = editionContent(loaded.programme, config, computeAll(loaded.programme, config), month);
      return { programme: loaded.programme, config, content };
    })();
    cache.set(key, found);
  }
  return found;
}
