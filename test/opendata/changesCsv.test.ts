import { describe, expect, it } from "vitest";
import type { EditionChanges } from "../../src/lib/editions/changes.ts";
import { t } from "../../src/lib/i18n/ui.ts";
import { changesCsv } from "../../src/lib/opendata/changesCsv.ts";

const p = (name: string, district = "鹭屿区") => ({ key: `name:${name}|${district}`, slug: name, name, district });
const changes: EditionChanges = {
  month: "2026-10",
  previous: "2026-09",
  sameYear: true,
  added: [p("新港大桥"), p("=HYPERLINK(\"x\")", "汀川区")],
  removed: [p("旧城改造")],
  started: [p("海堤二期")],
  finished: [],
  flags: [{ district: "鹭屿区", from: null, to: "red" }],
  ranks: [{ district: "鹭屿区", previousRank: 3, rank: 8 }],
  warningsRaised: [{ ...p("海堤二期"), kind: "behind", level: "red" }],
  warningsCleared: [{ ...p("新港大桥"), kind: "stalled", level: "yellow" }],
  warningsLevel: [{ ...p("科创园"), kind: "behind", level: "red", from: "yellow" }],
  indicators: [],
};

describe("changesCsv", () => {
  it("changesCsv(changes, zh-CN labels) has one row per project-level change, every kind, in the page's order", () => {
    const csv = changesCsv(changes, t("zh-CN").changes.csv);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "变化,项目名称,县区,预警类型,预警等级,原预警等级",
      "新列入调度表,新港大桥,鹭屿区,,,",
      // A name that would run as a formula in Excel is defused.
      `新列入调度表,"'=HYPERLINK(""x"")",汀川区,,,`,
      "不再列入调度表,旧城改造,鹭屿区,,,",
      "新开工,海堤二期,鹭屿区,,,",
      "新增预警,海堤二期,鹭屿区,进度滞后,红色,",
      "解除预警,新港大桥,鹭屿区,投资停滞,黄色,",
      "预警等级变化,科创园,鹭屿区,进度滞后,红色,黄色",
      "",
    ]);
  });

  it("changesCsv(changes, en labels) speaks English; changesCsv(null) is the header alone", () => {
    expect(changesCsv(changes, t("en").changes.csv).split("\r\n")[7]).toBe("Warning level changed,科创园,鹭屿区,Behind schedule,Red,Yellow");
    expect(changesCsv(null, t("en").changes.csv)).toBe("\uFEFFChange,Project,District,Warning,Level,Previous level\r\n");
  });
});
