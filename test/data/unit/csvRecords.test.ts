import { expect, test } from "vitest";
import { columnLetter, csvRecords } from "../../../src/lib/data/csvRecords.ts";

test('csvRecords("a,b\\nc,d\\n") reads LF records with 1-based lines', () => {
  expect(csvRecords("a,b\nc,d\n")).toEqual({
    records: [
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["c", "d"] },
    ],
    unterminatedQuoteLine: null,
  });
});

test('csvRecords("a,b\\r\\nc,d\\r\\n") reads CRLF records', () => {
  expect(csvRecords("a,b\r\nc,d\r\n").records).toEqual([
    { line: 1, cells: ["a", "b"] },
    { line: 2, cells: ["c", "d"] },
  ]);
});

test('csvRecords("a,b\\nc,d") reads a last line without a newline', () => {
  expect(csvRecords("a,b\nc,d").records).toEqual([
    { line: 1, cells: ["a", "b"] },
    { line: 2, cells: ["c", "d"] },
  ]);
});

test("csvRecords(quoted LF line breaks) gives the true start line of the following records", () => {
  const { records } = csvRecords('a,b\n"x\ny\nw",z\nc,d\n');
  expect(records).toEqual([
    { line: 1, cells: ["a", "b"] },
    { line: 2, cells: ["x\ny\nw", "z"] },
    { line: 5, cells: ["c", "d"] },
  ]);
});

test("csvRecords(quoted CRLF line breaks in a CRLF file) gives true start lines", () => {
  const { records } = csvRecords('a,b\r\n"x\r\ny",z\r\nc,d\r\n');
  expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  expect(records[1]!.cells).toEqual(["x\r\ny", "z"]);
});

test("csvRecords(Excel's LF line breaks inside cells of a CRLF file) gives true start lines", () => {
  const { records } = csvRecords('序号,"总投资\n（万元）"\r\n1,"征地\n未完成"\r\n2,3\r\n');
  expect(records).toEqual([
    { line: 1, cells: ["序号", "总投资\n（万元）"] },
    { line: 3, cells: ["1", "征地\n未完成"] },
    { line: 5, cells: ["2", "3"] },
  ]);
});

test("csvRecords(line breaks in two cells of one record) counts both", () => {
  // Line 1: "a · line 2: b","c · line 3: d" · line 4: e,f
  const { records } = csvRecords('"a\nb","c\nd"\ne,f\n');
  expect(records.map((r) => r.line)).toEqual([1, 4]);
});

test("csvRecords(blank lines) keeps them as records so line numbers stay true", () => {
  const { records } = csvRecords("a,b\n\nc,d\n");
  expect(records).toEqual([
    { line: 1, cells: ["a", "b"] },
    { line: 2, cells: [""] },
    { line: 3, cells: ["c", "d"] },
  ]);
});

test("csvRecords(quoted commas and doubled quotes) reads them as cell text", () => {
  expect(csvRecords('"1,234.5","他说""好"""\n').records).toEqual([{ line: 1, cells: ["1,234.5", '他说"好"'] }]);
});

test('csvRecords("") has no records', () => {
  expect(csvRecords("")).toEqual({ records: [], unterminatedQuoteLine: null });
});

test("csvRecords(unterminated quote) reports the line where the quote opens", () => {
  expect(csvRecords('a,b\nc,"d\ne,f\n').unterminatedQuoteLine).toBe(2);
});

test("csvRecords(unterminated quote after a multi-line cell) reports its true line", () => {
  expect(csvRecords('a,"b\nc",d\ne,f\n"g').unterminatedQuoteLine).toBe(4);
});

test("csvRecords(well-formed file) reports no unterminated quote", () => {
  expect(csvRecords('a,"b\nc"\n').unterminatedQuoteLine).toBeNull();
});

const letters: Array<[number, string]> = [
  [0, "A"],
  [1, "B"],
  [25, "Z"],
  [26, "AA"],
  [27, "AB"],
  [51, "AZ"],
  [52, "BA"],
  [701, "ZZ"],
  [702, "AAA"],
  [16383, "XFD"],
];
for (const [index, letter] of letters) {
  test(`columnLetter(${index}) is ${letter}`, () => {
    expect(columnLetter(index)).toBe(letter);
  });
}

test('csvRecords("a\\tb\\nc\\td\\n", "\\t") splits on tabs', () => {
  expect(csvRecords("a\tb\nc\td\n", "\t").records).toEqual([
    { line: 1, cells: ["a", "b"] },
    { line: 2, cells: ["c", "d"] },
  ]);
});
