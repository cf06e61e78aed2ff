import { ALIASES, type Field, FIELDS } from "./fields.ts";
import { labelFacts, type LabelFacts } from "./headerLabel.ts";
import { columnLetter } from "./grid.ts";
import { normaliseLabel } from "./normalise.ts";

/** One column of a table as understood from its header. */
export interface Column {
  index: number;
  letter: string;
  /** Flattened label: "parent/child", or the one label there is; "" for a helper column. */
  label: string;
  field: Field | null;
  facts: LabelFacts;
  /** A column the table does not have, read from its group rows (its index is past the last real column). */
  from?: "group-rows";
}

/** The field a label core names, by the built-in aliases. */
export function aliasField(facts: LabelFacts): Field | null {
  for (const [field, re] of ALIASES) {
    if (!re.test(facts.core)) continue;
    // "累计完成投资" with a year or a month range is year-to-date, not since the start.
    if (field === "cumulativeCompleted" && (facts.year !== null || facts.monthTo !== null) && !/开工/.test(facts.core)) return "ytdCompleted";
    if (field === "ytdCompleted" && (facts.singleMonth || /^(当月|本月)/.test(facts.core))) return "monthCompleted";
    // "1-10月计划投资" is the project's own schedule to date, not the year's plan.
    if (field === "annualPlan" && facts.monthTo !== null && !facts.singleMonth) return "ytdPlanned";
    return field;
  }
  if (/^(当月|本月)完成(投资)?$/.test(facts.core)) return "monthCompleted";
  // Under a month range ("1-10月" over 计划完成 / 实际完成): the schedule to date.
  if (/^计划完成(投资|额)?$/.test(facts.core) && facts.monthTo !== null) return "ytdPlanned";
  return null;
}

function isField(s: string): s is Field {
  return (FIELDS as readonly string[]).includes(s);
}

/**
 * Map every column to a field from its header path (outermost label first, see
 * `flattenHeader`): custom names from site.yaml first, then the innermost label alone, the
 * innermost labels joined (`总投资` + `（亿元）`), then each parent alone, nearest first. Year,
 * month and unit may sit on a parent (`2026年度` over `计划投资`) while a child names the field.
 */
export function mapColumns(paths: readonly (readonly string[])[], custom: Record<string, string>): Column[] {
  const customMap = new Map(Object.entries(custom).filter(([, f]) => isField(f)).map(([k, f]) => [normaliseLabel(k), f as Field]));
  return paths.map((path, index) => {
    // A line break inside a label (总投资\n（亿元）) is for the printed table, not for messages.
    const label = path.map((p) => p.replace(/\s*[\r\n]+\s*/g, "")).join("/");
    const leaf = path.at(-1) ?? "";
    const candidates: string[] = [];
    if (leaf !== "") candidates.push(leaf);
    for (let k = path.length - 2; k >= 0; k--) candidates.push(path.slice(k).join(""));
    for (let k = path.length - 2; k >= 0; k--) candidates.push(path[k]!);
    let field: Field | null = null;
    let facts = labelFacts(label);
    const around = [...path.slice(0, -1).reverse(), leaf].map(labelFacts);
    for (const text of candidates) {
      const own = labelFacts(text);
      const f: LabelFacts = {
        ...own,
        unit: own.unit ?? around.find((a) => a.unit !== null)?.unit ?? null,
        year: own.year ?? around.find((a) => a.year !== null)?.year ?? null,
        monthTo: own.monthTo ?? around.find((a) => a.monthTo !== null)?.monthTo ?? null,
      };
      const custom = customMap.get(normaliseLabel(text)) ?? customMap.get(own.core);
      const found = custom ?? aliasField(f);
      if (found) {
        field = found;
        facts = f;
        break;
      }
    }
    return { index, letter: columnLetter(index), label, field, facts };
  });
}
