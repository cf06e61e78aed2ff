import { expect, test } from "vitest";
import { formatReport } from "../../src/lib/i18n/report.ts";
import type { FileReport, ValidationReport } from "../../src/lib/data/report.ts";
import { issue } from "../../src/lib/common/issue.ts";
import { lineRanges } from "../../src/lib/i18n/issues.ts";

const unknown = (file: string, line: number) => issue("warning", "unknown-column", { file, line, column: "片区", value: "片区" }, { letter: "AC" });

const report = (issues: ValidationReport["issues"], files: FileReport[] = []): ValidationReport => ({
  files,
  issues,
  errors: issues.filter((i) => i.severity === "error").length,
  warnings: issues.filter((i) => i.severity === "warning").length,
});

test("formatReport(the same warning in three files) prints one line naming the files", () => {
  const text = formatReport(report([unknown("d/2026-02.xlsx", 3), unknown("d/2026-03.xlsx", 3), unknown("d/2026-04.xlsx", 3)]), "zh-CN");
  expect(text.split("\n")).toEqual([
    "",
    "警告（1）：",
    "  ! d/2026-02.xlsx:3、2026-03.xlsx:3、2026-04.xlsx:3（3 个文件） AC列「片区」不是已知列，未使用（如需使用，请在 site.yaml 的 columns 中映射）",
    "",
    "共 0 个文件，0 个错误，3 个警告。",
  ]);
});

test("formatReport(an issue in a workbook) names its sheet and cell", () => {
  const i = issue("error", "not-a-number", { file: "d/2026-10.xlsx", line: 12, column: "1-10月完成投资", value: "约5000", cell: "调度表!F12" });
  expect(formatReport(report([i]), "en")).toContain('  ✗ d/2026-10.xlsx:12 调度表!F12 column "1-10月完成投资": "约5000" is not a number');
});

test("formatReport(a workbook's file) says its format and sheet, lists its notices and sums filled merges per column", () => {
  const f: FileReport = {
    file: "d/2026-10.xlsx", month: "2026-10", encoding: "utf-8", format: "xlsx", sheet: "调度表", title: null, headerLines: [3, 4, 5], unit: "万元", unitSource: "header",
    matchedBy: "id", columns: [{ index: 3, letter: "D", label: "所属县区", field: "district" }, { index: 9, letter: "", label: "（分组行）", field: "district", from: "group-rows" }], projects: 2, skipped: [],
    notices: [
      { code: "sheet-skipped", lines: [], column: null, value: "汇总", detail: { reason: "no-header" } },
      { code: "merge-filled", lines: [6, 7], column: "所属县区", value: "青岚区", detail: { letter: "D", cell: "调度表!D5", fromLine: 5 } },
      { code: "merge-filled", lines: [9], column: "所属县区", value: "临江区", detail: { letter: "D", cell: "调度表!D8", fromLine: 8 } },
    ],
  };
  const lines = formatReport(report([], [f]), "zh-CN").split("\n");
  expect(lines.slice(0, 4)).toEqual([
    "d/2026-10.xlsx：2026-10，Excel 工作簿 .xlsx，工作表“调度表”，表头第 3、4、5 行，单位 万元（表头），2 个项目，按项目编号匹配各月",
    "  列：D「所属县区」→district  分组行→district",
    "  跳过工作表“汇总”：没有项目表头（如汇总表、说明页）",
    "  填充：D列「所属县区」2 个合并单元格共 3 格（--verbose 列出每一处）",
  ]);
  expect(formatReport(report([], [f]), "zh-CN", { verbose: true })).toContain("  D列「所属县区」第 6–7 行：沿用合并单元格 调度表!D5 的值“青岚区”");
});

test("lineRanges([6, 7, 8, 9, 12]) is 6–9、12", () => {
  expect(lineRanges([6, 7, 8, 9, 12], "、")).toBe("6–9、12");
  expect(lineRanges([], "、")).toBe("");
});
