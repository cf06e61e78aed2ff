import { issue, type Issue } from "../common/issue.ts";
import { decode } from "./decode.ts";
import type { Photo, Programme, Project } from "./model.ts";

/**
 * Site photos (SPEC §3.3): data/photos/<project id>/YYYY-MM[-n].jpg|png|webp, each with an
 * optional caption in the .txt file of the same name. io/readPhotos.ts lists the folder and reads
 * what is needed (an image's checksum, format and size, a caption's bytes); this matches each
 * photo to its project and month, purely, and says what is wrong with every other file, naming it.
 */

/** What io/ should read of a file under photos/, by its name. */
export type PhotoFileKind = "image" | "caption" | "other" | "ignored";

const IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp"];
const FORMATS = new Set(["jpeg", "png", "webp"]);
/** What the operating system leaves in folders (.DS_Store, Thumbs.db, desktop.ini): not the office's files. */
const SYSTEM_FILE = /^(\..*|thumbs\.db|desktop\.ini)$/i;
/** 2026-09.jpg, 2026-09-2.jpg (n from 1; "-1" is the month's first photo, as no suffix). */
const PHOTO_NAME = /^(\d{4}-(?:0[1-9]|1[0-2]))(?:-([1-9]\d{0,2}))?\.([a-z]+)$/i;

export function photoFileKind(name: string): PhotoFileKind {
  if (SYSTEM_FILE.test(name)) return "ignored";
  const ext = name.split(".").pop()!.toLowerCase();
  return ext === "txt" ? "caption" : IMAGE_EXTENSIONS.includes(ext) && name.includes(".") ? "image" : "other";
}

/** What io/ found in an image file: its checksum, and its format and size as shown, or why it cannot be read. */
export interface ImageProbe {
  sha256: string;
  /** sharp's name for the format ("jpeg", "png", "webp", "heif"…), or null when unreadable. */
  format: string | null;
  /** After the EXIF orientation. */
  width: number;
  height: number;
  /** Why the image cannot be decoded, or null. */
  problem: string | null;
}

/** A file under photos/, as io/ read it. */
export interface PhotoFileInput {
  /** The file as the user would type it (data/photos/XW2026-001/2026-09.jpg). */
  file: string;
  /** Its path under photos/, "/"-separated. */
  path: string;
  /** For an image: what its bytes are. */
  image?: ImageProbe;
  /** For a caption: its bytes (UTF-8 or GB18030, as Notepad saves them). */
  text?: Uint8Array;
}

/** The project a folder names: its id as the tables give it, else its page's slug. */
function projectFinder(projects: readonly Project[]): (folder: string) => Project | undefined {
  const byId = new Map<string, Project>();
  const bySlug = new Map<string, Project>();
  for (const p of projects) {
    if (p.id !== null && !byId.has(p.id)) byId.set(p.id, p);
    bySlug.set(p.slug, p);
  }
  return (folder) => byId.get(folder) ?? bySlug.get(folder);
}

const stem = (name: string) => name.replace(/\.[^.]*$/, "");

/**
 * Match every photo to a project and one of its table months. Errors (each naming the file): a
 * name that is not YYYY-MM[-n].ext or a file outside a project folder, a format other than JPEG,
 * PNG or WebP, an image that cannot be decoded, a folder that is no project's id or slug, a
 * month the project is not on the tables, two files for one photo number. A caption without its
 * photo is a warning. Photos come out by project key, month and number.
 */
export function matchPhotos(files: readonly PhotoFileInput[], programme: Programme): { photos: Photo[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const photos: Photo[] = [];
  const find = projectFinder(programme.projects);
  const first = programme.projects[0];
  const example = first?.id ?? first?.slug ?? "XW2026-001";
  const captions = new Map<string, PhotoFileInput>();
  for (const f of files) if (photoFileKind(f.path.split("/").pop()!) === "caption") captions.set(stem(f.path), f);
  const usedCaptions = new Set<string>();
  const taken = new Map<string, string>();

  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parts = f.path.split("/");
    const name = parts.at(-1)!;
    const kind = photoFileKind(name);
    if (kind === "ignored") continue;
    if (parts.length !== 2) {
      issues.push(issue("error", "photo-bad-name", { file: f.file, value: f.path }, { where: parts.length === 1 ? "root" : "nested", example }));
      continue;
    }
    if (kind === "caption") continue;
    if (kind === "other") {
      issues.push(issue("error", "photo-format", { file: f.file, value: name }));
      continue;
    }
    const m = PHOTO_NAME.exec(name);
    if (m === null) {
      issues.push(issue("error", "photo-bad-name", { file: f.file, value: name }, { where: "name" }));
      continue;
    }
    const image = f.image;
    if (image === undefined || image.problem !== null || image.format === null) {
      issues.push(issue("error", "photo-unreadable", { file: f.file, value: name }, { reason: image?.problem ?? "?" }));
      continue;
    }
    if (!FORMATS.has(image.format)) {
      issues.push(issue("error", "photo-format", { file: f.file, value: name }, { format: image.format }));
      continue;
    }
    const project = find(parts[0]!);
    if (project === undefined) {
      issues.push(issue("error", "photo-unknown-project", { file: f.file, value: parts[0]! }, { example }));
      continue;
    }
    const month = m[1]!;
    if (!project.months.includes(month)) {
      const ms = project.months;
      const detail = { project: project.name, first: ms[0] ?? "", last: ms.at(-1) ?? "", count: ms.length };
      issues.push(issue("error", "photo-month", { file: f.file, value: month }, detail));
      continue;
    }
    const n = m[2] === undefined ? 1 : Number(m[2]);
    const slot = `${project.key}\n${month}\n${n}`;
    const other = taken.get(slot);
    if (other !== undefined) {
      issues.push(issue("error", "photo-duplicate", { file: f.file, value: f.path }, { other, month, n }));
      continue;
    }
    taken.set(slot, f.path);
    const caption = captions.get(stem(f.path));
    let text: string | null = null;
    if (caption !== undefined) {
      usedCaptions.add(stem(f.path));
      text = decode(caption.text ?? new Uint8Array()).text.replace(/\s+/g, " ").trim() || null;
    }
    photos.push({ key: project.key, month, n, file: f.file, path: f.path, caption: text, sha256: image.sha256, format: image.format as Photo["format"], width: image.width, height: image.height });
  }
  for (const [s, f] of captions) {
    // A caption whose photo has an error is not an orphan: the photo's error says it all.
    const hasPhoto = files.some((x) => x !== f && stem(x.path) === s && photoFileKind(x.path.split("/").pop()!) !== "caption");
    if (!usedCaptions.has(s) && !hasPhoto) issues.push(issue("warning", "photo-caption-orphan", { file: f.file, value: f.path.split("/").pop()! }));
  }
  photos.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.month < b.month ? -1 : a.month > b.month ? 1 : a.n - b.n));
  return { photos, issues };
}
