import type { EditionChanges, WarningChange } from "../editions/changes.ts";
import type { WarningKind, WarningLevel } from "../rank/index.ts";
import { toCsv } from "./csvSafe.ts";

/** The words of the changes CSV, from the site's dictionary (ui.changes.csv). */
export interface ChangesCsvLabels {
  change: string;
  project: string;
  district: string;
  warningKind: string;
  level: string;
  previousLevel: string;
  kinds: Record<"added" | "removed" | "started" | "finished" | "raised" | "cleared" | "level", string>;
  warningKinds: Record<WarningKind, string>;
  levels: Record<WarningLevel, string>;
}

interface Row {
  change: string;
  name: string;
  district: string;
  kind: string | null;
  level: string | null;
  from: string | null;
}

/**
 * Every project-level change of an edition as one CSV (BOM, formula-safe): projects added to and
 * removed from the table, started, finished, warnings raised, cleared or changing level. The
 * changes page lists the first of each kind; this file has them all. The district board's flags
 * and ranks are few and stay on the page. Header only for an edition without a previous one.
 */
export function changesCsv(changes: EditionChanges | null, l: ChangesCsvLabels): string {
  const rows: Row[] = [];
  if (changes !== null) {
    const projects = (kind: keyof ChangesCsvLabels["kinds"], list: EditionChanges["added"]) => {
      for (const p of list) rows.push({ change: l.kinds[kind], name: p.name, district: p.district, kind: null, level: null, from: null });
    };
    const warnings = (kind: keyof ChangesCsvLabels["kinds"], list: WarningChange[]) => {
      for (const w of list)
        rows.push({ change: l.kinds[kind], name: w.name, district: w.district, kind: l.warningKinds[w.kind], level: l.levels[w.level], from: w.from ? l.levels[w.from] : null });
    };
    projects("added", changes.added);
    projects("removed", changes.removed);
    projects("started", changes.started);
    projects("finished", changes.finished);
    warnings("raised", changes.warningsRaised);
    warnings("cleared", changes.warningsCleared);
    warnings("level", changes.warningsLevel);
  }
  return toCsv(
    [
      { header: l.change, value: (r: Row) => r.change },
      { header: l.project, value: (r: Row) => r.name },
      { header: l.district, value: (r: Row) => r.district },
      { header: l.warningKind, value: (r: Row) => r.kind },
      { header: l.level, value: (r: Row) => r.level },
      { header: l.previousLevel, value: (r: Row) => r.from },
    ],
    rows,
  );
}
