import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapIndexXml, sitemapXml } from "../../src/lib/feeds/sitemap.ts";
import { wellFormedErrors } from "./wellFormed.ts";

const urls = [
  "https://example.org/journal/projects/xw2025-001/",
  "https://example.org/journal/",
  "https://example.org/journal/search/?q=a&b=<c>]]>",
  "https://example.org/journal/",
  "https://example.org/journal/区县/",
];

describe("sitemapXml", () => {
  it("sitemapXml(urls) is well-formed, escaped, de-duplicated and sorted", () => {
    const xml = sitemapXml(urls);
    expect(wellFormedErrors(xml)).toEqual([]);
    const locs = [...new DOMParser().parseFromString(xml, "text/xml").querySelectorAll("url > loc")].map((l) => l.textContent);
    expect(locs).toEqual([
      "https://example.org/journal/",
      "https://example.org/journal/%E5%8C%BA%E5%8E%BF/",
      "https://example.org/journal/projects/xw2025-001/",
      "https://example.org/journal/search/?q=a&b=%3Cc%3E]]%3E",
    ]);
    expect(xml).toContain("?q=a&amp;b=");
  });

  it("sitemapXml(same urls in any order) gives the same bytes", () => {
    expect(sitemapXml([...urls].reverse())).toBe(sitemapXml(urls));
  });

  it("sitemapXml(a relative or non-http address) throws and names it", () => {
    expect(() => sitemapXml(["/projects/"])).toThrow(/"\/projects\/"/);
    expect(() => sitemapXml(["javascript:alert(1)"])).toThrow(/http/);
  });

  it("sitemapXml(more than 50 000 addresses) throws", () => {
    const many = Array.from({ length: 50_001 }, (_, i) => `https://example.org/p/${i}/`);
    expect(() => sitemapXml(many)).toThrow(/50000/);
  });

  it("sitemapIndexXml(sitemaps) is well-formed", () => {
    const xml = sitemapIndexXml(["https://example.org/sitemap-2.xml", "https://example.org/sitemap-1.xml"]);
    expect(wellFormedErrors(xml)).toEqual([]);
    expect(xml.indexOf("sitemap-1")).toBeLessThan(xml.indexOf("sitemap-2"));
  });
});

describe("robotsTxt", () => {
  it("robotsTxt(sitemapUrl) allows all and names the sitemap", () => {
    expect(robotsTxt("https://example.org/journal/sitemap.xml")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/journal/sitemap.xml\n");
  });

  it("robotsTxt(an address with a line break) cannot add lines", () => {
    expect(robotsTxt("https://example.org/sitemap.xml\nDisallow: /").split("\n").filter((l) => l.startsWith("Disallow"))).toEqual([]);
  });
});
