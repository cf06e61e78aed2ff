import { describe, expect, it } from "vitest";
import { licenseUrl } from "../../src/lib/opendata/licenseUrl.ts";
import { CATEGORY_SCHEME, oc4idsJson, oc4idsJsonChunks, oc4idsPackage, toYuan, type Oc4idsOptions } from "../../src/lib/opendata/oc4ids.ts";
import { Oc4idsPackageSchema } from "../../src/lib/opendata/oc4idsSchema.ts";
import { sectorFor } from "../../src/lib/opendata/oc4idsSector.ts";
import { loadEdition } from "./edition.ts";

const options: Oc4idsOptions = {
  uri: "https://example.org/data/2026-10/oc4ids.json",
  publishedOn: "2026-11-05",
  publisher: "星湾市重点项目建设领导小组办公室",
  license: "CC BY 4.0",
  publicationPolicy: "https://example.org/about/",
  idPrefix: "xingwan-",
};

describe("oc4idsPackage", () => {
  it("oc4idsPackage(sample edition) validates against the schema of what we publish", async () => {
    const { content } = await loadEdition("data", "2026-10");
    const pkg = oc4idsPackage(content, options);
    const result = Oc4idsPackageSchema.safeParse(JSON.parse(oc4idsJson(pkg)));
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
    expect(pkg.version).toBe("0.9");
    expect(pkg.publishedDate).toBe("2026-11-05T00:00:00+08:00");
    expect(pkg.license).toBe("https://creativecommons.org/licenses/by/4.0/");
  });

  it("oc4idsJsonChunks(edition, options) are the text of oc4idsJson(oc4idsPackage(edition, options)), a project at a time", async () => {
    const { content } = await loadEdition("data", "2026-10");
    const chunks = [...oc4idsJsonChunks(content, options)];
    expect(chunks.join("")).toBe(oc4idsJson(oc4idsPackage(content, options)));
    // The head, a piece per project, the closing bracket and the rest, the final newline.
    expect(chunks).toHaveLength(content.projects.length + 4);
  });

  it("oc4idsPackage(edition) has every project of the edition, once, in the table's order", async () => {
    const { content } = await loadEdition("data", "2026-10");
    const pkg = oc4idsPackage(content, options);
    expect(pkg.projects.map((p) => p.title)).toEqual(content.projects.map((p) => p.name));
    expect(pkg.projects.map((p) => p.id)).toEqual(content.projects.map((p) => `xingwan-${p.id ?? p.slug}`));
    expect(new Set(pkg.projects.map((p) => p.id)).size).toBe(content.projects.length);
  });

  it("oc4idsPackage(edition) maps status, budget, period, place, parties and progress", async () => {
    const { content } = await loadEdition("data", "2026-10");
    const pkg = oc4idsPackage(content, options);
    const source = content.projects.find((p) => p.id === "XW2025-001")!;
    const p = pkg.projects.find((x) => x.id === "xingwan-XW2025-001")!;
    expect(p.status).toBe("implementation");
    expect(p.sector).toEqual(["transport", "transport.water"]);
    expect(p.additionalClassifications).toEqual([{ scheme: CATEGORY_SCHEME, id: "基础设施", description: "基础设施" }]);
    expect(p.budget).toEqual({ amount: { amount: 1_869_000_000, currency: "CNY" } });
    expect(p.period).toEqual({ startDate: "2024-01-01T00:00:00+08:00", endDate: "2028-12-31T23:59:59+08:00" });
    expect(p.locations).toEqual([{ id: "1", description: "望潮区", geometry: { type: "Point", coordinates: [source.longitude, source.latitude] } }]);
    expect(p.publicAuthority?.name).toBe(source.leadDepartment);
    expect(p.parties?.map((x) => [x.name, x.roles])).toEqual([
      [source.leadDepartment, ["publicAuthority"]],
      [source.owner, ["buyer"]],
    ]);
    const observations = p.metrics?.[0]?.observations ?? [];
    const history = content.history.projects[source.key]!;
    expect(observations.map((o) => o.id)).toEqual(history.filter(([, ytd]) => ytd !== null).map(([m]) => m));
    const last = observations.at(-1)!;
    expect(last).toMatchObject({ id: "2026-10", period: { startDate: "2026-01-01T00:00:00+08:00", endDate: "2026-10-31T23:59:59+08:00" } });
    expect(last.value).toEqual({ amount: 260_184_400, currency: "CNY" });
    expect(last.notes).toBe("1-10月完成投资；年度计划投资37220万元；项目状态：在建");
  });

  it("oc4idsPackage(edition) maps every status to the projectStatus codelist and says when a project is suspended", async () => {
    const { content } = await loadEdition("data", "2026-10");
    const pkg = oc4idsPackage(content, options);
    const pairs = new Set(content.projects.map((p, i) => `${p.status}→${pkg.projects[i]!.status}`));
    expect([...pairs].sort()).toEqual(["completed→completion", "not-started→preparation", "suspended→implementation", "under-construction→implementation"]);
    const i = content.projects.findIndex((p) => p.status === "suspended");
    expect(pkg.projects[i]!.metrics?.[0]?.observations.at(-1)?.notes).toContain("项目状态：停工");
  });

  it("oc4idsPackage(edition in English) writes the notes in English", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06", "en");
    const pkg = oc4idsPackage(content, options);
    expect(pkg.projects[0]!.metrics?.[0]?.observations.at(-1)?.notes).toBe("Completed January to month 6; annual plan CNY 100000000; status: under construction");
  });

  it("oc4idsPackage(projects with colliding or missing ids) still gives unique ids", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    const [a, b] = content.projects as [(typeof content.projects)[number], (typeof content.projects)[number]];
    const twins = { ...content, projects: [a, { ...b, id: a.id }, { ...b, id: null, slug: "p-0a1b2c3d" }] };
    const ids = oc4idsPackage(twins, options).projects.map((p) => p.id);
    expect(ids).toEqual(["xingwan-P01", `xingwan-${b.slug}`, "xingwan-p-0a1b2c3d"]);
  });

  it("oc4idsPackage(hostile edition) validates and keeps the text as data", async () => {
    const { content } = await loadEdition("test/fixtures/site-hostile", "2026-04");
    const pkg = oc4idsPackage(content, { ...options, license: "自定义许可" });
    expect(Oc4idsPackageSchema.safeParse(pkg).success).toBe(true);
    expect(pkg.license).toBeUndefined();
    expect(pkg.projects.map((p) => p.title)).toEqual(content.projects.map((p) => p.name));
  });

  it("Oc4idsPackageSchema(a package with a status outside the codelist or an unknown field) fails", async () => {
    const { content } = await loadEdition("test/fixtures/indicators", "2026-06");
    const pkg = oc4idsPackage(content, options);
    const badStatus = { ...pkg, projects: [{ ...pkg.projects[0]!, status: "suspended" }] };
    const extra = { ...pkg, projects: [{ ...pkg.projects[0]!, progress: 1 }] };
    expect(Oc4idsPackageSchema.safeParse(badStatus).success).toBe(false);
    expect(Oc4idsPackageSchema.safeParse(extra).success).toBe(false);
  });

  it("toYuan(万元) converts to the fen", () => {
    expect(toYuan(26018.44)).toBe(260_184_400);
    expect(toYuan(0.01)).toBe(100);
    expect(toYuan(123.456789)).toBe(1_234_567.89);
  });
});

describe("sectorFor", () => {
  it.each([
    ["产业", "星湾智能制造产业园（一期）", ["economy"]],
    ["产业", "芯科新能源科技生产基地项目", ["economy"]],
    ["基础设施", "梧林大道快速化改造工程", ["transport", "transport.road"]],
    ["基础设施", "星湾港梧林作业区6号泊位工程", ["transport", "transport.water"]],
    ["基础设施", "城市轨道交通2号线澜湖段", ["transport", "transport.urban"]],
    ["基础设施", "澜湖综合客运枢纽", ["transport"]],
    ["基础设施", "澜湖水库扩容工程", ["waterAndWaste"]],
    ["基础设施", "澜湖220千伏输变电工程", ["energy"]],
    ["交通", "星湾至澜湖城际铁路", ["transport", "transport.rail"]],
    ["交通", "某某综合交通项目", ["transport"]],
    ["社会民生", "澜湖中学新建工程", ["education"]],
    ["社会民生", "星湾市第二人民医院澜湖院区", ["health"]],
    ["社会民生", "澜湖保障性租赁住房项目", ["socialHousing"]],
    ["社会民生", "澜湖全民健身中心", ["cultureSportsAndRecreation"]],
    ["生态环保", "澜湖污水处理厂提标改造工程", ["waterAndWaste"]],
    ["生态环保", "澜湖生活垃圾焚烧发电项目", ["waterAndWaste"]],
    ["生态环保", "澜湖矿山生态修复工程", ["economy"]],
    ["城市更新", "澜湖片区老旧小区改造", []],
    ["能源", "澜湖渔光互补光伏电站", ["energy", "energy.solar"]],
    [null, "无类别项目", []],
  ] as const)("sectorFor(%j, %j) is %j", (category, name, expected) => {
    expect(sectorFor(category, name)).toEqual(expected);
  });
});

describe("licenseUrl", () => {
  it.each([
    ["CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"],
    ["cc-by-4.0", "https://creativecommons.org/licenses/by/4.0/"],
    ["CC0", "https://creativecommons.org/publicdomain/zero/1.0/"],
    ["ODbL", "https://opendatacommons.org/licenses/odbl/1-0/"],
    ["https://example.org/licence", "https://example.org/licence"],
    ["政府数据开放许可", null],
  ])("licenseUrl(%j) is %j", (name, url) => {
    expect(licenseUrl(name)).toBe(url);
  });
});
