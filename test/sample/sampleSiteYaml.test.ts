import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseSiteConfig } from "../../src/lib/config/parseSiteConfig.ts";
import { SiteConfigSchema } from "../../src/lib/config/siteConfigSchema.ts";
import { generateProgramme } from "../../src/lib/sample/generateProgramme.ts";
import { sampleSiteYaml } from "../../src/lib/sample/sampleSiteYaml.ts";

const programme = generateProgramme({ seed: 1, projects: 20, years: [2026], lastMonth: "2026-03" });

describe("sampleSiteYaml", () => {
  it("sampleSiteYaml(programme) is a valid site.yaml with every default written out", () => {
    const text = sampleSiteYaml(programme);
    const raw = parse(text) as Record<string, unknown>;
    const config = SiteConfigSchema.parse(raw);
    expect(parseSiteConfig(text, "site.yaml").issues).toEqual([]);
    expect(config.region).toBe("星湾市");
    expect(config.publisher).toBe("星湾市重点项目建设领导小组办公室");
    expect(config.baseUrl).toBe("https://example.org");
    expect(config.basePath).toBe("/");
    expect(config.locale).toBe("zh-CN");
    expect(config.moneyUnit).toBe("万元");
    expect(config.districts.map((d) => (typeof d === "string" ? d : d.name))).toEqual(programme.districts);
    expect(config.categories).toEqual(["产业", "基础设施", "社会民生", "生态环保", "城市更新"]);
    // Written out explicitly, not left to the defaults.
    for (const key of ["ranking", "warnings", "license", "title", "contact"]) expect(raw).toHaveProperty(key);
    expect(config.ranking.weights).toEqual({ gap: 50, startRate: 30, finishRate: 20 });
  });

  it("sampleSiteYaml(programme with other districts) lists them as plain names", () => {
    const other = generateProgramme({ seed: 1, projects: 5, years: [2026], lastMonth: "2026-02", districts: ["甲区", "乙区"], region: "测试市" });
    const config = SiteConfigSchema.parse(parse(sampleSiteYaml(other)));
    expect(config.districts).toEqual(["甲区", "乙区"]);
    expect(config.region).toBe("测试市");
  });
});
