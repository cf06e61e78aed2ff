import { describe, expect, it } from "vitest";
import { splitNames } from "../../src/lib/rank/index.ts";

describe("splitNames(text)", () => {
  it("splitNames(null, blank, placeholder) is []", () => {
    expect(splitNames(null)).toEqual([]);
    expect(splitNames(undefined)).toEqual([]);
    expect(splitNames("")).toEqual([]);
    expect(splitNames("  ")).toEqual([]);
    expect(splitNames("—")).toEqual([]);
    expect(splitNames("、/")).toEqual([]);
  });

  it("splitNames(one name) is that name, trimmed", () => {
    expect(splitNames("市住建局")).toEqual(["市住建局"]);
    expect(splitNames(" 李明 ")).toEqual(["李明"]);
  });

  it("splitNames(text) splits at 、，,；;／/ and line breaks", () => {
    expect(splitNames("市住建局、市交通运输局")).toEqual(["市住建局", "市交通运输局"]);
    expect(splitNames("张三，李四,王五；赵六;钱七／孙八/周九")).toEqual(["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九"]);
    expect(splitNames("市住建局\n市交通运输局")).toEqual(["市住建局", "市交通运输局"]);
  });

  it("splitNames(text) keeps each name once, in the order given", () => {
    expect(splitNames("乙局、甲局、乙局")).toEqual(["乙局", "甲局"]);
  });

  it("splitNames(names with 和/及/与 inside) keeps them whole", () => {
    for (const name of ["市住房和城乡建设局", "市文化和旅游局", "市发展和改革委员会", "市自然资源和规划局", "市自然资源与规划局", "李和平", "欧阳和平"]) {
      expect(splitNames(name), name).toEqual([name]);
    }
  });

  it("splitNames(two organisations or two people joined by 和/及/与) splits them", () => {
    expect(splitNames("市住建局和市交通局")).toEqual(["市住建局", "市交通局"]);
    expect(splitNames("市住房和城乡建设局及市交通运输局")).toEqual(["市住房和城乡建设局", "市交通运输局"]);
    expect(splitNames("市住建局与各县区人民政府")).toEqual(["市住建局", "各县区人民政府"]);
    expect(splitNames("市住建局和市交通局和市水利局")).toEqual(["市住建局", "市交通局", "市水利局"]);
    expect(splitNames("张三和李四")).toEqual(["张三", "李四"]);
    expect(splitNames("张三与李四和王五")).toEqual(["张三", "李四", "王五"]);
  });

  it("splitNames(text) splits at spaces between names, and removes spaces that pad one name", () => {
    expect(splitNames("张三 李四")).toEqual(["张三", "李四"]);
    expect(splitNames("市住建局  市交通局")).toEqual(["市住建局", "市交通局"]);
    expect(splitNames("张  三")).toEqual(["张三"]);
    expect(splitNames("欧阳 锋、李四")).toEqual(["欧阳锋", "李四"]);
    expect(splitNames("John  Smith")).toEqual(["John Smith"]);
  });

  it("splitNames(text) never splits inside brackets and drops a role after a name", () => {
    expect(splitNames("市住建局（市人防办、市地震局）")).toEqual(["市住建局（市人防办、市地震局）"]);
    expect(splitNames("市住建局（牵头）、市交通局（配合）")).toEqual(["市住建局", "市交通局"]);
    expect(splitNames("市住建局(牵头单位)和市交通局")).toEqual(["市住建局", "市交通局"]);
  });

  it("splitNames(text) gives the same answer for the same text, frozen, so no caller can change another's", () => {
    const first = splitNames("市住建局、市交通局");
    expect(splitNames("市住建局、市交通局")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (first as string[]).push("市水利局")).toThrow(TypeError);
    expect(splitNames("市住建局、市交通局")).toEqual(["市住建局", "市交通局"]);
    expect(Object.isFrozen(splitNames(null))).toBe(true);
  });
});
