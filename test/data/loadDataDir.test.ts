import { describe, expect, it } from "vitest";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { formatIssue } from "../../src/lib/i18n/report.ts";

const dir = (name: string) => `test/fixtures/loader/${name}`;
const messages = async (name: string, locale: "zh-CN" | "en" = "zh-CN") => {
  const r = await loadDataDir(dir(name));
  return { ...r, lines: r.report.issues.map((i) => formatIssue(i, locale)) };
};

describe("loadDataDir(excel-gbk): a GBK export with title, unit row, two-row header, groups, totals, notes", () => {
  it("decodes GB18030 and finds the two header rows below the title and unit rows", async () => {
    const { programme, report } = await loadDataDir(dir("excel-gbk"));
    expect(report.errors).toBe(0);
    const f = report.files[0]!;
    expect(f.encoding).toBe("gb18030");
    expect(f.headerLines).toEqual([4, 5]);
    expect(f.unit).toBe("万元");
    expect(f.unitSource).toBe("unit-row");
    expect(f.title).toBe("2026年示例市重点项目建设进度表");
    expect(programme!.title).toBe("示例市重点项目建设进度表");
    expect(programme!.region).toBe("示例市");
  });
  it("flattens the merged parent over its children", async () => {
    const { report } = await loadDataDir(dir("excel-gbk"));
    const cols = report.files[0]!.columns.filter((c) => c.field !== null).map((c) => [c.label, c.field]);
    expect(cols).toContainEqual(["1-10月完成投资/完成投资", "ytdCompleted"]);
    expect(cols).toContainEqual(["1-10月完成投资/占年度计划(%)", "ytdPercent"]);
  });
  it("reads the four projects with cleaned names and amounts, and accounts for every skipped row", async () => {
    const { programme, report } = await loadDataDir(dir("excel-gbk"));
    const states = programme!.snapshots[0]!.states;
    expect(states.map((s) => [s.id, s.name, s.district, s.nature, s.status, s.annualPlan, s.ytdCompleted])).toEqual([
      ["SL-001", "东城大道改造工程", "东城区", "continuing", "under-construction", 1000, 800],
      ["SL-002", "西城人民医院二期", "西城区", "continuing", "under-construction", 600, 450],
      ["SL-003", "北区新材料产业园", "北区", "new", "under-construction", 800, 280],
      ["SL-004", "南湖生态修复", "南湖区", "new", "not-started", 200, null],
    ]);
    expect(states[1]!.source).toEqual({ file: "test/fixtures/loader/excel-gbk/snapshots/2026-10.csv", line: 9 });
    const skipped = report.files[0]!.skipped.map((s) => [s.line, s.reason]);
    expect(skipped).toEqual([
      [1, "title"],
      [2, "title"],
      [3, "unit"],
      [6, "total"],
      [7, "group"],
      [11, "group"],
      [14, "blank"],
      [15, "note"],
      [16, "note"],
      [17, "note"],
    ]);
    // every line of the file is a header, a project or a skipped row
    expect(report.files[0]!.headerLines.length + states.length + skipped.length + 1).toBe(17); // line 9 spans two lines
  });
  it("checks the 合计 row against the rows and finds it consistent", async () => {
    const { report } = await loadDataDir(dir("excel-gbk"));
    expect(report.issues.filter((i) => i.code === "totals-mismatch")).toEqual([]);
  });
});

describe("loadDataDir(other quirks)", () => {
  it("reads UTF-8 with BOM, LF endings, and a 合计 row at the end", async () => {
    const { programme, report } = await loadDataDir(dir("utf8-bom"));
    expect(report.files[0]!.encoding).toBe("utf-8-bom");
    expect(programme!.snapshots[0]!.states.map((s) => s.name)).toEqual(["项目甲", "项目乙"]);
    expect(report.issues).toEqual([]);
  });
  it("reads full-width digits, separators, placeholders, line breaks, dates, periods and flags", async () => {
    const { programme, lines } = await messages("cells");
    const [c1, c2, c3] = programme!.snapshots[0]!.states;
    expect([c1!.totalInvestment, c1!.annualPlan, c1!.ytdCompleted, c1!.privateInvestment]).toEqual([1234.5, 500, 250, true]);
    expect(c1!.progressText).toBe("主体完工\n正在装修");
    expect(c1!.problems).toBeNull();
    expect([c1!.plannedStart, c1!.actualStart]).toEqual(["2026-03", "2026-04"]);
    expect(c1!.period).toEqual({ startYear: 2026, startMonth: null, endYear: 2027, endMonth: null });
    expect([c2!.name, c2!.totalInvestment, c2!.ytdCompleted, c2!.landArea, c2!.privateInvestment]).toEqual(["空格项目", 1234.5, null, null, false]);
    expect(c2!.period).toEqual({ startYear: 2024, startMonth: 3, endYear: 2026, endMonth: 12 });
    expect([c3!.plannedStart, c3!.actualStart, c3!.nature, c3!.status]).toEqual(["2026-03", "2026-04", "completing", "completed"]);
    expect(lines).toEqual([
      "test/fixtures/loader/cells/snapshots/2026-06.csv:2 列「经度」：“#DIV/0!”是 Excel 公式错误，请在原表中修正公式后重新导出",
      "test/fixtures/loader/cells/snapshots/2026-06.csv:5 列「1-6月完成投资」：金额为负数“-5”，请核实",
    ]);
  });
  it("converts 亿元 from the header and the unit row to 万元, and keeps a column's own 万元", async () => {
    const { programme } = await loadDataDir(dir("units-yi"));
    const s = programme!.snapshots[0]!.states[0]!;
    expect([s.totalInvestment, s.annualPlan, s.ytdCompleted, s.cumulativeCompleted]).toEqual([125000, 12000, 8500, 9000]);
  });
  it("knows alternative header wording", async () => {
    const { programme, report } = await loadDataDir(dir("aliases"));
    expect(report.issues).toEqual([]);
    const s = programme!.snapshots[0]!.states[0]!;
    expect(s).toMatchObject({ id: "X-9", name: "别名项目", district: "甲区", category: "产业", nature: "new", status: "under-construction" });
    expect([s.totalInvestment, s.annualPlan, s.ytdCompleted, s.cumulativeCompleted]).toEqual([1000, 300, 200, 600]);
    expect([s.progressText, s.owner, s.leadDepartment, s.leader, s.content]).toEqual(["进展顺利", "某公司", "市发改委", "李四", "新建厂房"]);
  });
  it("matches projects without ids across months by normalised name and district", async () => {
    const { programme, report } = await loadDataDir(dir("by-name"));
    expect(report.files.map((f) => f.matchedBy)).toEqual(["name-and-district", "name-and-district"]);
    expect(programme!.projects).toHaveLength(2);
    const p = programme!.projects.find((x) => x.district === "城南区")!;
    expect(p.months).toEqual(["2026-02", "2026-03"]);
    expect(p.slug).toMatch(/^p-[0-9a-f]{8}$/);
  });
  it("maps headers named in site.yaml's columns, and says which columns it did not use", async () => {
    const { programme, lines } = await messages("custom-columns");
    expect(programme!.title).toBe("自定义列测试");
    expect(programme!.snapshots[0]!.states[0]).toMatchObject({ annualPlan: 100, ytdCompleted: 40 });
    expect(lines).toEqual(["test/fixtures/loader/custom-columns/snapshots/2026-05.csv:1 E列「所在街道」不是已知列，未使用（如需使用，请在 site.yaml 的 columns 中映射）"]);
  });
  it("works without site.yaml, taking the title from the title row and districts from the data", async () => {
    const { programme, config } = await loadDataDir(dir("excel-gbk"));
    expect(config.locale).toBe("zh-CN");
    expect(programme!.districts).toEqual(["东城区", "西城区", "北区", "南湖区"]);
    expect(programme!.categories).toEqual(["基础设施", "社会民生", "产业", "生态环保"]);
  });
  it("falls back to the folder's name for the title when no table has a title row", async () => {
    const { programme } = await loadDataDir(dir("aliases"));
    expect(programme!.title).toBe("aliases");
  });
});

/** One broken fixture per failure mode, each message pinned. */
describe("loadDataDir(broken) reports every problem with file, line, column and value", () => {
  const cases: Array<[string, string[]]> = [
    ["not-a-number", ["test/fixtures/loader/broken/not-a-number/snapshots/2026-10.csv:4 列「1-10月完成投资」：“约5000”不是数字"]],
    ["ref-error", ["test/fixtures/loader/broken/ref-error/snapshots/2026-10.csv:2 列「2026年计划投资」：“#REF!”是 Excel 公式错误，请在原表中修正公式后重新导出"]],
    ["month-mismatch", ["test/fixtures/loader/broken/month-mismatch/snapshots/2026-10.csv:1 列「1-9月完成投资」：表头写的是9月，但文件名表示 2026-10（应为 1-10月），请确认是否存错了月份"]],
    ["year-mismatch", ["test/fixtures/loader/broken/year-mismatch/snapshots/2026-10.csv:1 列「2025年计划投资」：表头写的是2025年，但文件名表示 2026-10（应为 2026年）"]],
    ["duplicate", ["test/fixtures/loader/broken/duplicate/snapshots/2026-10.csv:4 列「项目编号」：“D1”在本月表中重复出现（另见第2行）"]],
    // A table without a year-to-date column is a plan, not a progress table: one message saying so.
    [
      "missing-column",
      [
        "test/fixtures/loader/broken/missing-column/snapshots/2026-10.csv:1 这不是月度进度调度表：表头没有本年完成投资列（如「1-10月完成投资」「年度累计完成投资」），只有「项目编号」「项目名称」「所属县区」「建设性质」「2026年计划投资」等列，看起来是一份年度投资计划表。请导入含本年累计完成投资的调度表；如完成投资列用了别的名称，请在 site.yaml 的 columns 中映射",
      ],
    ],
    ["empty-file", ["test/fixtures/loader/broken/empty-file/snapshots/2026-10.csv 文件为空"]],
    ["unknown-nature", ["test/fixtures/loader/broken/unknown-nature/snapshots/2026-10.csv:2 列「建设性质」：“扩建”不是可识别的建设性质（应为 新开工、续建、竣工、前期 之一）"]],
    [
      "bad-file-name",
      ["test/fixtures/loader/broken/bad-file-name/snapshots/十月.csv 文件名“十月.csv”不是 YYYY-MM 格式（例如 2026-10.csv、2026-10.xlsx），无法确定月份；可用 npm run import -- 文件名 导入，自动识别月份并命名"],
    ],
    ["no-header", ["test/fixtures/loader/broken/no-header/snapshots/2026-10.csv 找不到表头行：前40行中没有一行同时包含「项目名称」和至少两个已知列（如「所属县区」「年度计划投资」「1-10月完成投资」）"]],
    ["missing-name", ["test/fixtures/loader/broken/missing-name/snapshots/2026-10.csv:2 列「项目名称」：为空，项目行必须填写此项"]],
    ["truncated", ["test/fixtures/loader/broken/truncated/snapshots/2026-10.csv:3 引号未闭合，文件可能被截断或损坏"]],
    [
      "bad-config",
      [
        "test/fixtures/loader/broken/bad-config/site.yaml:2 配置项「locale」：“fr”无效：无效选项：期望以下之一 \"zh-CN\"|\"en\"",
        "test/fixtures/loader/broken/bad-config/site.yaml:4 配置项「ranking.redFlags」：“-1”无效：数值过小：期望 number >=0",
        "test/fixtures/loader/broken/bad-config/site.yaml:6 配置项「columns.某列」：“notAField”不是已知字段（应为 serial, id, name, district, category, nature, status, finished, content, period, totalInvestment, annualPlan, ytdCompleted, ytdPlanned, ytdPercent, cumulativeCompleted, monthCompleted, progressText, problems, owner, leadDepartment, leader, privateInvestment, landArea, plannedStart, actualStart, plannedEnd, actualEnd, longitude, latitude, remarks 之一）",
      ],
    ],
    // New failure modes of workbooks and of real layouts.
    [
      "reserve-list",
      [
        "test/fixtures/loader/broken/reserve-list/snapshots/2026-10.xlsx:2 这不是月度进度调度表：表头没有本年完成投资列（如「1-10月完成投资」「年度累计完成投资」），只有「项目名称」「所属县区」「建设内容及规模」「总投资（万元）」「责任单位」等列，看起来是一份项目储备或前期工作清单。请导入含本年累计完成投资的调度表；如完成投资列用了别的名称，请在 site.yaml 的 columns 中映射",
      ],
    ],
    ["unreadable-workbook", ["test/fixtures/loader/broken/unreadable-workbook/snapshots/2026-10.xlsx 无法读取工作簿（.xlsx）：文件不完整，可能在下载或复制时被截断。请在 Excel 或 WPS 中打开，另存为 .xlsx 后重试"]],
    ["sheet-not-found", ["test/fixtures/loader/broken/sheet-not-found/snapshots/2026-10.xlsx site.yaml 的 sheet 指定的工作表“十月”不存在；此工作簿的工作表有：调度表"]],
    [
      "two-files-one-month",
      ["test/fixtures/loader/broken/two-files-one-month/snapshots/2026-10.xlsx 2026-10 已有快照文件 test/fixtures/loader/broken/two-files-one-month/snapshots/2026-10.csv，同一月份只能有一个文件"],
    ],
    ["repeated-row", ["test/fixtures/loader/broken/repeated-row/snapshots/2026-10.xlsx:4 调度表!A4 列「项目编号」：“R-1”在本月表中重复出现（另见第2行）"]],
    [
      "workbook-no-header",
      ["test/fixtures/loader/broken/workbook-no-header/snapshots/2026-10.xls 工作簿的 2 个工作表（封面、汇总）中都找不到表头行：前40行中没有一行同时包含「项目名称」和至少两个已知列（如「所属县区」「年度计划投资」「1-10月完成投资」）"],
    ],
    [
      "no-district",
      ["test/fixtures/loader/broken/no-district/snapshots/2026-10.csv:1 缺少必需的列「所属县区」，也没有标明县区的分组行（如“一、青岚区（19个）”）；如表头用了别的名称，请在 site.yaml 的 columns 中映射"],
    ],
    ["outside-groups", ["test/fixtures/loader/broken/outside-groups/snapshots/2026-10.csv:2 此行上方没有标明所属县区的分组行（如“一、青岚区（19个）”），无法确定所属县区"]],
    ["missing-plan", ["test/fixtures/loader/broken/missing-plan/snapshots/2026-10.csv:1 缺少必需的列「年度计划投资」；如表头用了别的名称，请在 site.yaml 的 columns 中映射"]],
  ];
  for (const [name, expected] of cases) {
    it(`loadDataDir(broken/${name}) fails with its message and publishes nothing`, async () => {
      const { programme, report, lines } = await messages(`broken/${name}`);
      expect(lines.filter((_, k) => report.issues[k]!.severity === "error")).toEqual(expected);
      expect(report.errors).toBe(expected.length);
      expect(programme).toBeNull();
    });
  }
  it("loadDataDir(broken/totals-mismatch) reports the total against the sum, as a warning by default", async () => {
    const { programme, report, lines } = await messages("broken/totals-mismatch");
    expect(lines).toEqual(["test/fixtures/loader/broken/totals-mismatch/snapshots/2026-10.csv:2 列「1-10月完成投资」：合计行为 100 万元，但 2 个项目行之和为 110 万元（相差 -10）"]);
    expect(report.issues[0]!.severity).toBe("warning");
    expect(programme).not.toBeNull();
  });
  it("loadDataDir(broken/title-month) warns that the title names September in the October file", async () => {
    const { programme, report, lines } = await messages("broken/title-month");
    expect(lines).toEqual([
      "test/fixtures/loader/broken/title-month/snapshots/2026-10.csv:1 标题“2026年1-9月云岭市重点项目建设进度表”写的是 2026-09，与文件的月份 2026-10 不一致；请确认是否存错了月份，或标题忘了改",
    ]);
    expect(report.issues[0]!.severity).toBe("warning");
    expect(programme).not.toBeNull();
  });
  it("formats the new messages in English too", async () => {
    const en = async (name: string) => (await messages(`broken/${name}`, "en")).lines;
    expect(await en("reserve-list")).toEqual([
      "test/fixtures/loader/broken/reserve-list/snapshots/2026-10.xlsx:2 this is not a monthly progress table: the header has no year-to-date column (e.g. 1-10月完成投资, 年度累计完成投资), only 「项目名称」「所属县区」「建设内容及规模」「总投资（万元）」「责任单位」 and the like; it looks like a reserve or preparatory project list. Import the scheduling table with year-to-date completion; if that column has another name, map it under columns in site.yaml",
    ]);
    expect(await en("unreadable-workbook")).toEqual([
      "test/fixtures/loader/broken/unreadable-workbook/snapshots/2026-10.xlsx the workbook (.xlsx) cannot be read: the file is incomplete, perhaps cut short while downloading or copying. Open it in Excel or WPS and save it as .xlsx",
    ]);
    expect(await en("outside-groups")).toEqual([
      "test/fixtures/loader/broken/outside-groups/snapshots/2026-10.csv:2 no group row above this row names its district (所属县区) (e.g. 一、青岚区（19个）)",
    ]);
  });
  it("formats messages in English when asked", async () => {
    const { lines } = await messages("broken/not-a-number", "en");
    expect(lines).toEqual(['test/fixtures/loader/broken/not-a-number/snapshots/2026-10.csv:4 column "1-10月完成投资": "约5000" is not a number']);
  });
  it("loadDataDir(a folder with no snapshots) is an error, not a crash", async () => {
    const r = await loadDataDir("test/fixtures/loader/does-not-exist");
    expect(r.report.issues.map((i) => i.code)).toEqual(["no-snapshots"]);
    expect(r.programme).toBeNull();
  });
});
