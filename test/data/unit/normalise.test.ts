import { expect, test } from "vitest";
import { cleanName, cleanText, isPlaceholder, nameKey, normaliseLabel, toHalfWidth } from "../../../src/lib/data/normalise.ts";

const show = (s: string | undefined) => (s === undefined ? "undefined" : JSON.stringify(s));

const halfWidth: Array<[string, string, string]> = [
  ["ＡＢＣ１２３", "ABC123", "folds full-width letters and digits"],
  ["（）：，％", "():,%", "folds full-width punctuation"],
  ["～！", "~!", "folds the ends of the full-width block"],
  ["　a　", " a ", "folds the ideographic space"],
  ["中文", "中文", "leaves Chinese characters alone"],
  ["。、", "。、", "leaves CJK punctuation outside the full-width block alone"],
  ["", "", "returns an empty string"],
];
for (const [input, expected, what] of halfWidth) {
  test(`toHalfWidth(${show(input)}) ${what}`, () => {
    expect(toHalfWidth(input)).toBe(expected);
  });
}

const texts: Array<[string | undefined, string | null, string]> = [
  ["征地\n未完成", "征地\n未完成", "keeps line breaks"],
  ["征地\r\n未完成", "征地\n未完成", "normalises CRLF"],
  ["征地\r未完成", "征地\n未完成", "normalises a lone CR"],
  ["  a  \n\n  b  ", "a\nb", "trims lines and drops blank ones"],
  ["a    b", "a b", "collapses runs of spaces"],
  ["a\u3000\u3000b", "a b", "collapses ideographic spaces"],
  ["a\tb", "a b", "turns tabs into spaces"],
  ["无锡项目", "无锡项目", "keeps text that only starts like a placeholder"],
  ["—", null, "is null for an em dash"],
  ["-", null, "is null for a hyphen"],
  ["/", null, "is null for a slash"],
  ["空白", null, "is null for 空白"],
  ["无", null, "is null for 无"],
  ["暂无", null, "is null for 暂无"],
  ["", null, "is null for an empty cell"],
  ["  \n ", null, "is null for a blank cell"],
  [undefined, null, "is null for a missing cell"],
];
for (const [input, expected, what] of texts) {
  test(`cleanText(${show(input)}) ${what}`, () => {
    expect(cleanText(input)).toBe(expected);
  });
}

const placeholders: Array<[string, boolean]> = [
  ["—", true],
  ["——", true],
  ["－", true],
  ["/", true],
  ["空白", true],
  ["无", true],
  ["N/A", true],
  ["", true],
  ["0", false],
  ["无锡", false],
];
for (const [input, expected] of placeholders) {
  test(`isPlaceholder(${show(input)}) is ${expected}`, () => {
    expect(isPlaceholder(input)).toBe(expected);
  });
}

const names: Array<[string | undefined, string | null, string]> = [
  ["云溪大道★", "云溪大道", "removes a trailing ★"],
  ["▲云溪大道", "云溪大道", "removes a leading ▲"],
  ["云溪大道 ★▲", "云溪大道", "removes several marks and the space before them"],
  ["云溪大道\n改造工程", "云溪大道改造工程", "joins line breaks"],
  ["云溪大道\r\n改造工程", "云溪大道改造工程", "joins CRLF line breaks"],
  ["  云溪  大道  ", "云溪 大道", "collapses and trims spaces"],
  ["港口（一期）", "港口（一期）", "keeps brackets"],
  ["★", null, "is null for a mark alone"],
  ["—", null, "is null for a placeholder"],
  [undefined, null, "is null for a missing cell"],
];
for (const [input, expected, what] of names) {
  test(`cleanName(${show(input)}) ${what}`, () => {
    expect(cleanName(input)).toBe(expected);
  });
}

const keys: Array<[string, string, string]> = [
  ["XX 项目（一期）", "xx项目一期", "removes spaces and brackets"],
  ["XX项目(一期)", "xx项目一期", "removes half-width brackets"],
  ["ＸＸ项目", "xx项目", "folds full-width letters"],
  ["xx·项目", "xx项目", "removes a middle dot"],
  ["XX项目★", "xx项目", "removes symbols"],
  ["A-B项目。", "ab项目", "removes hyphens and CJK punctuation"],
];
for (const [input, expected, what] of keys) {
  test(`nameKey(${show(input)}) ${what}`, () => {
    expect(nameKey(input)).toBe(expected);
  });
}

test('nameKey("云溪大道（一期）") equals nameKey("云溪大道 (一期)")', () => {
  expect(nameKey("云溪大道（一期）")).toBe(nameKey("云溪大道 (一期)"));
});

const labels: Array<[string, string, string]> = [
  ["项目\n名称", "项目名称", "removes line breaks"],
  [" 项目 名称 ", "项目名称", "removes spaces"],
  ["总投资（万元）", "总投资(万元)", "folds full-width brackets"],
  ["★项目名称", "项目名称", "removes ★"],
  ["项目名称▲", "项目名称", "removes ▲"],
  ["项目名称*", "项目名称", "removes *"],
];
for (const [input, expected, what] of labels) {
  test(`normaliseLabel(${show(input)}) ${what}`, () => {
    expect(normaliseLabel(input)).toBe(expected);
  });
}
