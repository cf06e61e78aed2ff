import { describe, expect, it } from "vitest";
import { districtCodes, slugsFor, withBase } from "../../src/lib/site/urls.ts";
import { shownPath } from "../../src/lib/site/siteModel.ts";

describe("slugsFor(names, prefix, codes)", () => {
  it("uses a configured code, else an ASCII name, else a hash of the name", () => {
    const s = slugsFor(["望潮区", "North Bay", "汀岚区"], "d", new Map([["望潮区", "330102"]]));
    expect(s.get("望潮区")).toBe("330102");
    expect(s.get("North Bay")).toBe("north-bay");
    expect(s.get("汀岚区")).toMatch(/^d-[0-9a-f]{8}$/);
  });

  it("does not depend on the order of the names", () => {
    const a = slugsFor(["甲区", "乙区", "丙区", "A", "a"], "d");
    const b = slugsFor(["a", "丙区", "A", "乙区", "甲区"], "d");
    expect([...a].sort()).toEqual([...b].sort());
  });

  it("gives colliding names distinct slugs", () => {
    const s = slugsFor(["A", "a", "a!"], "d");
    expect(new Set(s.values()).size).toBe(3);
  });

  it("falls back to the hash when a code is not URL-safe", () => {
    expect(slugsFor(["区"], "d", new Map([["区", "../x"]])).get("区")).toBe("x");
    expect(slugsFor(["区"], "d", new Map([["区", "代码"]])).get("区")).toMatch(/^d-[0-9a-f]{8}$/);
  });
});

describe("districtCodes(entries)", () => {
  it("maps names with a code, ignoring plain names", () => {
    expect([...districtCodes(["甲区", { name: "乙区", code: "B", aliases: [] }])]).toEqual([["乙区", "B"]]);
  });
});

describe("withBase(base, path)", () => {
  it("joins the base and a site path", () => {
    expect(withBase("/", "projects/x/")).toBe("/projects/x/");
    expect(withBase("/journal/", "projects/x/")).toBe("/journal/projects/x/");
    expect(withBase("/journal", "/about/")).toBe("/journal/about/");
    expect(withBase("/journal/", "")).toBe("/journal/");
  });
});

describe("shownPath(file, dataDir)", () => {
  it("shows a source file from the data folder's name down", () => {
    expect(shownPath("/srv/build/data/snapshots/2026-10.csv", "/srv/build/data")).toBe("data/snapshots/2026-10.csv");
    expect(shownPath("other/file.csv", "/srv/build/data")).toBe("other/file.csv");
    expect(shownPath(null, "/x")).toBe("");
  });
});
