/** FNV-1a, 32 bits: a short, stable hash for slugs (not for security). */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * A project's URL slug: its id when the id is plain ASCII, else a hash of its identity, so
 * URLs never depend on row order and never carry "/" or "..".
 */
export function projectSlug(key: string, id: string | null): string {
  if (id && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id)) {
    const s = id.toLowerCase().replace(/[._]+/g, "-").replace(/-+$/, "");
    if (/^[a-z0-9][a-z0-9-]*$/.test(s)) return s;
  }
  return `p-${fnv1a(key)}`;
}
