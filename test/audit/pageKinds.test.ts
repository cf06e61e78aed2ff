import { describe, expect, it } from "vitest";
import { pageKinds } from "../../src/lib/audit/pageKinds.ts";

const site = [
  "index.html",
  "404.html",
  "districts/index.html",
  "districts/b/index.html",
  "districts/a/index.html",
  "projects/index.html",
  "projects/page/2/index.html",
  "projects/p-1/index.html",
  "categories/index.html",
  "categories/c-1/index.html",
  "boards/index.html",
  "warnings/index.html",
  "changes/index.html",
  "editions/index.html",
  "editions/2026-07/index.html",
  "editions/2026-08/index.html",
  "editions/2026-08/r1/index.html",
  "editions/2026-09/index.html",
  "editions/2026-10/index.html",
  "downloads/index.html",
  "data-quality/index.html",
  "methodology/index.html",
  "about/index.html",
  "search/index.html",
  "embed/home-curve/index.html",
  "embed/home-curve/chart.png",
  "og/index.png",
];

describe("pageKinds(files)", () => {
  it("pageKinds(files) gives one page of every kind, in reading order, the first district and project by name", () => {
    expect(pageKinds(site)).toEqual([
      { kind: "home", path: "" },
      { kind: "districts", path: "districts/" },
      { kind: "district", path: "districts/a/" },
      { kind: "projects", path: "projects/" },
      { kind: "projects-page", path: "projects/page/2/" },
      { kind: "project", path: "projects/p-1/" },
      { kind: "categories", path: "categories/" },
      { kind: "category", path: "categories/c-1/" },
      { kind: "boards", path: "boards/" },
      { kind: "warnings", path: "warnings/" },
      { kind: "changes", path: "changes/" },
      { kind: "editions", path: "editions/" },
      { kind: "older-edition", path: "editions/2026-09/" },
      { kind: "revised-edition", path: "editions/2026-08/" },
      { kind: "downloads", path: "downloads/" },
      { kind: "data-quality", path: "data-quality/" },
      { kind: "methodology", path: "methodology/" },
      { kind: "about", path: "about/" },
      { kind: "search", path: "search/" },
      { kind: "embed", path: "embed/home-curve/" },
      { kind: "not-found", path: "no-such-page/" },
    ]);
  });

  it("pageKinds(small site) leaves out the kinds it does not have (no second projects page, no revision)", () => {
    const small = site.filter((f) => !f.startsWith("projects/page/") && !f.includes("/r1/") && f !== "404.html");
    const kinds = pageKinds(small).map((k) => k.kind);
    expect(kinds).not.toContain("projects-page");
    expect(kinds).not.toContain("revised-edition");
    expect(kinds).not.toContain("not-found");
    expect(kinds).toContain("older-edition");
  });

  it("pageKinds([]) is empty", () => expect(pageKinds([])).toEqual([]));
});
