import { describe, expect, it } from "vitest";
import { charWidth, textWidth } from "../../src/lib/common/textWidth.ts";
import { breakUnits, ellipsize, wrapText } from "../../src/lib/cards/wrapText.ts";

describe("textWidth", () => {
  it.each([
    ["年度投资完成率", 7],
    ["77.0%", 3 * 0.6 + 2 * 0.57],
    ["RMB", 3 * 0.7],
    ["a b", 0.57 * 2 + 0.3],
    ["…", 1],
    ["▲ 红旗", 3.3],
    ["", 0],
    ["e\u0301", 0.57],
  ])("textWidth(%j) is %d em", (text, em) => {
    expect(textWidth(text)).toBeCloseTo(em, 9);
  });

  it("charWidth(full-width forms, hangul, kana, emoji) is 1", () => {
    for (const ch of ["（", "Ａ", "한", "か", "😀", "𠀀"]) expect(charWidth(ch.codePointAt(0)!)).toBe(1);
  });
});

describe("wrapText", () => {
  it("wrapText(short title) is one line", () => {
    expect(wrapText("望潮区", 19, 2)).toEqual(["望潮区"]);
  });

  it("wrapText(long CJK title, 10 em, 2 lines) fills two lines and cuts the second with …", () => {
    const lines = wrapText("星湾港梧林作业区6号泊位工程及配套疏港公路跨海大桥连接线和后方物流园区", 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(10);
    expect(lines[0]).toBe("星湾港梧林作业区6号");
  });

  it("wrapText(CJK title that fits in two lines) keeps every character and no ellipsis", () => {
    const title = "星湾港梧林作业区6号泊位工程及配套";
    const lines = wrapText(title, 10, 2);
    expect(lines.join("")).toBe(title);
    expect(lines.join("")).not.toContain("…");
  });

  it("wrapText(English) breaks between words, never inside one", () => {
    const lines = wrapText("Xingwan Port Wulin operating area berth No. 6 works", 12, 3);
    expect(lines).toEqual(["Xingwan Port Wulin", "operating area berth", "No. 6 works"]);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(12);
  });

  it("wrapText(English too long) cuts after a word with three dots", () => {
    const lines = wrapText("Xingwan Port Wulin operating area berth No. 6 works and approaches", 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/\.\.\.$/);
    expect(textWidth(lines[1]!)).toBeLessThanOrEqual(12);
  });

  it("wrapText(text with closing punctuation at a break) keeps the punctuation off the line start", () => {
    const lines = wrapText("一二三四五六七八九，十一二三", 9, 3);
    for (const line of lines) expect(line).not.toMatch(/^[，。、）]/);
    expect(lines.join("")).toBe("一二三四五六七八九，十一二三");
  });

  it("wrapText(one word wider than a line) splits the word", () => {
    const lines = wrapText("https://example.org/a-very-long-path-without-spaces", 10, 5);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(10);
    expect(lines.join("")).toBe("https://example.org/a-very-long-path-without-spaces");
  });

  it("wrapText(line breaks and runs of spaces) collapses them", () => {
    expect(wrapText("  星湾港\n\n  梧林   作业区 ", 20, 2)).toEqual(["星湾港 梧林 作业区"]);
  });

  it("wrapText(empty) is one empty line", () => {
    expect(wrapText("", 10, 2)).toEqual([""]);
    expect(wrapText("   ", 10, 2)).toEqual([""]);
  });

  it("breakUnits(text) glues opening and closing punctuation to its neighbours", () => {
    expect(breakUnits("（一期）工程，完成")).toEqual(["（一", "期）", "工", "程，", "完", "成"]);
  });

  it("ellipsize(text, room) cuts with … after CJK and ... after Latin", () => {
    expect(ellipsize("年度投资完成率", 10)).toBe("年度投资完成率");
    expect(ellipsize("年度投资完成率慢于时序进度", 6)).toBe("年度投资完…");
    expect(ellipsize("Invested this year, of the plan", 8)).toBe("Invested...");
    expect(ellipsize("Xingwan Port Wulin operating area berth No. 6", 20)).toBe("Xingwan Port Wulin operating area...");
    expect(textWidth(ellipsize("Invested this year, of the plan", 8))).toBeLessThanOrEqual(8);
  });
});
