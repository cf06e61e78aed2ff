/** Licence names people write in site.yaml, and where each licence's text lives. */
const KNOWN: ReadonlyArray<readonly [RegExp, string]> = [
  [/^CC[-\s]?BY[-\s]?4\.0$/i, "https://creativecommons.org/licenses/by/4.0/"],
  [/^CC[-\s]?BY[-\s]?SA[-\s]?4\.0$/i, "https://creativecommons.org/licenses/by-sa/4.0/"],
  [/^CC0([-\s]?1\.0)?$/i, "https://creativecommons.org/publicdomain/zero/1.0/"],
  [/^ODC[-\s]?BY([-\s]?1\.0)?$/i, "https://opendatacommons.org/licenses/by/1-0/"],
  [/^(ODbL|ODC[-\s]?ODbL)([-\s]?1\.0)?$/i, "https://opendatacommons.org/licenses/odbl/1-0/"],
  [/^PDDL([-\s]?1\.0)?$/i, "https://opendatacommons.org/licenses/pddl/1-0/"],
];

/** The URL of a licence given by name ("CC BY 4.0") or already as a URL; null when unknown. */
export function licenseUrl(license: string): string | null {
  const s = license.trim();
  if (/^https?:\/\/\S+$/i.test(s)) return s;
  for (const [pattern, url] of KNOWN) if (pattern.test(s)) return url;
  return null;
}
