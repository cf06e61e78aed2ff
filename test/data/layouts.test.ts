import { describe, expect, it } from "vitest";
import { loadDataDir } from "../../src/lib/io/loadDataDir.ts";
import { formatIssue } from "../../src/lib/i18n/report.ts";
import { noticeMessage } from "../../src/lib/i18n/issues.ts";
import type { ProjectState } from "../../src/lib/data/model.ts";

/**
 * The layouts of real published tables (test/fixtures/loader/README.md), each as a workbook and
 * as its CSV export: both read to the same projects, with the figures pinned here.
 */
const dir = (name: string) => `test/fixtures/loader/${name}`;

async function both(name: string) {
  const [workbook, csv] = await Promise.all([loadDataDir(dir(`${name}/workbook`)), loadDataDir(dir(`${name}/csv`))]);
  const states = (r: typeof workbook) => r.programme?.snapshots[0]?.states ?? [];
  const lines = (r: typeof workbook) => r.report.issues.map((i) => formatIssue(i, "zh-CN"));
  const notices = (r: typeof workbook) => r.report.files[0]?.notices.map((n) => noticeMessage(n, "zh-CN")) ?? [];
  return { workbook, csv, states, lines, notices };
}

const pick = (states: ProjectState[], ...fields: Array<keyof ProjectState>) => states.map((s) => fields.map((f) => s[f]));
/** The states without their source file (the workbook's and the CSV's differ by name only). */
const withoutFile = (states: ProjectState[]) => states.map((s) => ({ ...s, source: { ...s.source, file: "" } }));
/** The states without their source (a CSV's lines run longer than the sheet's rows when a cell holds a line break). */
const withoutSource = (states: ProjectState[]) => states.map((s) => ({ ...s, source: null }));

describe("loadDataDir(layouts of real tables): workbook and CSV export read alike", () => {
  it("loadDataDir(three-row-header) flattens 投资情况 / 2026年度 / 计划投资 and a label written in the bottom row", async () => {
    const { workbook, csv, states } = await both("three-row-header");
    for (const r of [workbook, csv]) {
      expect(r.report.errors).toBe(0);
      expect(r.report.files[0]!.headerLines).toEqual([3, 4, 5]);
      expect(r.report.files[0]!.columns.filter((c) => c.field).map((c) => [c.label, c.field])).toEqual([
        ["序号", "serial"],
        ["项目名称", "name"],
        ["所属县区", "district"],
        ["建设性质", "nature"],
        ["投资情况/总投资", "totalInvestment"],
        ["投资情况/2026年度/计划投资", "annualPlan"],
        ["投资情况/2026年度/1-10月完成", "ytdCompleted"],
        ["投资情况/2026年度/完成率", "ytdPercent"],
        ["投资情况/开工累计完成", "cumulativeCompleted"],
        ["形象进度", "progressText"],
        ["责任单位", "leadDepartment"],
      ]);
    }
    expect(pick(states(workbook), "name", "district", "nature", "totalInvestment", "annualPlan", "ytdCompleted", "cumulativeCompleted", "leadDepartment")).toEqual([
      ["云岭大道改造工程", "青岚区", "continuing", 5000, 1000, 800, 4000, "市交通局"],
      ["青岚人民医院二期", "青岚区", "new", 3000, 600, 300, 300, "市卫健委"],
      ["临江污水处理厂", "临江区", "continuing", 1000, 200, 50, 850, "市住建局"],
    ]);
    expect(withoutFile(states(csv))).toEqual(withoutFile(states(workbook)));
  });

  it("loadDataDir(spaced-labels) reads 序  号, 项 目 名 称, 总投资\\n（亿元）, 开工时间\\n20XX.0X and 合  计", async () => {
    const { workbook, csv, states } = await both("spaced-labels");
    expect(workbook.report.files[0]!.format).toBe("xls");
    expect(pick(states(workbook), "name", "totalInvestment", "annualPlan", "ytdCompleted", "actualStart", "status")).toEqual([
      ["云溪港区疏港公路", 125000, 20000, 16800, "2025-03", "under-construction"],
      ["云溪智能制造产业园", 80000, 12000, 9000, "2026-10", "under-construction"],
    ]);
    expect(workbook.report.files[0]!.skipped).toEqual([{ line: 4, reason: "total", text: "合  计 20.50 32,000.00 25,800.00" }]);
    expect(withoutSource(states(csv))).toEqual(withoutSource(states(workbook)));
    // The header's line breaks make the CSV's lines run on: its rows start on lines 6 and 7.
    expect(states(csv).map((s) => s.source.line)).toEqual([6, 7]);
    expect(workbook.report.issues).toEqual([]);
  });

  it("loadDataDir(district-groups) takes the district from 一、青岚区（3个） and the nature from （一）在建一批, with 序号 restarting and 小计 rows", async () => {
    const { workbook, csv, states, lines, notices } = await both("district-groups");
    expect(pick(states(workbook), "name", "district", "nature", "category", "annualPlan", "ytdCompleted")).toEqual([
      ["青岚大道东延", "青岚区", "continuing", "基础设施", 800, 600],
      ["青岚数据中心", "青岚区", "continuing", "产业", 1200, 900],
      ["青岚实验学校", "青岚区", "new", "社会民生", 500, 100],
      ["临江滨江公园", "临江区", "continuing", "生态环保", 0, 0],
    ]);
    expect(withoutFile(states(csv))).toEqual(withoutFile(states(workbook)));
    expect(notices(csv)).toEqual([
      "表中没有「所属县区」列，取自分组行（如“一、青岚区（3个）”，共 2 组）",
      "表中没有「建设性质」列，取自分组行（如“（一）在建一批（2个）”，共 3 组）",
    ]);
    // #DIV/0! in 完成率, which nothing needs: a warning, in the project row and in the 合计 row.
    expect(lines(workbook)).toEqual([
      "test/fixtures/loader/district-groups/workbook/snapshots/2026-10.xlsx:12 调度表!F12 列「完成率」：“#DIV/0!”是 Excel 公式错误，请在原表中修正公式后重新导出",
      "test/fixtures/loader/district-groups/workbook/snapshots/2026-10.xlsx:14 调度表!F14 列「完成率」：“#DIV/0!”是 Excel 公式错误，请在原表中修正公式后重新导出",
    ]);
    expect(workbook.report.issues.every((i) => i.severity === "warning")).toBe(true);
    expect(workbook.programme).not.toBeNull();
  });

  it("loadDataDir(group-levels) reads four levels of group rows, a marker in its own cell, and no 序号", async () => {
    const { workbook, csv, states, lines } = await both("group-levels");
    expect(pick(states(workbook), "name", "district", "nature", "category", "annualPlan", "ytdCompleted")).toEqual([
      ["青岚枢纽站", "青岚区", "new", "基础设施", 1000, 500],
      ["青岚北路", "青岚区", "new", "基础设施", 500, 200],
      ["青岚光电产业园", "青岚区", "continuing", "产业", 1000, 600],
      ["临江船舶基地", "临江区", "continuing", "产业", 500, 200],
    ]);
    expect(withoutFile(states(csv))).toEqual(withoutFile(states(workbook)));
    expect(workbook.report.files[0]!.columns.filter((c) => c.from).map((c) => c.field)).toEqual(["district", "nature", "category"]);
    expect(lines(csv)).toEqual(["test/fixtures/loader/group-levels/csv/snapshots/2026-10.csv:2 列「备注」：“#REF!”是 Excel 公式错误，请在原表中修正公式后重新导出"]);
  });

  it("loadDataDir(merged-cells) fills a data cell merged down a run of rows, and the CSV export's blanks under it", async () => {
    const { workbook, csv, states, notices } = await both("merged-cells");
    expect(pick(states(workbook), "id", "district", "category", "nature", "leadDepartment", "problems")).toEqual([
      ["M-1", "青岚区", "基础设施", "continuing", "市交通局", null],
      ["M-2", "青岚区", "基础设施", "continuing", "市交通局", "拆迁未完成"],
      ["M-3", "青岚区", "产业", "new", "市工信局", null],
      ["M-4", "临江区", "基础设施", "continuing", "市交通局", null],
      ["M-5", "临江区", "基础设施", "continuing", "市交通局", null],
    ]);
    expect(withoutFile(states(csv))).toEqual(withoutFile(states(workbook)));
    expect(notices(workbook)).toContain("C列「所属县区」第 3–4 行：沿用合并单元格 调度表!C2 的值“青岚区”");
    expect(notices(csv)).toContain("C列「所属县区」第 3–4 行为空，视为导出时留空的合并单元格，沿用第 2 行的“青岚区”");
    expect(notices(csv)).toHaveLength(8);
  });

  it("loadDataDir(yes-no-status) reads 是否开工 and 是否竣工 as the status", async () => {
    const { workbook, csv, states } = await both("yes-no-status");
    expect(pick(states(workbook), "name", "status")).toEqual([
      ["青岚体育馆", "under-construction"],
      ["青岚老旧小区改造", "completed"],
      ["临江物流园", "not-started"],
    ]);
    expect(csv.report.files[0]!.encoding).toBe("utf-8-bom");
    expect(withoutFile(states(csv))).toEqual(withoutFile(states(workbook)));
  });

  it("loadDataDir(units-per-column) converts 总投资（亿元） beside 年度计划投资（万元） and the 编制单位 row's 万元; reads 0_ amounts and rates", async () => {
    const { workbook, csv, states } = await both("units-per-column");
    expect(pick(states(workbook), "name", "totalInvestment", "annualPlan", "ytdCompleted", "cumulativeCompleted")).toEqual([
      ["云岭新材料基地", 32000, 6000, 3546, 15000],
      ["临江大桥", 120000, 20000, 12000, 90000],
    ]);
    expect(withoutFile(states(csv))).toEqual(withoutFile(states(workbook)));
    expect(workbook.report.files[0]!.skipped).toEqual([{ line: 1, reason: "unit", text: "编制单位：云岭市重点项目办 万元" }]);
    expect(workbook.report.issues).toEqual([]);
  });

  it("loadDataDir(dates) reads 2026.3, 2026.1 (October), serials, date cells, 2024—2026 and 2024/2026 without moving a day", async () => {
    const { workbook, csv, states } = await both("dates");
    expect(pick(states(workbook), "name", "plannedStart", "actualStart", "plannedEnd", "period")).toEqual([
      ["文本日期项目", "2026-03", "2026-10", "2027-06", { startYear: 2024, startMonth: null, endYear: 2026, endMonth: null }],
      ["数字日期项目", "2026-10", "2026-03", "2026-12", { startYear: 2024, startMonth: null, endYear: 2026, endMonth: null }],
      ["序列号日期项目", "2026-03", "2026-04", "2027-01", { startYear: 2024, startMonth: 3, endYear: 2026, endMonth: 12 }],
    ]);
    expect(withoutFile(states(csv))).toEqual(withoutFile(states(workbook)));
  });

  it("loadDataDir(helper-columns) ignores unlabelled columns and trailing blanks, and stops at a second table, saying so", async () => {
    const { workbook, csv, states, lines, notices } = await both("helper-columns");
    expect(pick(states(workbook), "name", "district", "annualPlan")).toEqual([
      ["青岚环线", "青岚区", 100],
      ["临江水厂", "临江区", 200],
    ]);
    expect(withoutFile(states(csv))).toEqual(withoutFile(states(workbook)));
    expect(lines(workbook)).toEqual([
      "test/fixtures/loader/helper-columns/workbook/snapshots/2026-10.xlsx:5 从这一行起是另一张表（“2026年储备项目表”，共 3 行），已停止读取；如需使用，请把它放到单独的文件或工作表中",
    ]);
    expect(notices(workbook)).toEqual(["读取工作表“调度表”（表头可识别）", "C列没有表头，第 2–3 行的值未使用（辅助列）"]);
    expect(workbook.report.files[0]!.skipped.map((s) => [s.line, s.reason])).toEqual([
      [4, "blank"],
      [5, "other-table"],
      [6, "other-table"],
      [7, "other-table"],
    ]);
    // The CSV keeps its trailing blank lines, which go with the second table.
    expect(lines(csv)[0]).toContain("共 5 行");
  });

  it("loadDataDir(package) joins a project split over rows by 责任单位: amounts summed, 总投资 merged over them counted once", async () => {
    const { workbook, csv, states, notices } = await both("package");
    expect(pick(states(workbook), "id", "name", "district", "totalInvestment", "annualPlan", "ytdCompleted", "leadDepartment")).toEqual([
      ["P-1", "青岚片区综合开发（打捆）", "青岚区", 9000, 1000, 550, "市住建局、市交通局、市水利局"],
      ["P-2", "临江医院", "临江区", 2000, 500, 250, "市卫健委"],
    ]);
    expect(withoutFile(states(csv))).toEqual(withoutFile(states(workbook)));
    expect(notices(csv)).toEqual([
      "第 3–4 行没有项目名称但有另一责任单位，视为第 2 行“青岚片区综合开发（打捆）”的分行，沿用其编号、名称和县区",
      "“青岚片区综合开发（打捆）”按责任单位分为 3 行（第 2–4 行：市住建局、市交通局、市水利局），已合并为一个项目，金额相加",
    ]);
  });

  it("loadDataDir(wps-et) reads a WPS .et workbook", async () => {
    const { workbook, csv, states } = await both("wps-et");
    expect(workbook.report.files[0]).toMatchObject({ format: "et", sheet: "调度表", encoding: "utf-16le" });
    expect(pick(states(workbook), "name", "annualPlan", "ytdCompleted")).toEqual([["青岚文化中心", 300, 150]]);
    expect(withoutFile(states(csv))).toEqual(withoutFile(states(workbook)));
  });
});

describe("loadDataDir(workbooks with several sheets)", () => {
  it("loadDataDir(multi-sheet) reads the sheet whose header is recognised, names the skipped sheets, and skips Excel's lock file", async () => {
    const r = await loadDataDir(dir("multi-sheet"));
    expect(r.report.errors).toBe(0);
    expect(r.report.files[0]!.sheet).toBe("调度表");
    expect(r.report.files[0]!.notices.map((n) => noticeMessage(n, "zh-CN"))).toEqual([
      "读取工作表“调度表”（表头可识别）",
      "跳过工作表“说明”：没有项目表头（如汇总表、说明页）",
      "跳过工作表“汇总”：没有项目表头（如汇总表、说明页）",
      "跳过工作表“数据源”：隐藏的工作表",
    ]);
    expect(r.report.issues.map((i) => formatIssue(i, "zh-CN"))).toEqual([
      "test/fixtures/loader/multi-sheet/snapshots/~$2026-10.xlsx “~$2026-10.xlsx”是 Excel 或 WPS 打开工作簿时生成的临时文件，已跳过",
    ]);
    expect(r.programme!.snapshots[0]!.states.map((s) => s.name)).toEqual(["青岚图书馆", "临江公园"]);
  });

  it("loadDataDir(sheet-config) reads the sheet site.yaml's sheet: names", async () => {
    const r = await loadDataDir(dir("sheet-config"));
    expect(r.report.issues).toEqual([]);
    expect(r.programme!.snapshots[0]!.states.map((s) => s.name)).toEqual(["县级项目乙"]);
  });
});

describe("loadDataDir(a folder of monthly workbooks)", () => {
  for (const [name, format] of [
    ["xlsx-months", "xlsx"],
    ["xls-months", "xls"],
  ] as const) {
    it(`loadDataDir(${name}) reads every month and reports the unknown column of every file once`, async () => {
      const r = await loadDataDir(dir(name));
      expect(r.report.errors).toBe(0);
      expect(r.report.files.map((f) => [f.month, f.format, f.projects])).toEqual([
        ["2026-02", format, 12],
        ["2026-03", format, 12],
        ["2026-04", format, 12],
      ]);
      expect(r.programme!.projects).toHaveLength(12);
      expect(new Set(r.report.issues.map((i) => i.code))).toEqual(new Set(["unknown-column"]));
    });
  }
});
