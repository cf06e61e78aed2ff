import { beforeAll, describe, expect, it } from "vitest";
import type { EditionModel } from "../../src/lib/site/editionModel.ts";
import { charactersOf, contentOf, rowTexts, sourceLine, warningTexts } from "../../src/lib/site/searchTexts.ts";
import { modelsOf } from "./models.ts";

let m: EditionModel;
beforeAll(async () => {
  m = (await modelsOf("data", "/")).edition("");
});

describe("searchTexts", () => {
  it("contentOf(texts) puts one text a line, spaces collapsed, leaving out empty ones and repeats", () => {
    expect(contentOf(["望潮区", null, "", "  在建\n工程 ", undefined, false, "望潮区", "鹭屿区"])).toBe("望潮区\n在建 工程\n鹭屿区");
    expect(contentOf([])).toBe("");
  });

  it("charactersOf(text) gives each Han, kana or Hangul character once, in order, and nothing of other scripts", () => {
    expect(charactersOf("桩基工程，桩基 2026年 XW-001")).toBe("桩 基 工 程 年");
    expect(charactersOf("ひらがな カタカナ 한국")).toBe("ひ ら が な カ タ ナ 한 국");
    expect(charactersOf("Harbour City, 2026")).toBe("");
  });

  it("rowTexts(model, row) and warningTexts(model, warning) give what ProjectTable and WarningList show", () => {
    const p = m.projects[0]!;
    expect(rowTexts(m, p)).toEqual([p.state.name, p.id, p.state.district, m.fmt.text(p.state.category), m.fmt.status(p.state.status)]);
    const w = m.latest.warnings[0]!;
    expect(warningTexts(m, w)).toEqual([w.level === "red" ? m.ui.warning.red : m.ui.warning.yellow, m.ui.warning.kind[w.kind], w.name, w.district, w.reason["zh-CN"]]);
  });

  it("sourceLine(model, month) gives the line under the charts: the publisher and the month", () => {
    expect(sourceLine(m)).toBe(`来源：${m.publisher}，${m.fmt.month(m.latest.month)}重点项目调度表`);
    expect(sourceLine(m, "2026-03")).toContain("2026年3月");
  });
});
