import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, defuseFormula, numberText, toCsv } from "../../src/lib/opendata/csvSafe.ts";

describe("csvCell", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    ["", ""],
    ["星湾港", "星湾港"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line 1\nline 2", '"line 1\nline 2"'],
    ["line 1\r\nline 2", '"line 1\r\nline 2"'],
    [1234.5, "1234.5"],
    [-5, "-5"],
    [-0.5, "-0.5"],
    [0, "0"],
    [Number.NaN, ""],
    [Number.POSITIVE_INFINITY, ""],
    [1e-7, "0.0000001"],
    [true, "true"],
  ])("csvCell(%j) is %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+86 138", "'+86 138"],
    ["-cmd", "'-cmd"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["-5", "-5"],
    ["-0.5", "-0.5"],
    ["-.5", "-.5"],
    ["2024-2026", "2024-2026"],
    ["a=b", "a=b"],
  ])("csvCell(%j) defuses formulas but not plain numbers: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("csvCell(\\r-led text) is defused and quoted", () => {
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
  });

  it("defuseFormula(text) and numberText(n) agree with csvCell", () => {
    expect(defuseFormula("=x")).toBe("'=x");
    expect(numberText(-1e-7)).toBe("-0.0000001");
    expect(numberText(186900)).toBe("186900");
  });
});

describe("toCsv", () => {
  const rows = [
    { name: "东城,大桥", amount: 5000, note: "=cmd|' /C calc'!A0" },
    { name: 'say "hi"\n二行', amount: -12.5, note: null },
  ];
  const columns = [
    { header: "项目名称", value: (r: (typeof rows)[number]) => r.name },
    { header: "总投资（万元）", value: (r: (typeof rows)[number]) => r.amount },
    { header: "备注", value: (r: (typeof rows)[number]) => r.note },
  ];

  it("toCsv(columns, rows) starts with a BOM and ends every row with CRLF", () => {
    const csv = toCsv(columns, rows);
    expect(csv.startsWith("\uFEFF项目名称,总投资（万元）,备注\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
  });

  it("toCsv(columns, rows) parses back (RFC 4180) to the same cells, formulas defused", () => {
    const parsed = Papa.parse<string[]>(toCsv(columns, rows).slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ["项目名称", "总投资（万元）", "备注"],
      ["东城,大桥", "5000", "'=cmd|' /C calc'!A0"],
      ['say "hi"\n二行', "-12.5", ""],
    ]);
  });

  it("toCsv(columns, []) is the header row alone", () => {
    expect(toCsv(columns, [])).toBe("\uFEFF项目名称,总投资（万元）,备注\r\n");
  });
});
