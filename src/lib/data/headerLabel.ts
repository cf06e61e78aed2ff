import type { MoneyUnit } from "../config/siteConfigSchema.ts";
import { normaliseLabel } from "./normalise.ts";

/** What a header label says besides its name: a money unit, a year, a month range. */
export interface LabelFacts {
  /** The label with unit, year and month removed, for alias matching. */
  core: string;
  unit: MoneyUnit | "%" | "亩" | null;
  year: number | null;
  /** Last month of a range ("1-10月" → 10, "截至10月底" → 10); null when none. */
  monthTo: number | null;
  /** A single month ("当月", "10月份") rather than a range. */
  singleMonth: boolean;
}

const UNIT = /[(（\[【]?(?:单位[:：])?(亿元|万元|千元|元|亩|%|％)[)）\]】]?/;

/** Format hints under a date label: 开工时间 20XX.0X, (XXXX年XX月), yyyy.mm, （年.月）. */
const FORMAT_HINT = /[(（]?(?:\d{2}[XxＸ×]{2}|[XxＸ×]{4}|yyyy|YYYY)(?:[.．\-/年]?[0０]?(?:[XxＸ×]{1,2}|mm|MM)月?)?(?:[.．\-/]?(?:[XxＸ×]{1,2}|dd|DD)日?)?[)）]?|[(（]年[.．\-/]?月(?:[.．\-/]?日)?[)）]/g;

export function labelFacts(raw: string): LabelFacts {
  let s = normaliseLabel(raw).replace(FORMAT_HINT, "");
  let unit: LabelFacts["unit"] = null;
  const u = UNIT.exec(s);
  if (u && (u[0].startsWith("(") || u[0].startsWith("[") || u.index + u[0].length === s.length)) {
    unit = u[1] === "％" ? "%" : (u[1] as LabelFacts["unit"]);
    s = s.slice(0, u.index) + s.slice(u.index + u[0].length);
  }
  let year: number | null = null;
  const y = /(\d{4})年(?!度)/.exec(s) ?? /(\d{4})年度/.exec(s);
  if (y) {
    year = Number(y[1]);
    s = s.replace(y[0], "");
  }
  let monthTo: number | null = null;
  let singleMonth = false;
  // "截至10月底" first: its 至 would otherwise read as a range separator.
  const range = /(?:截至|截止)(\d{1,2})月(?:份|底|末)?/.exec(s) ?? /(?:到)?(?:1|一)?月?[-~—–至到]+(\d{1,2})月(?:份|底|末)?(?:止)?/.exec(s);
  if (range) {
    monthTo = Number(range[1]);
    s = s.replace(range[0], "");
  } else {
    const single = /(\d{1,2})月份?/.exec(s);
    if (single) {
      monthTo = Number(single[1]);
      // "10月完成投资" without a range is the month's own amount, as offices use it.
      singleMonth = true;
      s = s.replace(single[0], "");
    }
  }
  if (/^(当月|本月)/.test(s)) singleMonth = true;
  return { core: s.replace(/^[:：,，、]+|[:：,，、]+$/g, ""), unit, year, monthTo, singleMonth };
}
