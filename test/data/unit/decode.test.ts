import { expect, test } from "vitest";
import fc from "fast-check";
import iconv from "iconv-lite";
import { decode } from "../../../src/lib/data/decode.ts";

const TEXT = "序号,项目名称,所属县区\r\n1,云溪大道★,高新区\r\n2,“港口”二期（一期）—扩建,临江区\r\n";
const utf8 = (s: string) => new TextEncoder().encode(s);
const gb = (s: string, encoding = "gb18030") => new Uint8Array(iconv.encode(s, encoding));

test("decode(UTF-8 bytes) reads UTF-8", () => {
  expect(decode(utf8(TEXT))).toEqual({ text: TEXT, encoding: "utf-8" });
});

test("decode(UTF-8 bytes with BOM) reads UTF-8 and drops the BOM", () => {
  expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({ text: TEXT, encoding: "utf-8-bom" });
});

test("decode(GBK bytes) reads Chinese, not mojibake", () => {
  expect(decode(gb(TEXT, "gbk"))).toEqual({ text: TEXT, encoding: "gb18030" });
});

test("decode(GB18030 bytes) reads Chinese, not mojibake", () => {
  expect(decode(gb(TEXT))).toEqual({ text: TEXT, encoding: "gb18030" });
});

test("decode(GB18030 four-byte sequences) reads characters outside GBK", () => {
  const s = "项目𠀀€镕";
  expect(decode(gb(s))).toEqual({ text: s, encoding: "gb18030" });
});

test("decode(GBK bytes of a short cell 专业) reads Chinese, not mojibake", () => {
  // Every character here has GBK bytes that happen to form valid UTF-8 (D7 A8 D2 B5).
  expect(decode(gb("专业", "gbk")).text).toBe("专业");
});

test("decode(subarray of a larger buffer) reads only the view", () => {
  const whole = new Uint8Array([0x41, 0x42, ...gb("中文", "gbk"), 0x43]);
  expect(decode(whole.subarray(2, whole.length - 1))).toEqual({ text: "中文", encoding: "gb18030" });
});

test("decode(empty bytes) is empty UTF-8", () => {
  expect(decode(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
});

test("decode(BOM alone) is empty UTF-8 with BOM", () => {
  expect(decode(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ text: "", encoding: "utf-8-bom" });
});

// Strings of common CJK characters (U+4E00–U+9FA5, all in GBK) under a real header row.
const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 40 });
const table = fc.array(cjk, { minLength: 1, maxLength: 6 }).map((cells) => `序号,项目名称,所属县区\r\n1,${cells.join(",")}\r\n`);

test("decode(GBK bytes of any table of Chinese text) gives the text back", () => {
  fc.assert(
    fc.property(table, (s) => {
      expect(decode(gb(s, "gbk"))).toEqual({ text: s, encoding: "gb18030" });
    }),
    { seed: 42, numRuns: 300 },
  );
});

test("decode(UTF-8 bytes of any string with Chinese in it, or of plain ASCII) gives the string back", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), fc.boolean(), (raw, ascii) => {
      // A table always has Chinese in its header; without any, short GBK and UTF-8 are
      // ambiguous and the loader prefers the reading without stray letters (see decode.ts).
      const s = ascii ? raw.replace(/[^\x00-\x7f]/g, "") : `项目名称${raw}`;
      expect(decode(utf8(s)).text).toBe(s);
    }),
    { seed: 42, numRuns: 300 },
  );
});
