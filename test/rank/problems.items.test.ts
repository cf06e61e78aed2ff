import { describe, expect, it } from "vitest";
import { problemItems, problemKey } from "../../src/lib/rank/index.ts";

const texts = (cell: string | null) => problemItems(cell).map((i) => i.text);

describe("problemItems(cell)", () => {
  it("problemItems(null) and blank cells give no item", () => {
    expect(problemItems(null)).toEqual([]);
    expect(problemItems(undefined)).toEqual([]);
    expect(problemItems("")).toEqual([]);
    expect(problemItems("  \n ")).toEqual([]);
  });

  it("problemItems(one problem) keeps the office's text, without the punctuation around it", () => {
    expect(problemItems("资金到位不足，施工进度放缓")).toEqual([{ text: "资金到位不足，施工进度放缓", key: "资金到位不足施工进度放缓" }]);
    expect(texts("  用地手续尚未办结。 ")).toEqual(["用地手续尚未办结"]);
  });

  it("problemItems(numbered items) splits at 1. 2、 （1） ① ⑴ ⒈ 一、 markers and drops them", () => {
    expect(texts("1.资金缺口较大；\n2.需协调申报专项债券")).toEqual(["资金缺口较大", "需协调申报专项债券"]);
    expect(texts("1、用地未报批 2、环评未批复")).toEqual(["用地未报批", "环评未批复"]);
    expect(texts("1．用地未报批。2．环评未批复。")).toEqual(["用地未报批", "环评未批复"]);
    expect(texts("（1）管线迁改未完成\n（2）资金缺口3000万元")).toEqual(["管线迁改未完成", "资金缺口3000万元"]);
    expect(texts("(1)管线迁改未完成(2)资金缺口")).toEqual(["管线迁改未完成(2)资金缺口"]); // (2) mid-text without a boundary is not a marker
    expect(texts("①用地 手续未办结②资金未到位")).toEqual(["用地 手续未办结②资金未到位"]);
    expect(texts("①用地手续未办结 ②资金未到位")).toEqual(["用地手续未办结", "资金未到位"]);
    expect(texts("⑴用地手续未办结\n⑵资金未到位")).toEqual(["用地手续未办结", "资金未到位"]);
    expect(texts("⒈用地手续未办结\n⒉资金未到位")).toEqual(["用地手续未办结", "资金未到位"]);
    expect(texts("一、用地手续未办结\n二、资金未到位")).toEqual(["用地手续未办结", "资金未到位"]);
    expect(texts("（一）用地手续未办结；（二）资金未到位")).toEqual(["用地手续未办结", "资金未到位"]);
    expect(texts("1)用地手续未办结\n2）资金未到位")).toEqual(["用地手续未办结", "资金未到位"]);
    expect(texts("１．用地手续未办结　２．资金缺口１．５亿元")).toEqual(["用地手续未办结", "资金缺口１．５亿元"]); // full-width, as typed
  });

  it("problemItems(一是…，二是…) splits where the numbering continues after a comma", () => {
    expect(texts("一是用工短缺，二是砂石料供应紧张")).toEqual(["用工短缺", "砂石料供应紧张"]);
    expect(texts("一是用工短缺；二是砂石料供应紧张；三是雨季影响")).toEqual(["用工短缺", "砂石料供应紧张", "雨季影响"]);
    expect(texts("1.资金缺口较大，2.需协调申报专项债券")).toEqual(["资金缺口较大", "需协调申报专项债券"]);
  });

  it("problemItems(numbers in the text) does not split at decimals, ranges or numbers after a comma out of sequence", () => {
    expect(texts("1.5亿元资金缺口")).toEqual(["1.5亿元资金缺口"]);
    expect(texts("3、4号楼未封顶")).toEqual(["3、4号楼未封顶"]);
    expect(texts("资金缺口较大，2.手续未办结")).toEqual(["资金缺口较大，2.手续未办结"]);
    expect(texts("资金缺口1.2亿元，需协调")).toEqual(["资金缺口1.2亿元，需协调"]);
    expect(texts("第2、3标段进展缓慢")).toEqual(["第2、3标段进展缓慢"]);
    expect(texts("是否需要调整规划尚未明确")).toEqual(["是否需要调整规划尚未明确"]);
    expect(texts("2026年3月前完成征地")).toEqual(["2026年3月前完成征地"]);
  });

  it("problemItems(cell) splits at line breaks and semicolons", () => {
    expect(texts("用地手续未办结\n资金未到位")).toEqual(["用地手续未办结", "资金未到位"]);
    expect(texts("用地手续未办结；资金未到位;用工短缺")).toEqual(["用地手续未办结", "资金未到位", "用工短缺"]);
    expect(texts("用地手续未办结\r\n资金未到位")).toEqual(["用地手续未办结", "资金未到位"]);
  });

  it("problemItems(cell) drops a leading label and bullets", () => {
    expect(texts("存在问题：1.用地手续未办结；2.资金未到位")).toEqual(["用地手续未办结", "资金未到位"]);
    expect(texts("主要困难：资金未到位")).toEqual(["资金未到位"]);
    expect(texts("● 用地手续未办结\n● 资金未到位")).toEqual(["用地手续未办结", "资金未到位"]);
  });

  it("problemItems(cell saying there is no problem) gives no item", () => {
    for (const none of ["无", "无。", "暂无", "暂无问题", "无问题", "没有问题", "无明显问题", "暂无困难和问题", "无需协调解决的问题", "已解决", "问题已销号", "正常推进", "—", "/", "1.无"]) {
      expect(problemItems(none), none).toEqual([]);
    }
    expect(texts("1.用地手续未办结；2.无")).toEqual(["用地手续未办结"]);
  });

  it("problemItems(cell) keeps a wording once", () => {
    expect(texts("1.资金未到位；2.资金未到位。")).toEqual(["资金未到位"]);
  });
});

describe("problemKey(text)", () => {
  it("problemKey(text) is half-width, lower case, without spaces, punctuation or symbols", () => {
    expect(problemKey("用地手续尚未办结，已报省厅审批。")).toBe(problemKey("用地手续尚未办结,已报省厅审批"));
    expect(problemKey("ＰＰＰ 项目（二期）")).toBe("ppp项目二期");
  });
});
