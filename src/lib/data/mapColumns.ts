import { ALIASES, type Field, FIELDS } from "./fields.ts";
import { labelFacts, type LabelFacts } from "./headerLabel.ts";
import { columnLetter } from "./csvRecords.ts";
import { normaliseLabel } from "./normalise.ts";

/** One column of a table as understood from its header. */
export interface Column {
  index: number;
  letter: string;
  /** Flattened label: "parent/child", or the one label there is; "" for a helper column. */
  label: string;
  field: Field | null;
  facts: LabelFacts;
}

/**
 * Flatten a one- or two-row header. In a merged parent cell Excel writes the text once and
 * leaves the cells to its right blank, so a blank parent over a labelled child inherits the
 * parent to its left, when that column is a child too.
 */
export function flattenHeader(parent: string[], child: string[] | null): Array<{ parent: string; child: string }> {
  const width = Math.max(parent.length, child?.length ?? 0);
  const out: Array<{ parent: string; child: string }> = [];
  for (let i = 0; i < width; i++) {
    const p = (parent[i] ?? "").trim();
    const c = (child?.[i] ?? "").trim();
    const left = out[i - 1];
    const inherited = p === "" && c !== "" && left !== undefined && left.child !== "" ? left.parent : p;
    out.push({ parent: inherited, child: c });
  }
  return out;
}

/** The field a label core names, by the built-in aliases. */
export function aliasField(facts: LabelFacts): Field | null {
  for (const [field, re] of ALIASES) {
    if (!re.test(facts.core)) continue;
    // "累计完成投资" with a year or a month range is year-to-date, not since the start.
    if (field === "cumulativeCompleted" && (facts.year !== null || facts.monthTo !== null) && !/开工/.test(facts.core)) return "ytdCompleted";
    if (field === "ytdCompleted" && (facts.singleMonth || /^(当月|本月)/.test(facts.core))) return "monthCompleted";
    return field;
  }
  if (/^(当月|本月)完成(投资)?$/.test(facts.core)) return "monthCompleted";
  return null;
}

function isField(s: string): s is Field {
  return (FIELDS as readonly string[]).includes(s);
}

/**
 * Map every column to a field: custom names from site.yaml first, then the child label
 * alone, the parent and child together, and the parent alone.
 */
export function mapColumns(header: Array<{ parent: string; child: string }>, custom: Record<string, string>): Column[] {
  const customMap = new Map(Object.entries(custom).filter(([, f]) => isField(f)).map(([k, f]) => [normaliseLabel(k), f as Field]));
  return header.map(({ parent, child }, index) => {
    const label = parent && child && parent !== child ? `${parent}/${child}` : parent || child;
    const candidates = [child, parent && child ? parent + child : "", parent].filter((s) => s !== "");
    let field: Field | null = null;
    let facts = labelFacts(label);
    for (const text of candidates) {
      const f = labelFacts(text);
      const custom = customMap.get(normaliseLabel(text)) ?? customMap.get(f.core);
      const found = custom ?? aliasField(f);
      if (found) {
        field = found;
        // Year, month and unit may sit on the parent while the child names the field.
        facts = {
          ...f,
          unit: f.unit ?? labelFacts(parent).unit ?? labelFacts(child).unit,
          year: f.year ?? labelFacts(parent).year,
          monthTo: f.monthTo ?? labelFacts(parent).monthTo,
        };
        break;
      }
    }
    return { index, letter: columnLetter(index), label, field, facts };
  });
}
