import { expect, test } from "vitest";
import { parseBoolean, parseMonth, parseNature, parseNumber, parsePeriod, parseStatus, parseText, type Parsed } from "../../../src/lib/data/parseCell.ts";
import type { Nature, Period, Status } from "../../../src/lib/data/model.ts";

const show = (s: string | undefined) => (s === undefined ? "undefined" : JSON.stringify(s));
const value = <T>(v: T): Parsed<T> => ({ kind: "value", value: v });
const EMPTY = { kind: "empty" } as const;

// parseNumber ---------------------------------------------------------------

const numbers: Array<[string | undefined, Parsed<number>, string]> = [
  ["1,234.5", value(1234.5), "reads thousands separators"],
  ["1,234,567", value(1234567), "reads several thousands groups"],
  ["１，２３４．５", value(1234.5), "reads full-width digits and punctuation"],
  ["１２３", value(123), "reads full-width digits"],
  ["1，234", value(1234), "reads a full-width thousands comma"],
  ["61.5%", value(61.5), "returns the number shown before %"],
  ["６１．５％", value(61.5), "reads a full-width percent"],
  ["0", value(0), "reads zero"],
  ["3.75", value(3.75), "reads decimals"],
  [".5", value(0.5), "reads a bare decimal point"],
  ["+7", value(7), "reads a leading +"],
  ["-5", value(-5), "reads a negative"],
  ["−5", value(-5), "reads a minus sign (U+2212)"],
  ["－5", value(-5), "reads a full-width hyphen-minus"],
  ["(1,234)", value(-1234), "reads accounting parentheses as negative"],
  ["（1,234）", value(-1234), "reads full-width accounting parentheses as negative"],
  [" 12 ", value(12), "trims spaces"],
  ["\t3.5\n", value(3.5), "trims tabs and line breaks"],
  ["\u00a012\u3000", value(12), "trims no-break and ideographic spaces"],
  ["—", EMPTY, "treats an em dash as not given"],
  ["——", EMPTY, "treats a double em dash as not given"],
  ["-", EMPTY, "treats a hyphen as not given"],
  ["－", EMPTY, "treats a full-width hyphen as not given"],
  ["/", EMPTY, "treats a slash as not given"],
  ["／", EMPTY, "treats a full-width slash as not given"],
  ["空白", EMPTY, "treats 空白 as not given"],
  ["无", EMPTY, "treats 无 as not given"],
  ["", EMPTY, "treats an empty cell as not given"],
  ["   ", EMPTY, "treats a blank cell as not given"],
  [undefined, EMPTY, "treats a missing cell as not given"],
  ["#REF!", { kind: "excel-error", raw: "#REF!" }, "reports an Excel reference error"],
  ["#DIV/0!", { kind: "excel-error", raw: "#DIV/0!" }, "reports an Excel division error"],
  ["#N/A", { kind: "excel-error", raw: "#N/A" }, "reports an Excel #N/A"],
  ["#VALUE!", { kind: "excel-error", raw: "#VALUE!" }, "reports an Excel #VALUE!"],
  [" #REF! ", { kind: "excel-error", raw: "#REF!" }, "reports a padded Excel error trimmed"],
  ["约5000", { kind: "invalid", raw: "约5000" }, "rejects an approximate amount"],
  ["12abc", { kind: "invalid", raw: "12abc" }, "rejects trailing letters"],
  ["1,23", { kind: "invalid", raw: "1,23" }, "rejects a misplaced thousands separator"],
  ["12,34", { kind: "invalid", raw: "12,34" }, "rejects a two-digit thousands group"],
  ["1.2.3", { kind: "invalid", raw: "1.2.3" }, "rejects two decimal points"],
  ["--5", { kind: "invalid", raw: "--5" }, "rejects a double sign"],
  ["%", { kind: "invalid", raw: "%" }, "rejects a percent sign alone"],
  ["1e5", { kind: "invalid", raw: "1e5" }, "rejects exponent notation"],
  ["NaN", { kind: "invalid", raw: "NaN" }, "rejects NaN"],
  ["Infinity", { kind: "invalid", raw: "Infinity" }, "rejects Infinity"],
  [" 约5000 ", { kind: "invalid", raw: "约5000" }, "reports the invalid value trimmed"],
];
for (const [input, expected, what] of numbers) {
  test(`parseNumber(${show(input)}) ${what}`, () => {
    expect(parseNumber(input)).toEqual(expected);
  });
}

// parseNature ---------------------------------------------------------------

const natures: Array<[string | undefined, Parsed<Nature>]> = [
  ["新开工", value("new")],
  ["新建", value("new")],
  ["续建", value("continuing")],
  ["竣工", value("completing")],
  ["竣工投产", value("completing")],
  ["前期", value("preparatory")],
  ["预备", value("preparatory")],
  ["储备", value("preparatory")],
  [" 续建 ", value("continuing")],
  ["新开工★", value("new")],
  ["",  EMPTY],
  ["—", EMPTY],
  [undefined, EMPTY],
  ["改扩建中", { kind: "invalid", raw: "改扩建中" }],
  ["abc", { kind: "invalid", raw: "abc" }],
];
for (const [input, expected] of natures) {
  const what = expected.kind === "value" ? `is ${expected.value}` : expected.kind;
  test(`parseNature(${show(input)}) ${what}`, () => {
    expect(parseNature(input)).toEqual(expected);
  });
}

// parseStatus ---------------------------------------------------------------

const statuses: Array<[string | undefined, Parsed<Status>]> = [
  ["未开工", value("not-started")],
  ["前期", value("not-started")],
  ["已开工", value("under-construction")],
  ["在建", value("under-construction")],
  ["已竣工", value("completed")],
  ["已投产", value("completed")],
  ["停工", value("suspended")],
  ["停缓建", value("suspended")],
  [" 在建 ", value("under-construction")],
  ["", EMPTY],
  ["/", EMPTY],
  ["快了", { kind: "invalid", raw: "快了" }],
];
for (const [input, expected] of statuses) {
  const what = expected.kind === "value" ? `is ${expected.value}` : expected.kind;
  test(`parseStatus(${show(input)}) ${what}`, () => {
    expect(parseStatus(input)).toEqual(expected);
  });
}

// parseBoolean --------------------------------------------------------------

const booleans: Array<[string | undefined, Parsed<boolean>]> = [
  ["是", value(true)],
  ["否", value(false)],
  ["Y", value(true)],
  ["n", value(false)],
  ["TRUE", value(true)],
  ["false", value(false)],
  ["1", value(true)],
  ["0", value(false)],
  ["√", value(true)],
  ["×", value(false)],
  ["民间投资", value(true)],
  ["", EMPTY],
  ["-", EMPTY],
  [undefined, EMPTY],
  ["也许", { kind: "invalid", raw: "也许" }],
];
for (const [input, expected] of booleans) {
  const what = expected.kind === "value" ? `is ${expected.value}` : expected.kind;
  test(`parseBoolean(${show(input)}) ${what}`, () => {
    expect(parseBoolean(input)).toEqual(expected);
  });
}

// parseMonth ----------------------------------------------------------------

const months: Array<[string | undefined, Parsed<string>, string]> = [
  ["2026-03", value("2026-03"), "reads YYYY-MM"],
  ["2026-3", value("2026-03"), "reads a one-digit month"],
  ["2026.3", value("2026-03"), "reads YYYY.M"],
  ["2026/3/15", value("2026-03"), "reads a date and keeps its month"],
  ["2026年3月", value("2026-03"), "reads 年月"],
  ["2026年3月15日", value("2026-03"), "reads 年月日"],
  ["202603", value("2026-03"), "reads YYYYMM"],
  ["２０２６－０３", value("2026-03"), "reads full-width digits"],
  ["46082", value("2026-03"), "reads an Excel date serial"],
  ["46082.5", value("2026-03"), "reads an Excel date-time serial"],
  ["45658", value("2025-01"), "reads the serial of 2025-01-01"],
  ["", EMPTY, "is empty"],
  ["—", EMPTY, "is empty for a placeholder"],
  [undefined, EMPTY, "is empty for a missing cell"],
  ["2026-13", { kind: "invalid", raw: "2026-13" }, "rejects month 13"],
  ["2026年13月", { kind: "invalid", raw: "2026年13月" }, "rejects 13月"],
  ["202613", { kind: "invalid", raw: "202613" }, "rejects YYYYMM with month 13"],
  ["2026-00", { kind: "invalid", raw: "2026-00" }, "rejects month 0"],
  ["2026", { kind: "invalid", raw: "2026" }, "rejects a year alone"],
  ["下半年", { kind: "invalid", raw: "下半年" }, "rejects words"],
];
for (const [input, expected, what] of months) {
  test(`parseMonth(${show(input)}) ${what}`, () => {
    expect(parseMonth(input)).toEqual(expected);
  });
}

// parsePeriod ---------------------------------------------------------------

const period = (startYear: number, startMonth: number | null, endYear: number, endMonth: number | null): Parsed<Period> =>
  value({ startYear, startMonth, endYear, endMonth });

const periods: Array<[string | undefined, Parsed<Period>, string]> = [
  ["2024-2026", period(2024, null, 2026, null), "reads a year range"],
  ["2024年至2026年", period(2024, null, 2026, null), "reads 年至年"],
  ["2024年-2026年", period(2024, null, 2026, null), "reads 年-年"],
  ["2024～2026", period(2024, null, 2026, null), "reads a full-width tilde"],
  ["2024—2026", period(2024, null, 2026, null), "reads an em dash"],
  ["２０２４－２０２６", period(2024, null, 2026, null), "reads full-width digits"],
  ["2024.03-2026.12", period(2024, 3, 2026, 12), "reads months with dots"],
  ["2024/3-2026/12", period(2024, 3, 2026, 12), "reads months with slashes"],
  ["2024年3月-2026年12月", period(2024, 3, 2026, 12), "reads 年月-年月"],
  ["2024年3月至2026年12月", period(2024, 3, 2026, 12), "reads 年月至年月"],
  ["2024-2024", period(2024, null, 2024, null), "reads a one-year range"],
  ["2026", period(2026, null, 2026, null), "reads a single year"],
  ["2026年", period(2026, null, 2026, null), "reads a single 年"],
  ["", EMPTY, "is empty"],
  ["/", EMPTY, "is empty for a placeholder"],
  ["2026-2024", { kind: "invalid", raw: "2026-2024" }, "rejects reversed years"],
  ["2026.12-2026.03", { kind: "invalid", raw: "2026.12-2026.03" }, "rejects an end month before the start month in the same year"],
  ["2024.13-2026.01", { kind: "invalid", raw: "2024.13-2026.01" }, "rejects month 13"],
  ["2024-26", { kind: "invalid", raw: "2024-26" }, "rejects a two-digit end year"],
  ["三年", { kind: "invalid", raw: "三年" }, "rejects words"],
];
for (const [input, expected, what] of periods) {
  test(`parsePeriod(${show(input)}) ${what}`, () => {
    expect(parsePeriod(input)).toEqual(expected);
  });
}

// parseText -----------------------------------------------------------------

test('parseText("征地\\r\\n未完成") keeps the line break', () => {
  expect(parseText("征地\r\n未完成")).toBe("征地\n未完成");
});

test('parseText("—") is null', () => {
  expect(parseText("—")).toBeNull();
});

// Workbook cells: typed values win over their text ---------------------------

const num = (value: number, percent = false) => ({ kind: "number" as const, value, percent });

test("parseNumber(text, a number cell) reads the number, not the text its format shows", () => {
  expect(parseNumber("1235 ", num(1234.56))).toEqual(value(1234.56));
  expect(parseNumber("1,234.50", num(1234.5))).toEqual(value(1234.5));
});

test("parseNumber(text, a percentage cell) reads the percentage shown, 59.1 for 0.591", () => {
  expect(parseNumber("59.1%", num(0.591, true))).toEqual(value(59.1));
});

test("parseNumber(text, an error or a date cell) is an Excel error or invalid", () => {
  expect(parseNumber("#REF!", { kind: "error" })).toEqual({ kind: "excel-error", raw: "#REF!" });
  expect(parseNumber("2026-03-01", { kind: "date", year: 2026, month: 3, day: 1 })).toEqual({ kind: "invalid", raw: "2026-03-01" });
});

test("parseNumber(a rate as a fraction or as text) reads it as written", () => {
  expect([parseNumber("0.591"), parseNumber("59.1%")]).toEqual([value(0.591), value(59.1)]);
});

test("parseNumber(an amount in Excel's 0_ format, with a trailing space) reads it", () => {
  expect(parseNumber("3546 ")).toEqual(value(3546));
});

test('parseMonth("2026.1") is October: Excel shows 2026.10 typed as a number so', () => {
  expect(parseMonth("2026.1")).toEqual(value("2026-10"));
  expect(parseMonth("2026.10")).toEqual(value("2026-10"));
  expect(parseMonth("2026.01")).toEqual(value("2026-01"));
  expect(parseMonth("2026-1")).toEqual(value("2026-01"));
});

test("parseMonth(text, a number cell) reads 2026.1 as October, 2026.03 as March and a whole serial as a date", () => {
  expect(parseMonth("2026.1", num(2026.1))).toEqual(value("2026-10"));
  expect(parseMonth("2026.03", num(2026.03))).toEqual(value("2026-03"));
  expect(parseMonth("2026.12", num(2026.12))).toEqual(value("2026-12"));
  expect(parseMonth("46082", num(46082))).toEqual(value("2026-03"));
});

test("parseMonth(text, a date cell) reads the day the cell shows, whatever its text", () => {
  expect(parseMonth("2026/4/30", { kind: "date", year: 2026, month: 4, day: 30 })).toEqual(value("2026-04"));
  expect(parseMonth("#N/A", { kind: "error" })).toEqual({ kind: "excel-error", raw: "#N/A" });
});

test('parsePeriod("2024/2026") reads two years separated by a slash', () => {
  expect(parsePeriod("2024/2026")).toEqual(period(2024, null, 2026, null));
});

test("parsePeriod(text, a number cell 2026) reads the year", () => {
  expect(parsePeriod("2026", num(2026))).toEqual(period(2026, null, 2026, null));
});

test("parseBoolean(text, a boolean cell) reads the boolean", () => {
  expect(parseBoolean("TRUE", { kind: "boolean", value: true })).toEqual(value(true));
});

test("parseNature(group headings 在建一批, 新开工项目一批, 竣工投产一批) reads the nature", () => {
  expect([parseNature("在建一批"), parseNature("新开工项目一批"), parseNature("竣工投产一批"), parseNature("谋划一批")]).toEqual([
    value("continuing"),
    value("new"),
    value("completing"),
    value("preparatory"),
  ]);
  expect(parseNature("扩建一批")).toEqual({ kind: "invalid", raw: "扩建一批" });
});
