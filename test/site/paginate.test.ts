import { describe, expect, it } from "vitest";
import { capList, pagePath, paginate, perGroup } from "../../src/lib/site/paginate.ts";

describe("paginate", () => {
  it("paginate(250 items, 100) gives three pages with their positions; paginate([]) one empty page", () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const pages = paginate(items, 100);
    expect(pages.map((p) => [p.number, p.count, p.items.length, p.from, p.to, p.total])).toEqual([
      [1, 3, 100, 1, 100, 250],
      [2, 3, 100, 101, 200, 250],
      [3, 3, 50, 201, 250, 250],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(paginate([], 100).map((p) => [p.number, p.count, p.items.length])).toEqual([[1, 1, 0]]);
  });

  it("pagePath(base, n) is the base for page 1 and base/page/n/ after", () => {
    expect(pagePath("warnings/", 1)).toBe("warnings/");
    expect(pagePath("warnings/", 7)).toBe("warnings/page/7/");
  });
});

describe("capList", () => {
  it("capList(items, limit) keeps the first items and counts the rest; nothing is left out below the limit", () => {
    expect(capList([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
    expect(capList([1, 2], 3)).toEqual({ shown: [1, 2], more: 0 });
  });
});

describe("perGroup", () => {
  it("perGroup(budget, groups) shares the budget equally, at least 2 and at most 20 a group", () => {
    expect(perGroup(90, 18)).toBe(5);
    expect(perGroup(90, 3)).toBe(20);
    expect(perGroup(90, 200)).toBe(2);
    expect(perGroup(60, 0)).toBe(20);
  });
});
