import type { Card } from "../../src/lib/cards/cardSvg.ts";
import type { EditionContent } from "../../src/lib/editions/content.ts";
import { formatFor, formatPercent, pointsDirection } from "../../src/lib/i18n/format/index.ts";

/** A red-flagged project with a long name, a gap and a footer: most of what a card can show. */
export const redCard: Card = {
  siteName: "星湾市重点项目建设进度",
  title: "星湾港梧林作业区6号泊位工程及配套疏港公路、跨海大桥连接线",
  figure: "77.0%",
  figureLabel: "年度投资完成率 · 慢于时序进度6.4个百分点",
  flag: "red",
  edition: "2026年10月",
  footer: "example.org/journal",
};

/**
 * Cards as the pages might make them from an edition (zh-CN wording written here; the pages use
 * their own dictionary): the home page, the red-flagged district at the top of the board, and the
 * project with the longest name.
 */
export function sampleCards(content: EditionContent, siteName: string): Record<"home" | "district-red" | "project-long", Card> {
  const edition = formatFor("zh-CN").month(content.month);
  const gapLabel = (gap: number | null) =>
    gap === null ? "" : ` · ${pointsDirection(gap) >= 0 ? "快于" : "慢于"}时序进度${formatFor("zh-CN").points(gap)}`;
  const programme = content.computed.programme.indicators;
  const top = content.computed.board.entries.find((e) => e.flag === "red")!;
  const district = content.computed.districts.find((d) => d.name === top.name)!.indicators;
  const project = [...content.projects].sort((a, b) => b.name.length - a.name.length)[0]!;
  const projectRate = project.annualPlan ? (project.ytdCompleted ?? 0) / project.annualPlan : null;
  return {
    home: {
      siteName,
      title: `${edition}全市重点项目建设进展`,
      figure: formatPercent(programme.completionRate),
      figureLabel: `年度投资完成率${gapLabel(programme.gap)}`,
      flag: null,
      edition,
      footer: "example.org",
    },
    "district-red": {
      siteName,
      title: top.name,
      figure: formatPercent(district.completionRate),
      figureLabel: `年度投资完成率${gapLabel(district.gap)}`,
      flag: "red",
      edition,
      footer: `排名第${top.rank}`,
    },
    "project-long": {
      siteName,
      title: `${project.name}（${project.district}）`.repeat(2),
      figure: formatPercent(projectRate),
      figureLabel: "完成年度计划投资",
      flag: null,
      edition,
    },
  };
}
