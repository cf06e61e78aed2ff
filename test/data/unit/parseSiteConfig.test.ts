import { expect, test } from "vitest";
import { parseSiteConfig } from "../../../src/lib/config/parseSiteConfig.ts";
import { SiteConfigSchema } from "../../../src/lib/config/siteConfigSchema.ts";

const FILE = "data/site.yaml";
const DEFAULTS = SiteConfigSchema.parse({});
/** Each issue as [code, key, line, value], sorted by key. */
const where = (text: string) =>
  parseSiteConfig(text, FILE)
    .issues.map((i) => [i.code, i.column, i.line, i.value] as const)
    .sort((a, b) => String(a[1]).localeCompare(String(b[1])));

test("parseSiteConfig(null) gives the defaults and no issues", () => {
  expect(parseSiteConfig(null, FILE)).toEqual({ config: DEFAULTS, issues: [] });
});

test('parseSiteConfig("") gives the defaults and no issues', () => {
  expect(parseSiteConfig("", FILE)).toEqual({ config: DEFAULTS, issues: [] });
});

test("parseSiteConfig(the defaults) matches the documented values", () => {
  const { config } = parseSiteConfig(null, FILE);
  expect(config).toMatchObject({
    basePath: "/",
    locale: "zh-CN",
    moneyUnit: "万元",
    ranking: { weights: { gap: 50, startRate: 30, finishRate: 20 }, redFlags: 3, yellowFlags: 2 },
    warnings: { yellowBehindPoints: 10, redBehindPoints: 30, lateStartMonths: 3, stalledMonths: 2 },
    columns: {},
  });
});

test("parseSiteConfig(valid text) reads every key given and defaults the rest", () => {
  const text = [
    "title: 云溪市重点项目进度",
    "locale: en",
    "moneyUnit: 亿元",
    "basePath: /journal/",
    "districts:",
    "  - 高新区",
    "  - name: 临江区",
    "    code: '330101'",
    "ranking:",
    "  redFlags: 2",
    "columns:",
    "  投资计划（本年）: annualPlan",
    "",
  ].join("\n");
  const { config, issues } = parseSiteConfig(text, FILE);
  expect(issues).toEqual([]);
  expect(config).toMatchObject({
    title: "云溪市重点项目进度",
    locale: "en",
    moneyUnit: "亿元",
    basePath: "/journal/",
    districts: ["高新区", { name: "临江区", code: "330101", aliases: [] }],
    ranking: { redFlags: 2, yellowFlags: 2, weights: { gap: 50, startRate: 30, finishRate: 20 } },
    columns: { "投资计划（本年）": "annualPlan" },
  });
});

test("parseSiteConfig(invalid locale) names the key, its line and the value", () => {
  const { config, issues } = parseSiteConfig("title: X\nlocale: fr\n", FILE);
  expect(config).toEqual(DEFAULTS);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ severity: "error", code: "config", file: FILE, line: 2, column: "locale", value: "fr" });
  expect(issues[0]!.detail.message).toEqual(expect.any(String));
});

test("parseSiteConfig(several invalid keys) reports every one with its dotted path and line", () => {
  const text = [
    "title: X", // 1
    "ranking:", // 2
    "  redFlags: -1", // 3
    "  weights:", // 4
    "    gap: abc", // 5
    "warnings:", // 6
    "  yellowBehindPoints: 40", // 7
    "  redBehindPoints: 20", // 8
    "basePath: journal", // 9
    "",
  ].join("\n");
  expect(where(text)).toEqual([
    ["config", "basePath", 9, "journal"],
    ["config", "ranking.redFlags", 3, "-1"],
    ["config", "ranking.weights.gap", 5, "abc"],
    ["config", "warnings.redBehindPoints", 8, "20"],
  ]);
});

test("parseSiteConfig(invalid list entry) names the index in the key path", () => {
  expect(where("districts:\n  - 高新区\n  - name: ''\n")).toEqual([["config", "districts.1.name", 3, ""]]);
});

test("parseSiteConfig(unknown top-level key) names the key and its line", () => {
  const issues = parseSiteConfig("title: X\nfoo: 1\n", FILE).issues;
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ severity: "error", code: "config", column: "foo", line: 2 });
});

test("parseSiteConfig(unknown nested key) names its dotted path and line", () => {
  const issues = parseSiteConfig("ranking:\n  redFlags: 3\n  bogus: 1\n", FILE).issues;
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ severity: "error", code: "config", column: "ranking.bogus", line: 3 });
});

test("parseSiteConfig(YAML syntax error) reports it with the defaults", () => {
  const { config, issues } = parseSiteConfig("title: [unclosed\n", FILE);
  expect(config).toEqual(DEFAULTS);
  expect(issues.length).toBeGreaterThan(0);
  expect(issues[0]).toMatchObject({ severity: "error", code: "config", file: FILE });
});

test("parseSiteConfig(YAML syntax error) names the line", () => {
  // A tab used as indentation on line 2.
  const issues = parseSiteConfig("title: X\n\tlocale: en\n", FILE).issues;
  expect(issues.length).toBeGreaterThan(0);
  expect(issues[0]!.line).toBe(2);
});

test("parseSiteConfig(duplicate key) reports it with its line", () => {
  const issues = parseSiteConfig("title: A\ntitle: B\n", FILE).issues;
  expect(issues.length).toBeGreaterThan(0);
  expect(issues[0]).toMatchObject({ severity: "error", code: "config", line: 2 });
});

test("parseSiteConfig(unknown field in columns) reports the column key, its line and the field", () => {
  const { issues } = parseSiteConfig("columns:\n  投资计划（本年）: annualPlan\n  进度: progres\n", FILE);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ severity: "error", code: "config-column-field", file: FILE, line: 3, column: "columns.进度", value: "progres" });
  expect(String(issues[0]!.detail.fields)).toContain("progressText");
});

test("parseSiteConfig(unknown field in columns and another invalid key) reports both", () => {
  expect(where("columns:\n  投资计划（本年）: annualPlan\n  进度: progres\nlocale: fr\n")).toEqual([
    ["config-column-field", "columns.进度", 3, "progres"],
    ["config", "locale", 4, "fr"],
  ]);
});

test("parseSiteConfig(columns that is not a map) names the key", () => {
  expect(where("columns: 5\n")).toEqual([["config", "columns", 1, "5"]]);
});

test("parseSiteConfig(a list instead of a map) reports the root", () => {
  const issues = parseSiteConfig("- a\n- b\n", FILE).issues;
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ severity: "error", code: "config", column: "(root)" });
});

test("parseSiteConfig(sheet: a name or a position from 1) picks the workbook sheet to read", () => {
  expect(parseSiteConfig("sheet: 县级项目\n", FILE).config.sheet).toBe("县级项目");
  expect(parseSiteConfig("sheet: 2\n", FILE).config.sheet).toBe(2);
  expect(parseSiteConfig("title: X\n", FILE).config.sheet).toBeUndefined();
});

test("parseSiteConfig(sheet: 0) is an error naming the key", () => {
  const { issues } = parseSiteConfig("sheet: 0\n", FILE);
  expect(issues).toHaveLength(1);
  expect(issues[0]).toMatchObject({ severity: "error", code: "config", column: "sheet", line: 1, value: "0" });
});
