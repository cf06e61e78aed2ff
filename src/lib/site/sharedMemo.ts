/**
 * A WeakMap kept on globalThis under a name. scripts/build.ts and Astro's bundle of the pages
 * load separate copies of the same modules in one process; memos keyed by the build's shared
 * objects (the SiteBuild, its edition models) must live here for the two to share what one of
 * them has computed (a chart drawn for the font subset is not drawn again for its page).
 */
export function sharedWeakMap<K extends object, V>(name: string): WeakMap<K, V> {
  const g = globalThis as unknown as Record<symbol, WeakMap<K, V> | undefined>;
  return (g[Symbol.for(`key-project-journal.${name}`)] ??= new WeakMap<K, V>());
}
