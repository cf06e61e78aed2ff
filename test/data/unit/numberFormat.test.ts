import { expect, test } from "vitest";
import { formatKind, serialDate } from "../../../src/lib/data/numberFormat.ts";

const kinds: Array<[string | undefined, ReturnType<typeof formatKind>]> = [
  [undefined, "number"],
  ["General", "number"],
  ["@", "number"],
  ["0.00", "number"],
  ["#,##0.00_ ", "number"],
  ['0.0"万元"', "number"],
  ["0.00E+00", "number"],
  ["[Red]#,##0.00;-#,##0.00", "number"],
  ["0%", "percent"],
  ["0.0%", "percent"],
  ["yyyy-mm-dd", "date"],
  ["m/d/yy", "date"],
  ["yyyy.m", "date"],
  ['yyyy"年"m"月"', "date"],
  ['[$-804]yyyy"年"m"月"d"日"', "date"],
  ["mmm-yy", "date"],
  ["yyyy/m/d h:mm", "datetime"],
  ["h:mm:ss", "datetime"],
  ["h:mm AM/PM", "datetime"],
];
for (const [format, kind] of kinds) {
  test(`formatKind(${JSON.stringify(format)}) is ${kind}`, () => {
    expect(formatKind(format)).toBe(kind);
  });
}

test("serialDate(46082) is 2026-03-01", () => {
  expect(serialDate(46082)).toEqual({ year: 2026, month: 3, day: 1 });
});

test("serialDate(61) is 1900-03-01 and serialDate(1) is 1900-01-01 (Excel's fictitious 1900-02-29 between them)", () => {
  expect(serialDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
  expect(serialDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
});

test("serialDate(serial, { date1904 }) counts from 1904", () => {
  expect(serialDate(46082 - 1462, { date1904: true })).toEqual({ year: 2026, month: 3, day: 1 });
});

test("serialDate(a date written at 16:00 the day before, from UTC+8) rounds to the day it means", () => {
  expect(serialDate(46081 + 16 / 24)).toEqual({ year: 2026, month: 3, day: 1 });
  expect(serialDate(46082 + 5 / 24)).toEqual({ year: 2026, month: 3, day: 1 });
});

test("serialDate(a date-time, { round: false }) keeps its day", () => {
  expect(serialDate(46081 + 16 / 24, { round: false })).toEqual({ year: 2026, month: 2, day: 28 });
});

test("serialDate(out of range or not finite) is null", () => {
  expect([serialDate(0), serialDate(-5), serialDate(3e6), serialDate(Number.NaN)]).toEqual([null, null, null, null]);
});

test("serialDate(46082) gives the same day in every time zone", () => {
  const tz = process.env.TZ;
  try {
    for (const zone of ["Asia/Shanghai", "UTC", "America/New_York", "Pacific/Kiritimati"]) {
      process.env.TZ = zone;
      expect(serialDate(46082), zone).toEqual({ year: 2026, month: 3, day: 1 });
    }
  } finally {
    process.env.TZ = tz;
  }
});
