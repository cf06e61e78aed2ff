import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLinks } from "./links.ts";

/** A small built site: every kind of reference that resolves, and one of each kind that does not. */
function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "links-"));
  const page = (rel: string, body: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), `<!doctype html><html><head>${body}</body></html>`);
  };
  page(
    "index.html",
    `<link rel="canonical" href="https://example.org/"><link rel="stylesheet" href="/a.css"><script src="/a.js"></script></head><body>
     <a href="/d/">d</a><a href="d/#top">top</a><a href="https://elsewhere.example/">out</a><a href="mailto:x@example.org">m</a>
     <img src="/i.png" srcset="/i.png 1x, /i2.png 2x"><svg><use href="/s.svg#g"></use><image href="/i.png"></image></svg>
     <form action="/d/"></form><iframe src="/d/"></iframe><a href="/d/#named">named</a>`,
  );
  page("d/index.html", `</head><body><h1 id="top">t</h1><a name="named"></a><a href="../">up</a>`);
  page("escape.html", `</head><body><a href="../../elsewhere/">away</a>`);
  page(
    "bad/index.html",
    `<link rel="stylesheet" href="https://cdn.example/x.css"></head><body><a href="/nothing/">n</a><a href="/d/#missing">m</a>
     <a href="/d">dir</a><a href="javascript:alert(1)">j</a><img srcset="/gone.png 2x">`,
  );
  for (const f of ["a.css", "a.js", "i.png", "i2.png", "s.svg"]) writeFileSync(path.join(dir, f), "");
  return dir;
}

describe("checkLinks(outDir, base, htmlFiles)", () => {
  it("resolves every kind of reference: href, src, srcset, use, image, form action, fragments by id and by name", () => {
    const dir = site();
    const { checked, problems } = checkLinks(dir, "/", ["index.html", "d/index.html"]);
    expect(problems).toEqual([]);
    // 13 relative references (srcset counts two); mailto, the outbound and the canonical links are not checked.
    expect(checked).toBe(13);
  });

  it("names the page, attribute, value and problem of each broken reference", () => {
    const dir = site();
    const { problems } = checkLinks(dir, "/", ["bad/index.html"]);
    expect(problems.map((p) => `${p.page} ${p.attr} ${p.value}: ${p.problem}`)).toEqual([
      "bad/index.html a[href] /nothing/: no file nothing/index.html",
      "bad/index.html a[href] /d/#missing: no element #missing on d/index.html",
      "bad/index.html a[href] /d: directory without a trailing slash",
      "bad/index.html a[href] javascript:alert(1): javascript: URL",
      "bad/index.html link[href] https://cdn.example/x.css: absolute URL for an asset",
      "bad/index.html img[srcset] /gone.png: no file gone.png",
    ]);
  });

  it("reports a reference that leaves the base path", () => {
    const dir = site();
    expect(checkLinks(dir, "/journal/", ["escape.html"]).problems.map((p) => `${p.value}: ${p.problem}`)).toEqual(["../../elsewhere/: escapes the base /journal/"]);
  });
});
