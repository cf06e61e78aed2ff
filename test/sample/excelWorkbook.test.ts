import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import type { ProjectState } from "../../src/lib/data/model.ts";
import { monthSerial, sheetCsv, toWorkbook, toWorksheet, workbookBytes } from "../../src/lib/sample/excelWorkbook.ts";

function state(over: Partial<ProjectState>): ProjectState {
  return {
    month: "2026-10", key: "id:A", id: "A", name: "甲项目", district: "青岚区", category: "产业", nature: "continuing", status: "under-construction",
    content: "新建厂房", period: { startYear: 2024, startMonth: 3, endYear: 2026, endMonth: 12 }, totalInvestment: 1000, annualPlan: 300, ytdCompleted: 150.25, ytdPlanned: null,
    cumulativeCompleted: 800, monthCompleted: 20, progressText: "主体完工\n正在装修", problems: null, owner: null, leadDepartment: "市工信局", leader: "李四",
    privateInvestment: true, landArea: 12.5, plannedStart: "2024-03", actualStart: "2024-04", plannedEnd: "2026-12", actualEnd: null, longitude: null, latitude: null,
    remarks: null, source: { file: "x", line: 1 }, ...over,
  };
}
const A = state({});
const B = state({ key: "id:B", id: "B", name: "乙项目" });
const C = state({ key: "id:C", id: "C", name: "丙项目", district: "临江区", category: "基础设施", leadDepartment: "市交通局" });

const text = (ws: XLSX.WorkSheet) => XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, raw: false, defval: "", blankrows: true });

describe("toWorksheet", () => {
  it("toWorksheet(states, three-row header) merges 投资情况 over 2026年度 over 计划投资 / 1-10月完成 / 完成率 and single labels down", () => {
    const { sheet } = toWorksheet([A], { month: "2026-10", headerRows: 3 });
    const rows = text(sheet);
    expect(rows[0]!.slice(9, 16)).toEqual(["投资情况（万元）", "", "", "", "", "", "形象进度"]);
    expect(rows[1]!.slice(9, 15)).toEqual(["总投资", "2026年度", "", "", "当月完成", "开工累计完成"]);
    expect(rows[2]!.slice(9, 15)).toEqual(["", "计划投资", "1-10月完成", "完成率", "", ""]);
    const merges = (sheet["!merges"] ?? []).map((m) => XLSX.utils.encode_range(m));
    expect(merges).toEqual(expect.arrayContaining(["A1:A3", "J1:O1", "J2:J3", "K2:M2", "N2:N3", "O2:O3", "P1:P3"]));
  });

  it("toWorksheet(states, districtGroups, mergeRuns) writes 一、青岚区（2个） rows and merges equal categories and departments down", () => {
    const { sheet, written } = toWorksheet([A, C, B], { month: "2026-10", headerRows: 1, districtGroups: true, mergeRuns: true });
    const rows = text(sheet);
    expect(rows.map((r) => r[0])).toEqual(["序号", "一、青岚区（2个）", "1", "2", "二、临江区（1个）", "1"]);
    expect(written.map((s) => s.id)).toEqual(["A", "B", "C"]);
    expect(rows[3]![3]).toBe(""); // 项目类别 of B: merged with A's
    const merges = (sheet["!merges"] ?? []).map((m) => XLSX.utils.encode_range(m));
    expect(merges).toEqual(expect.arrayContaining(["A2:C2", "D3:D4", "E3:E4", "Q3:Q4"]));
  });

  it("toWorksheet(states) writes amounts as numbers with a format, rates as fractions and dates as date cells", () => {
    const { sheet } = toWorksheet([A], { month: "2026-10", headerRows: 2, dateCells: true });
    const row = 2; // under a two-row header
    const cells = Object.entries(sheet).filter(([k]) => XLSX.utils.decode_cell(k).r === row && !k.startsWith("!"));
    const byColumn = new Map(cells.map(([k, v]) => [XLSX.utils.decode_cell(k).c, v as XLSX.CellObject]));
    expect(byColumn.get(11)).toMatchObject({ t: "n", v: 150.25, z: "#,##0.00" });
    expect(byColumn.get(12)).toMatchObject({ t: "n", z: "0.0%" });
    expect((byColumn.get(12)!.v as number).toFixed(6)).toBe((150.25 / 300).toFixed(6));
    expect(byColumn.get(22)).toMatchObject({ t: "n", v: monthSerial("2024-03"), z: "yyyy-mm" });
  });
});

describe("sheetCsv and workbookBytes", () => {
  it("sheetCsv(sheet) writes the shown text, merged values once, quotes where needed and CRLF rows", () => {
    const { sheet } = toWorksheet([A], { month: "2026-10", headerRows: 3 });
    const csv = sheetCsv(sheet);
    expect(csv.split("\r\n")[0]).toMatch(/^序号,项目编号,项目名称,所属县区,项目类别,建设性质,项目状态,建设内容及规模,建设起止年限,投资情况（万元）,,,,,,形象进度,/);
    expect(csv).toContain('"主体完工\n正在装修"');
    expect(csv).toContain("150.25");
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("workbookBytes(workbook, xlsx | biff8) writes a zip and a compound file that SheetJS reads back with the merges", () => {
    const { workbook } = toWorkbook([A, B], { month: "2026-10", summarySheet: true, districtGroups: true, mergeRuns: true });
    const xlsx = workbookBytes(workbook, "xlsx");
    const xls = workbookBytes(workbook, "biff8");
    expect([xlsx[0], xlsx[1]]).toEqual([0x50, 0x4b]);
    expect([xls[0], xls[1]]).toEqual([0xd0, 0xcf]);
    for (const bytes of [xlsx, xls]) {
      const back = XLSX.read(bytes, { type: "array" });
      expect(back.SheetNames).toEqual(["汇总", "调度表"]);
      expect(back.Sheets["调度表"]!["!merges"]!.length).toBe(workbook.Sheets["调度表"]!["!merges"]!.length);
    }
  });

  it("monthSerial(2026-03) is Excel's serial of 2026-03-01", () => {
    expect(monthSerial("2026-03")).toBe(46082);
  });
});
