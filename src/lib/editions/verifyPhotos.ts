import { issue, type Issue } from "../common/issue.ts";
import { validationReport } from "../data/report.ts";
import type { EditionRecord } from "./record.ts";
import type { LoadResult } from "./withEditions.ts";

/**
 * Every photo a published record shows must still be in the data, byte for byte (its copies are
 * made from it at each build): one error per missing photo, naming the file it came from.
 * `hashes`: the checksums of every image under photos/; `photoFile`: a path under photos/ as the
 * user would type it.
 */
export function missingEditionPhotos(records: readonly EditionRecord[], hashes: ReadonlySet<string>, photoFile: (path: string) => string): Issue[] {
  const issues: Issue[] = [];
  for (const r of records) {
    for (const p of r.content.photos ?? []) {
      if (hashes.has(p.sha256)) continue;
      issues.push(issue("error", "edition-photo-missing", { file: photoFile(p.path), value: `photos/${p.path}` }, { month: r.month, revision: r.revision, photoMonth: p.month, next: p.n + 1 }));
    }
  }
  return issues;
}

/** A loaded data folder with the published records' missing photos added to its report (any error leaves no programme). */
export function withEditionPhotos(load: LoadResult, hashes: ReadonlySet<string>, photoFile: (path: string) => string): LoadResult {
  const issues = missingEditionPhotos(load.editions, hashes, photoFile);
  if (issues.length === 0) return load;
  const report = validationReport(load.report.files, [...load.report.issues, ...issues]);
  return { ...load, programme: null, report };
}
