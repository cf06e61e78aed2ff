import { describe, expect, it } from "vitest";
import { matchItems, problemKey, sameProblem, similarity } from "../../src/lib/rank/index.ts";

describe("similarity(a, b) and sameProblem(a, b)", () => {
  const k = problemKey;
  it("similarity(equal keys) is 1", () => expect(similarity("用工短缺", "用工短缺")).toBe(1));

  it("similarity(a wording and its update) is the shared share of the shorter's bigrams", () => {
    // 用地手续尚未办结: 7 bigrams, all in the longer wording
    expect(similarity(k("用地手续尚未办结"), k("用地手续尚未办结，已报省厅审批"))).toBe(1);
    // 用地手续尚未办结 vs 用地手续已办结: shared 用地 地手 手续 办结 = 4 of the shorter's 6
    expect(similarity(k("用地手续尚未办结"), k("用地手续已办结"))).toBeCloseTo(4 / 6, 12);
    expect(sameProblem(k("用地手续尚未办结"), k("用地手续已办结"))).toBe(true);
  });

  it("similarity(two problems sharing generic words) is under the threshold", () => {
    // 受雨季影响施工进度滞后 (10 bigrams) vs 资金到位不足施工进度放缓 (11): shared 施工 工进 进度 → 3/10
    expect(similarity(k("受雨季影响施工进度滞后"), k("资金到位不足，施工进度放缓"))).toBeCloseTo(0.3, 12);
    expect(sameProblem(k("受雨季影响施工进度滞后"), k("资金到位不足，施工进度放缓"))).toBe(false);
  });

  it("similarity(one shared bigram) is 0, however short the wordings", () => {
    expect(similarity("缺电", "缺电问题突出")).toBe(0);
    expect(similarity("用工短缺", "用工紧张")).toBe(0);
    expect(similarity("", "用工")).toBe(0);
  });
});

describe("matchItems(items, candidates)", () => {
  const items = (...t: string[]) => t.map((text) => ({ text, key: problemKey(text) }));
  const cand = (...t: string[]) => t.map(problemKey);

  it("matchItems(items, candidates) pairs exact wordings before similar ones", () => {
    // item 0 is similar to both; item 1 is exactly candidate 0: the exact pair wins, item 0 takes candidate 1
    const got = matchItems(items("用地手续尚未办结，已报批", "用地手续尚未办结"), [cand("用地手续尚未办结"), cand("用地手续尚未办结，待批复")]);
    expect(got).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("matchItems(items, candidates) prefers the current wording to an earlier one", () => {
    const got = matchItems(items("资金未到位"), [cand("资金未到位", "资金缺口较大"), cand("资金未到位")]);
    expect(got).toEqual([[0, 1]]);
  });

  it("matchItems(items, candidates) uses each side once and leaves dissimilar items unmatched", () => {
    expect(matchItems(items("用工短缺", "用工短缺严重"), [cand("用工短缺")])).toEqual([[0, 0]]);
    expect(matchItems(items("砂石料供应紧张"), [cand("用工短缺")])).toEqual([]);
    expect(matchItems([], [cand("用工短缺")])).toEqual([]);
    expect(matchItems(items("用工短缺"), [])).toEqual([]);
  });

  it("matchItems(items, candidates) breaks equal scores by item, then candidate order", () => {
    expect(matchItems(items("用工短缺"), [cand("用工短缺"), cand("用工短缺")])).toEqual([[0, 0]]);
  });
});
