import { editionDate } from "../feeds/dates.ts";
import { changesCsv } from "../opendata/changesCsv.ts";
import { problemsCsv } from "../opendata/problemsCsv.ts";
import { dataReadme, indicatorsJson, mapLazily, oc4idsJsonChunks, projectsCsvChunks, projectsJsonChunks } from "../opendata/index.ts";
import type { EditionContent } from "../editions/index.ts";
import { t } from "../i18n/ui.ts";
import type { EditionModel, Presentation } from "./editionModel.ts";
import type { EditionRef } from "./editionList.ts";
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

/**
 * What an edition's open data is made from: its content and the few settings that present it,
 * all plain data, so that a worker thread can be sent it (build/openDataWriter.ts).
 */
export interface OpenDataSource {
  edition: Pick<EditionRef, "prefix" | "month" | "publishedOn" | "revision" | "note">;
  content: EditionContent;
  /** The site's base path ("/" or "/journal/"). */
  base: string;
  publisher: string | null;
  license: string;
  /** The site's address (the files name their edition's permanent address). */
  siteUrl: string | undefined;
}

/** The source of an edition's open data; `presentation` is the site's (or an edition model, which carries the same fields). */
export function openDataSource(
  edition: EditionRef,
  presentation: Pick<Presentation, "base" | "publisher" | "license">,
  siteUrl: string | URL | undefined,
): OpenDataSource {
  const { prefix, month, publishedOn, revision, note, content } = edition;
  return {
    edition: { prefix, month, publishedOn, revision, note },
    content,
    base: presentation.base,
    publisher: presentation.publisher,
    license: presentation.license,
    siteUrl: siteUrl === undefined ? undefined : String(siteUrl),
  };
}

/**
 * The edition's files without their bodies, for its downloads page: as the build wrote them
 * (`written`, SiteBuild.openData), or made here (and the bodies dropped) outside a build.
 */
export async function openDataEntries(
  site: EditionModel,
  siteUrl: string | URL | undefined,
  written: ((prefix: string) => Promise<readonly DataFileEntry[]>) | null = null,
): Promise<readonly DataFileEntry[]> {
  if (written !== null) return written(site.edition.prefix);
  return openDataFiles(openDataSource(site.edition, site, siteUrl)).map(({ body: _, ...entry }) => entry);
}

/** The edition's files with their bodies, made afresh on each call. */
export function openDataFiles(source: OpenDataSource): DataFile[] {
  return openDataParts(source).map(({ name, kind, chunks }) => {
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
export function openDataParts(source: OpenDataSource): DataFileParts[] {
  const { edition: ref, content, base, siteUrl } = source;
  const ui = t(content.locale);
  // Files name their edition's permanent address, also when served from the root (the root
  // moves to the next month; the edition's address does not), so both copies are identical.
  const url = (p: string) => absoluteUrl(siteUrl, base, `${ref.prefix === "" ? `editions/${ref.month}/` : ref.prefix}${p}`);
  const publisher = source.publisher ?? content.title;
  const oc4idsOptions = {
    uri: url(`${MEDIA_ROUTES.data}oc4ids.json`),
    publishedOn: editionDate(content.month, ref.publishedOn),
    publisher,
    license: source.license,
    publicationPolicy: absoluteUrl(siteUrl, base, "about/"),
    idPrefix: `${new URL(siteUrl ?? "https://example.org").hostname.replace(/[^a-z0-9]+/gi, "-")}-`,
  };
  const problems = content.problems ?? null;
  const readme = dataReadme({
    content,
    config: { publisher: source.publisher ?? undefined, license: source.license, locale: content.locale },
    editionUrl: url(""),
    files: { csv: "projects.csv", projectsJson: "projects.json", indicatorsJson: "indicators.json", oc4ids: "oc4ids.json", changes: "changes.csv", ...(problems === null ? {} : { problems: ["problems.csv", ui.problems.readmeRow] as [string, string] }) },
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
  return [
    file("projects.csv", "csv", () => projectsCsvChunks(content)),
    file("projects.json", "projects", () => projectsJsonChunks(content)),
    file("indicators.json", "indicators", one(() => indicatorsJson(content))),
    file("oc4ids.json", "oc4ids", () => oc4idsJsonChunks(content, oc4idsOptions)),
    file("changes.csv", "changes", one(() => changesCsv(content.changes ?? null, ui.changes.csv))),
    // Editions published before the problem list was kept have none.
    ...(problems === null ? [] : [file("problems.csv", "problems", one(() => problemsCsv(problems, ui.problems.csv)))]),
    file("README.md", "readme", one(() => readme)),
  ];
}

function escapeMarkup(text: string): string {
  return text.includes("<") || text.includes(">") ? text.replace(/</g, "\\u003c").replace(/>/g, "\\u003e") : text;
}
