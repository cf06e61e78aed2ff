import type { Locale } from "../src/lib/config/siteConfigSchema.ts";
import { formatReport } from "../src/lib/i18n/report.ts";
import type { ScopeResult } from "../src/lib/indicators/index.ts";
import { loadDataDir } from "../src/lib/io/loadDataDir.ts";
import { districtParagraph, programmeNarrative, warningReason } from "../src/lib/narrative/index.ts";
import { formatPercent, formatScore } from "../src/lib/i18n/format/index.ts";
import { computeAll, isQuarterEnd, ledgerMonth } from "../src/lib/rank/index.ts";
import type { MonthComputed } from "../src/lib/rank/index.ts";
import { cliArgs } from "./cli.ts";

/**
 * Print one month's indicators, district board, warnings and narrative:
 *   npm run indicators -- [--data DIR] [--month YYYY-MM] [--json] [--locale zh-CN|en]
 * Default month: the latest. Exits 1 with the loader's report when the data has errors.
 */
const usage = "usage: npm run indicators -- [--data DIR] [--month YYYY-MM] [--json] [--locale zh-CN|en]";
const { values, dataDir } = cliArgs(usage, {
  month: { type: "string" },
  json: { type: "boolean" },
  locale: { type: "string" },
});
const options = values as { month?: string; json?: boolean; locale?: string };
if (options.locale !== undefined && options.locale !== "zh-CN" && options.locale !== "en") {
  console.error(`--locale: “${options.locale}” is not zh-CN or en\n${usage}`);
  process.exit(2);
}

const { programme, config, report } = await loadDataDir(dataDir);
const locale: Locale = (options.locale as Locale | undefined) ?? config.locale;
if (programme === null || report.errors > 0) {
  console.error(formatReport(report, locale));
  process.exit(1);
}

const computed = computeAll(programme, config);
const wanted = options.month ?? computed.months[computed.months.length - 1]?.month;
const m = computed.months.find((x) => x.month === wanted);
const problems = wanted === undefined ? null : (ledgerMonth(computed.ledger, wanted)?.counts ?? null);
if (m === undefined) {
  const available = computed.months.map((x) => x.month).join(", ");
  console.error(
    locale === "en"
      ? `--month: no snapshot for “${wanted ?? ""}” (available: ${available || "none"})`
      : `--month：没有“${wanted ?? ""}”的数据（可用月份：${available || "无"}）`,
  );
  process.exit(1);
}

/** One scope as printed: its name, every indicator but the month, and the month-on-month change. */
function scopeJson(s: ScopeResult) {
  const { month: _month, ...indicators } = s.indicators;
  return { name: s.name, ...indicators, change: s.change };
}

function summary(m: MonthComputed) {
  return {
    month: m.month,
    previousMonth: m.previous,
    locale,
    programme: scopeJson(m.programme),
    districts: m.districts.map(scopeJson),
    categories: m.categories.map(scopeJson),
    board: m.board.entries,
    quarterly: isQuarterEnd(m.month),
    leaders: m.leaders,
    risers: m.risers,
    warnings: m.warnings.map((w) => ({ ...w, reason: warningReason(w, locale) })),
    narrative: {
      programme: programmeNarrative(m, problems, locale),
      districts: m.districts.flatMap((d) =>
        d.name === null ? [] : [{ name: d.name, text: districtParagraph(m, d.name, locale) ?? "" }],
      ),
    },
  };
}

// ---- the readable table ----------------------------------------------------------------------

/** Columns a character takes in a terminal: 2 for CJK and full-width forms. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

function table(header: string[], rows: string[][], rightAligned: (i: number) => boolean): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - width(c));
        return rightAligned(i) ? pad + c : c + pad;
      })
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const amount = (wan: number) => (Math.round(wan * 100) / 100).toString();
const points = (gap: number | null): string => {
  if (gap === null) return "—";
  const figure = Math.abs(gap * 100).toFixed(1);
  return figure === "0.0" ? figure : `${gap > 0 ? "+" : "−"}${figure}`;
};

const TEXT = {
  "zh-CN": {
    title: (month: string, region: string) => `${region} ${month} 指标`,
    scopeHeader: ["范围", "项目", "年度计划(万元)", "完成投资(万元)", "完成率", "时序进度", "快慢(百分点)", "开工率", "竣工率", "储备转化率"],
    boardHeader: ["名次", "县区", "综合得分", "名次变化", "旗"],
    warningHeader: ["级别", "类型", "项目", "县区", "原因"],
    programme: "全市",
    districts: "县区",
    categories: "类别",
    board: "排名榜",
    warnings: "预警",
    narrative: "通报",
    flag: { red: "红旗", yellow: "黄旗" },
    level: { red: "红", yellow: "黄" },
    kind: { behind: "进度滞后", "late-start": "逾期未开工", stalled: "投资停滞" },
    none: "无",
  },
  en: {
    title: (month: string, region: string) => `${region} ${month} indicators`,
    scopeHeader: ["Scope", "Projects", "Plan (万元)", "Invested (万元)", "Rate", "Time", "Gap (pts)", "Start", "Finish", "Reserve"],
    boardHeader: ["Rank", "District", "Score", "Change", "Flag"],
    warningHeader: ["Level", "Kind", "Project", "District", "Reason"],
    programme: "Programme",
    districts: "Districts",
    categories: "Categories",
    board: "District board",
    warnings: "Warnings",
    narrative: "Narrative",
    flag: { red: "red", yellow: "yellow" },
    level: { red: "red", yellow: "yellow" },
    kind: { behind: "behind", "late-start": "late start", stalled: "stalled" },
    none: "none",
  },
}[locale];

function readable(m: MonthComputed): string {
  const scopeRow = (s: ScopeResult, fallback: string) => {
    const i = s.indicators;
    return [
      s.name ?? fallback,
      String(i.projects),
      amount(i.annualPlan),
      amount(i.ytdCompleted),
      formatPercent(i.completionRate),
      formatPercent(i.timeProgress),
      points(i.gap),
      formatPercent(i.startRate),
      formatPercent(i.finishRate),
      formatPercent(i.reserveConversion),
    ];
  };
  const numeric = (i: number) => i > 0;
  const scopes = table(
    TEXT.scopeHeader,
    [
      scopeRow(m.programme, TEXT.programme),
      ...m.districts.map((d) => scopeRow(d, "—")),
      ...m.categories.map((c) => scopeRow(c, "—")),
    ],
    numeric,
  );
  const board = table(
    TEXT.boardHeader,
    m.board.entries.map((e) => [
      String(e.rank),
      e.name,
      formatScore(e.score),
      e.rankChange === null ? "—" : e.rankChange > 0 ? `↑${e.rankChange}` : e.rankChange < 0 ? `↓${-e.rankChange}` : "=",
      e.flag === null ? "" : TEXT.flag[e.flag],
    ]),
    (i) => i === 0 || i === 2,
  );
  const warnings =
    m.warnings.length === 0
      ? TEXT.none
      : table(
          TEXT.warningHeader,
          m.warnings.map((w) => [TEXT.level[w.level], TEXT.kind[w.kind], w.name, w.district, warningReason(w, locale)]),
          () => false,
        );
  return [
    TEXT.title(m.month, m.programme.name ?? TEXT.programme),
    "",
    scopes,
    "",
    `${TEXT.board}`,
    board,
    "",
    `${TEXT.warnings} (${m.warnings.length})`,
    warnings,
    "",
    `${TEXT.narrative}`,
    programmeNarrative(m, problems, locale),
  ].join("\n");
}

console.log(options.json ? JSON.stringify(summary(m), null, 2) : readable(m));
