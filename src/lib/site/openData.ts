import { editionDate } from "../feeds/dates.ts";
import { changesCsv } from "../opendata/changesCsv.ts";
import { problemsCsv } from "../opendata/problemsCsv.ts";
import { dataReadme, indicatorsJson, mapLazily, oc4idsJsonChunks, projectsCsvChunks, projectsJsonChunks } from "../opendata/index.ts";
import type { EditionModel } from "./editionModel.ts";
import { absoluteUrl, MEDIA_ROUTES } from "./mediaPaths.ts";

/**
 * An edition's open data, made from its content alone (so a published edition's files are frozen
 * with it): the projects as CSV and JSON, the indicators, the OC4IDS package and a README.
 */
export interface DataFile {
  name: "projects.csv" | "projects.json" | "indicators.json" | "oc4ids.json" | "changes.csv" | "problems.csv" | "README.md";
  kind: "csv" | "projects" | "indicators" | "oc4ids" | "changes" | "problems" | "readme";
  body: string;
  bytes: number;
}

/** What the downloads page shows of each file (bodies are not kept: tens of MB an edition at scale). */
export type DataFileEntry = Omit<DataFile, "body">;
const entries = new WeakMap<EditionModel, DataFileEntry[]>();

/**
 * The edition's files without their bodies, as written by scripts/build.ts (writeOpenData); made
 * (and the bodies dropped) when nothing has written them in this process.
 */
export function openDataEntries(site: EditionModel, siteUrl: string | URL | undefined): DataFileEntry[] {
  let hit = entries.get(site);
  if (hit === undefined) entries.set(site, (hit = openDataFiles(site, siteUrl).map(({ body: _, ...entry }) => entry)));
  return hit;
}

/** Note the files of an edition as written (build/writeOpenData.ts writes them; the downloads page lists them). */
export function rememberOpenData(site: EditionModel, files: readonly DataFileEntry[]): void {
  entries.set(site, files.map(({ name, kind, bytes }) => ({ name, kind, bytes })));
}

/** The edition's files with their bodies, made afresh on each call. */
export function openDataFiles(site: EditionModel, siteUrl: string | URL | undefined): DataFile[] {
  return openDataParts(site, siteUrl).map(({ name, kind, chunks }) => {
    const body = [...chunks()].join("");
    return { name, kind, body, bytes: Buffer.byteLength(body, "utf8") };
  });
}

/** A file of the edition's open data as the text of its pieces, made when asked (build/writeOpenData.ts writes them as they come). */
export interface DataFileParts {
  name: DataFile["name"];
  kind: DataFile["kind"];
  chunks(): Iterable<string>;
}

/** The edition's files, each as pieces of text: the projects' files a project at a time. */
export function openDataParts(site: EditionModel, siteUrl: string | URL | undefined): DataFileParts[] {
  const ref = site.edition;
  const content = site.content;
  // Files name their edition's permanent address, also when served from the root (the root
  // moves to the next month; the edition's address does not), so both copies are identical.
  const url = (p: string) => absoluteUrl(siteUrl, site.base, `${ref.prefix === "" ? `editions/${ref.month}/` : ref.prefix}${p}`);
  const publisher = site.publisher ?? site.title;
  const oc4idsOptions = {
    uri: url(`${MEDIA_ROUTES.data}oc4ids.json`),
    publishedOn: editionDate(content.month, ref.publishedOn),
    publisher,
    license: site.license,
    publicationPolicy: absoluteUrl(siteUrl, site.base, "about/"),
    idPrefix: `${new URL(siteUrl ?? "https://example.org").hostname.replace(/[^a-z0-9]+/gi, "-")}-`,
  };
  const readme = dataReadme({
    content,
    config: { publisher: site.publisher ?? undefined, license: site.license, locale: site.locale },
    editionUrl: url(""),
    files: { csv: "projects.csv", projectsJson: "projects.json", indicatorsJson: "indicators.json", oc4ids: "oc4ids.json", changes: "changes.csv", ...(site.problems === null ? {} : { problems: ["problems.csv", site.ui.problems.readmeRow] as [string, string] }) },
    snapshot: null,
    publishedOn: ref.publishedOn,
    revision: ref.revision,
    revisionNote: ref.note,
  });
  const file = (name: DataFile["name"], kind: DataFile["kind"], make: () => Iterable<string>): DataFileParts => ({
    name,
    kind,
    // In JSON, "<" and ">" only occur inside strings, where \u003c and \u003e parse to the same text;
    // escaped, no file of the site holds markup from the data, whatever serves or sniffs it.
    chunks: name.endsWith(".json") ? () => mapLazily(make(), escapeMarkup) : make,
  });
  const one = (text: () => string) => () => [text()];
  const problems = site.problems;
  return [
    file("projects.csv", "csv", () => projectsCsvChunks(content)),
    file("projects.json", "projects", () => projectsJsonChunks(content)),
    file("indicators.json", "indicators", one(() => indicatorsJson(content))),
    file("oc4ids.json", "oc4ids", () => oc4idsJsonChunks(content, oc4idsOptions)),
    file("changes.csv", "changes", one(() => changesCsv(site.changes, site.ui.changes.csv))),
    // Editions published before the problem list was kept have none.
    ...(problems === null ? [] : [file("problems.csv", "problems", one(() => problemsCsv(problems, site.ui.problems.csv)))]),
    file("README.md", "readme", one(() => readme)),
  ];
}

function escapeMarkup(text: string): string {
  return text.includes("<") || text.includes(">") ? text.replace(/</g, "\\u003c").replace(/>/g, "\\u003e") : text;
}
