import { describe, expect, it } from "vitest";
import { INDICATORS } from "../../src/lib/indicators/definitions.ts";
import { dataReadme, mdText, type DataReadmeInput } from "../../src/lib/opendata/dataReadme.ts";
import { csvFields, PROJECT_FIELDS } from "../../src/lib/opendata/projectFields.ts";
import { loadEdition } from "./edition.ts";

const files = { csv: "projects.csv", projectsJson: "projects.json", indicatorsJson: "indicators.json", oc4ids: "oc4ids.json", changes: "changes.csv" };
const snapshot = { file: "data/snapshots/2026-06.csv", sha256: "a".repeat(64) };

async function readme(locale: "zh-CN" | "en", extra: Partial<DataReadmeInput> = {}): Promise<string> {
  const { content, config } = await loadEdition("test/fixtures/indicators", "2026-06", locale);
  return dataReadme({ content, config: { ...config, publisher: "云溪市重点项目办" }, editionUrl: "https://example.org/editions/2026-06/", files, snapshot, publishedOn: "2026-07-06", ...extra });
}

describe("dataReadme", () => {
  it("dataReadme(zh-CN) names the source, its checksum, the licence and how to cite", async () => {
    const text = await readme("zh-CN");
    expect(text).toContain("# 云溪市重点项目建设进度：2026年6月开放数据");
    expect(text).toContain("发布单位：云溪市重点项目办");
    expect(text).toContain(`\`data/snapshots/2026-06.csv\`，SHA-256 \`${"a".repeat(64)}\``);
    expect(text).toContain("[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)");
    expect(text).toContain("> 云溪市重点项目办. 云溪市重点项目建设进度：2026年6月[DB/OL]. (2026-07-06). <https://example.org/editions/2026-06/>");
  });

  it("dataReadme(zh-CN) defines every CSV column and JSON field with its unit", async () => {
    const text = await readme("zh-CN");
    for (const f of csvFields("2026-06")) expect(text).toContain(`| ${mdText(f.header)} | ${f.json} |`);
    for (const f of PROJECT_FIELDS) expect(text).toContain(`| ${f.json} |`);
    expect(text).toContain("| 2026年计划投资（万元） | annualPlan | 万元 |");
  });

  it("dataReadme(locale) takes every indicator definition from definitions.ts", async () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const text = await readme(locale);
      for (const d of INDICATORS) {
        expect(text).toContain(`| ${mdText(d.name[locale])} | ${d.id} |`);
        expect(text).toContain(mdText(d.formula[locale]));
        if (d.note) expect(text).toContain(mdText(d.note[locale]));
      }
    }
  });

  it("dataReadme(en) is in English", async () => {
    const text = await readme("en");
    expect(text).toContain("# 云溪市重点项目建设进度: open data, June 2026");
    expect(text).toContain("## How to cite");
    expect(text).toContain("Published under [CC BY 4.0]");
    expect(text).not.toContain("## 文件");
  });

  it("dataReadme(without a snapshot, with a revision) says so", async () => {
    const text = await readme("zh-CN", { snapshot: null, revision: 2, revisionNote: "更正南湖区数据" });
    expect(text).toContain("原始数据：发布单位每月报送的重点项目调度表。");
    expect(text).toContain("修订版：第2版");
    expect(text).toContain("修订说明：更正南湖区数据");
  });

  it("dataReadme(hostile title and publisher) escapes the Markdown", async () => {
    const { content, config } = await loadEdition("test/fixtures/site-hostile", "2026-04");
    const text = dataReadme({ content, config, editionUrl: "https://example.org/editions/2026-04/?a=<b>", files });
    expect(text).not.toMatch(/<script>|<i>/);
    expect(text).toContain("\\<script\\>");
    expect(text).toContain("<https://example.org/editions/2026-04/?a=%3Cb%3E>");
  });

  it("mdText(text) escapes markup and joins lines", () => {
    expect(mdText("a|b *c* <d>\n[e](f)")).toBe("a\\|b \\*c\\* \\<d\\> \\[e\\](f)");
  });
});
