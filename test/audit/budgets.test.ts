import { describe, expect, it } from "vitest";
import { BUDGETS, checkBudgets } from "../../src/lib/audit/budgets.ts";

const page = (body: string, head = "") => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const sizes: Record<string, number> = { "_astro/app.js": 12_000, "big.js": 30_000, "table-tools.js": 4_000 };
const size = (p: string) => sizes[p] ?? null;

describe("checkBudgets(pages)", () => {
  it("checkBudgets(a small page with a local script and a sized image) finds nothing", () => {
    const html = page('<img src="/a.png" width="10" height="10" alt=""><a href="https://example.com/">out</a>', '<script type="module" src="/_astro/app.js"></script>');
    expect(checkBudgets([{ path: "index.html", html }], size, "/")).toEqual([]);
  });
  it("checkBudgets(a page over 100 KB) reports its size", () => {
    const html = page("x".repeat(BUDGETS.html + 1));
    expect(checkBudgets([{ path: "big.html", html }], size, "/").map((p) => p.rule)).toEqual(["html-size"]);
  });
  it("checkBudgets(a page loading 34 KB of scripts) reports the JS budget, counting each file once", () => {
    const html = page("", '<script src="/big.js"></script><script src="/table-tools.js"></script><script src="/table-tools.js"></script>');
    expect(checkBudgets([{ path: "p.html", html }], size, "/")).toEqual([{ page: "p.html", rule: "js-size", detail: `34000 bytes > ${BUDGETS.js}` }]);
  });
  it("checkBudgets(a page fetching from another origin) reports each request, but not plain links", () => {
    const html = page('<img src="https://cdn.example.com/x.png" width="1" height="1"><a href="https://gov.example/">ok</a>', '<link rel="stylesheet" href="//fonts.example.com/a.css">');
    expect(checkBudgets([{ path: "p.html", html }], size, "/").map((p) => [p.rule, p.detail])).toEqual([
      ["external-request", "link[href]:not([rel=canonical]):not([rel=alternate]) //fonts.example.com/a.css"],
      ["external-request", "img[src] https://cdn.example.com/x.png"],
    ]);
  });
  it("checkBudgets(an image without dimensions, an og:image without its size) reports both", () => {
    const html = page('<img src="/a.png" alt="">', '<meta property="og:image" content="https://example.org/og.png">');
    expect(checkBudgets([{ path: "p.html", html }], size, "/").map((p) => p.rule)).toEqual(["image-dimensions", "image-dimensions"]);
  });
  it("checkBudgets(an inline script) reports it, since a strict CSP would block it; JSON data blocks are fine", () => {
    const html = page('<script>alert(1)</script><script type="application/ld+json">{"a":1}</script>');
    expect(checkBudgets([{ path: "p.html", html }], size, "/").map((p) => p.rule)).toEqual(["inline-script"]);
  });
  it("checkBudgets(a site under /journal/) resolves script sizes under the base", () => {
    const html = page("", '<script src="/journal/big.js"></script>');
    expect(checkBudgets([{ path: "p.html", html }], size, "/journal/").map((p) => p.rule)).toEqual(["js-size"]);
  });
});
