import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { checkZip } from "../../../src/lib/data/checkZip.ts";

const XLSX_FILE = "test/fixtures/loader/three-row-header/workbook/snapshots/2026-10.xlsx";
const whole = () => new Uint8Array(readFileSync(XLSX_FILE));

test("checkZip(an .xlsx written by SheetJS) finds it sound", () => {
  expect(checkZip(whole())).toBeNull();
});

test("checkZip(an .xlsx cut short) says it is truncated", () => {
  const b = whole();
  expect(checkZip(b.subarray(0, 30))).toEqual({ problem: "truncated" });
  expect(checkZip(b.subarray(0, b.length - 30))).toEqual({ problem: "truncated" });
});

test("checkZip(an .xlsx with a damaged entry) says which entry", () => {
  const b = whole();
  // Overwrite the middle of the first entry's compressed data.
  for (let i = 60; i < 90; i++) b[i] = 0xff;
  expect(checkZip(b)).toEqual({ problem: "damaged", entry: expect.any(String) });
});

test("checkZip(a zip of something else) says it is no workbook", () => {
  // A stored zip holding one file a.txt ("hi").
  const name = new TextEncoder().encode("a.txt");
  const data = new TextEncoder().encode("hi");
  const local = [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0, ...name, ...data];
  const central = [0x50, 0x4b, 0x01, 0x02, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...name];
  const endRecord = [0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, central.length, 0, 0, 0, local.length, 0, 0, 0, 0, 0];
  expect(checkZip(Uint8Array.from([...local, ...central, ...endRecord]))).toEqual({ problem: "not-workbook" });
});
