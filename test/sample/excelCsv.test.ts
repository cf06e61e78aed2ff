import iconv from "iconv-lite";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ProjectState } from "../../src/lib/data/model.ts";
import { csvField, formatAmount, toExcelCsv, toExcelCsvText } from "../../src/lib/sample/excelCsv.ts";

function state(over: Partial<ProjectState>): ProjectState {
  return {
    month: "2026-10",
    key: "id:XW2026-001",
    id: "XW2026-001",
    name: "澜湖大道快速化改造工程",
    district: "望潮区",
    category: "基础设施",
    nature: "continuing",
    status: "under-construction",
    content: "道路全长约3.2公里",
    period: { startYear: 2024, startMonth: null, endYear: 2026, endMonth: null },
    totalInvestment: 120000,
    annualPlan: 30000,
    ytdCompleted: 21000.5,
    ytdPlanned: null,
    cumulativeCompleted: 81000.5,
    monthCompleted: 2100.25,
    progressText: "路基完成",
    problems: null,
    owner: "星湾交通投资集团有限公司",
    leadDepartment: "市交通运输局",
    leader: "顾临川",
    privateInvestment: false,
    landArea: null,
    plannedStart: "2024-03",
    actualStart: "2024-05",
    plannedEnd: "2026-12",
    actualEnd: null,
    longitude: null,
    latitude: null,
    remarks: "省重点项目",
    source: { file: "x.csv", line: 1 },
    ...over,
  };
}

const A = state({});
const B = state({
  key: "id:XW2026-002",
  id: "XW2026-002",
  name: "汀洲中学新建工程",
  district: "汀岚区",
  category: "社会民生",
  nature: "new",
  status: "not-started",
  content: '新建教学楼, 含"智慧校园"',
  period: { startYear: 2026, startMonth: null, endYear: 2027, endMonth: null },
  totalInvestment: 8000,
  annualPlan: 1500,
  ytdCompleted: 0,
  cumulativeCompleted: 0,
  monthCompleted: 0,
  progressText: "正在办理施工许可",
  problems: "1.用地手续未办结；\n2.资金缺口",
  owner: null,
  leadDepartment: "市教育局",
  leader: "沈望舒",
  privateInvestment: true,
  landArea: 45.5,
  plannedStart: "2026-04",
  actualStart: null,
  plannedEnd: "2027-08",
  remarks: null,
});

const parse = (text: string): string[][] => Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false }).data;

describe("toExcelCsv", () => {
  it("toExcelCsvText([A, B], tidy) writes one header row, quoted fields where needed, CRLF rows", () => {
    const text = toExcelCsvText([A, B], { month: "2026-10", encoding: "utf-8", monthColumn: false });
    const header =
      "序号,项目编号,项目名称,所属县区,项目类别,建设性质,项目状态,建设内容及规模,建设起止年限,总投资,2026年计划投资,1-10月完成投资," +
      "开工累计完成投资,形象进度,存在问题,业主单位,责任单位,责任领导,是否民间投资,用地面积(亩),计划开工时间,实际开工时间,计划竣工时间," +
      "实际竣工时间,经度,纬度,备注";
    expect(text).toBe(
      `${header}\r\n` +
        "1,XW2026-001,澜湖大道快速化改造工程,望潮区,基础设施,续建,在建,道路全长约3.2公里,2024-2026,120000,30000,21000.5,81000.5,路基完成,,星湾交通投资集团有限公司,市交通运输局,顾临川,否,,2024-03,2024-05,2026-12,,,,省重点项目\r\n" +
        '2,XW2026-002,汀洲中学新建工程,汀岚区,社会民生,新开工,未开工,"新建教学楼, 含""智慧校园""",2026-2027,8000,1500,0,0,正在办理施工许可,"1.用地手续未办结；\n2.资金缺口",,市教育局,沈望舒,是,45.5,2026-04,,2027-08,,,,\r\n',
    );
  });

  it("toExcelCsv(states, gb18030) decodes with iconv to the expected Chinese", () => {
    const bytes = toExcelCsv([A, B], { month: "2026-10", encoding: "gb18030", title: "2026年星湾市重点项目建设进度表" });
    // Not UTF-8: the GBK bytes of 年 are C4 EA.
    expect(Buffer.from(bytes).includes(Buffer.from("年", "utf8"))).toBe(false);
    expect(Buffer.from(bytes).includes(Buffer.from([0xc4, 0xea]))).toBe(true);
    const text = iconv.decode(Buffer.from(bytes), "gb18030");
    expect(text).toBe(toExcelCsvText([A, B], { month: "2026-10", encoding: "gb18030", title: "2026年星湾市重点项目建设进度表" }));
    expect(text.startsWith("2026年星湾市重点项目建设进度表,,,")).toBe(true);
    expect(text).toContain("汀洲中学新建工程,汀岚区,社会民生,新开工,未开工");
  });

  it("toExcelCsv(states, utf-8-bom) starts with the BOM; utf-8 does not", () => {
    const bom = toExcelCsv([A], { month: "2026-10", encoding: "utf-8-bom" });
    expect([...bom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const plain = toExcelCsv([A], { month: "2026-10", encoding: "utf-8" });
    expect(new TextDecoder().decode(plain).startsWith("序号,")).toBe(true);
  });

  it("toExcelCsv(…) quotes commas, quotes and line breaks, and pads every row to the table width", () => {
    const text = toExcelCsvText([A, B], {
      month: "2026-10",
      encoding: "utf-8",
      attachmentLabel: true,
      title: "标题",
      unitRow: "万元",
      notes: ["本表单位为万元"],
    });
    const rows = parse(text);
    const width = rows[3]!.length;
    for (const row of rows.filter((r) => r.length > 1)) expect(row.length).toBe(width);
    expect(rows[0]![0]).toBe("附件1");
    expect(rows[1]![0]).toBe("标题");
    expect(rows[2]!.at(-1)).toBe("单位：万元");
    expect(rows[2]!.slice(0, -1).every((c) => c === "")).toBe(true);
    const b = rows.find((r) => r[1] === "XW2026-002")!;
    expect(b[7]).toBe('新建教学楼, 含"智慧校园"');
    expect(b[15]).toBe("1.用地手续未办结；\n2.资金缺口");
    expect(rows.at(-2)![0]).toBe("注：本表单位为万元");
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("普通")).toBe("普通");
  });

  it("toExcelCsv(…, { twoRowHeader }) writes the merged parent once over its two children", () => {
    const rows = parse(toExcelCsvText([A, B], { month: "2026-02", encoding: "utf-8", twoRowHeader: true }));
    const [top, sub] = [rows[0]!, rows[1]!];
    const i = top.indexOf("1-2月完成投资");
    expect(i).toBeGreaterThan(0);
    expect(top[i + 1]).toBe("");
    expect(sub[i]).toBe("完成投资");
    expect(sub[i + 1]).toBe("占年度计划(%)");
    // Single columns: label on top, blank below.
    expect(top[top.indexOf("项目名称")]).toBe("项目名称");
    expect(sub.filter((c) => c !== "")).toEqual(["完成投资", "占年度计划(%)"]);
    expect(top).toContain("2026年计划投资");
    const a = rows[2]!;
    expect(a[i]).toBe("21000.5");
    expect(a[i + 1]).toBe("70");
  });

  it("toExcelCsv(…, { totalsRow }) writes 合计 with the column sums, at the top or the bottom", () => {
    for (const where of ["top", "bottom"] as const) {
      const rows = parse(toExcelCsvText([A, B], { month: "2026-10", encoding: "utf-8", totalsRow: where }));
      const header = rows[0]!;
      const total = where === "top" ? rows[1]! : rows.at(-2)!;
      expect(total[0]).toBe("合计");
      const col = (label: string): number => header.indexOf(label);
      expect(Number(total[col("总投资")])).toBe(128000);
      expect(Number(total[col("2026年计划投资")])).toBe(31500);
      expect(Number(total[col("1-10月完成投资")])).toBe(21000.5);
      expect(Number(total[col("当月完成投资")])).toBe(2100.25);
      expect(Number(total[col("开工累计完成投资")])).toBe(81000.5);
      expect(total[col("项目名称")]).toBe("");
    }
  });

  it("toExcelCsv(generated-like amounts, { totalsRow }) sums exactly in 万元 and 亿元", () => {
    const many = Array.from({ length: 50 }, (_, i) => state({ key: `id:${i}`, id: String(i), ytdCompleted: 0.1 + i * 10.01 }));
    for (const unit of ["万元", "亿元"] as const) {
      const rows = parse(toExcelCsvText(many, { month: "2026-10", encoding: "utf-8", totalsRow: true, unitRow: unit }));
      const header = rows[1]!;
      const i = header.indexOf("1-10月完成投资");
      const body = rows.slice(3).filter((r) => /^\d+$/.test(r[0]!));
      const sum = body.reduce((a, r) => a + Number(r[i]), 0);
      expect(Number(rows[2]![i])).toBeCloseTo(sum, 8);
    }
  });

  it("toExcelCsv(…, { unitRow: 亿元 }) writes amounts in 亿元, exactly", () => {
    const rows = parse(toExcelCsvText([A], { month: "2026-10", encoding: "utf-8", unitRow: "亿元" }));
    const header = rows[1]!;
    expect(rows[2]![header.indexOf("1-10月完成投资")]).toBe("2.10005");
    expect(rows[2]![header.indexOf("总投资")]).toBe("12");
    expect(formatAmount(1234.56, "亿元")).toBe("0.123456");
    expect(formatAmount(0.01, "亿元")).toBe("0.000001");
    expect(formatAmount(1234567.8, "万元", true)).toBe("1,234,567.8");
  });

  it("toExcelCsv(…, { groupBy, thousandsSeparators, placeholders, stars, dateStyle }) writes the quirks", () => {
    const text = toExcelCsvText([A, B], {
      month: "2026-10",
      encoding: "utf-8",
      groupBy: "nature",
      thousandsSeparators: true,
      placeholders: true,
      stars: true,
      dateStyle: "chinese",
    });
    const rows = parse(text);
    expect(rows[1]![0]).toBe("一、新开工项目（1个）");
    expect(rows[2]![2]).toBe("汀洲中学新建工程");
    expect(rows[3]![0]).toBe("二、续建项目（1个）");
    const a = rows[4]!;
    expect(a[0]).toBe("2");
    expect(a[2]).toBe("澜湖大道快速化改造工程★");
    expect(a).toContain("120,000");
    expect(text).toContain('"120,000"');
    expect(a).toContain("2024年3月");
    expect(a).toContain("—"); // blank landArea
    expect(rows[2]!).toContain("/"); // blank owner
    const byCategory = parse(toExcelCsvText([A, B], { month: "2026-10", encoding: "utf-8", groupBy: "category", categoryOrder: ["基础设施", "社会民生"] }));
    expect(byCategory[1]![0]).toBe("（一）基础设施（1个）");
    expect(byCategory[3]![0]).toBe("（二）社会民生（1个）");
  });

  it("toExcelCsv(…, { fullWidthDigits }) writes some amounts in full-width digits", () => {
    const many = Array.from({ length: 30 }, (_, i) => state({ key: `id:${i}`, id: String(i) }));
    const text = toExcelCsvText(many, { month: "2026-10", encoding: "utf-8", fullWidthDigits: true });
    expect(text).toMatch(/[０-９]/);
    expect(text).toContain("21000.5");
  });

  it("toExcelCsv(…, { month: 'bad' }) throws", () => {
    expect(() => toExcelCsvText([A], { month: "2026-13x", encoding: "utf-8" })).toThrow(/YYYY-MM/);
  });
});
