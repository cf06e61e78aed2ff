import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { atomFeed, type AtomEntry } from "../../src/lib/feeds/atom.ts";
import { wellFormedErrors } from "./wellFormed.ts";

const HOSTILE = `<script>alert("x")</script> & ]]> 'q'`;

const entries: AtomEntry[] = [
  { url: "https://example.org/editions/2026-09/", title: "2026年9月进展", summary: "年度投资完成率69.5%。", updated: "2026-10-08" },
  {
    url: "https://example.org/editions/2026-10/",
    title: `2026年10月进展 ${HOSTILE}`,
    summary: `年度投资完成率77.0%，慢于时序进度6.4个百分点。${HOSTILE}`,
    updated: "2026-11-05",
    revisionNote: "修订：更正高新区1-10月完成投资",
  },
];

const input = { siteTitle: `星湾市重点项目建设进度 ${HOSTILE}`, siteUrl: "https://example.org/", feedUrl: "https://example.org/feed.xml", entries, author: "星湾市重点项目办", lang: "zh-CN" };

function parse(xml: string) {
  return new DOMParser().parseFromString(xml, "text/xml");
}

describe("atomFeed", () => {
  it("atomFeed(input) is well-formed XML", () => {
    expect(wellFormedErrors(atomFeed(input))).toEqual([]);
  });

  it("atomFeed(hostile text) escapes it and a parser reads back the original text", () => {
    const xml = atomFeed(input);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
    const doc = parse(xml);
    const titles = [...doc.querySelectorAll("entry > title")].map((t) => t.textContent);
    expect(titles[0]).toBe(entries[1]!.title);
    expect(doc.querySelector("feed > title")?.textContent).toBe(input.siteTitle);
    expect(doc.querySelector("entry > summary")?.textContent).toBe(`${entries[1]!.summary}\n\n修订：更正高新区1-10月完成投资`);
  });

  it("atomFeed(entries) lists the newest first and dates the feed by its newest entry, not the build", () => {
    const xml = atomFeed(input);
    const doc = parse(xml);
    expect([...doc.querySelectorAll("entry > id")].map((e) => e.textContent)).toEqual([
      "https://example.org/editions/2026-10/",
      "https://example.org/editions/2026-09/",
    ]);
    expect(doc.querySelector("feed > updated")?.textContent).toBe("2026-11-05T00:00:00+08:00");
    expect(doc.querySelector("feed > link[rel=self]")?.getAttribute("href")).toBe("https://example.org/feed.xml");
    expect(doc.querySelector("feed > author > name")?.textContent).toBe("星湾市重点项目办");
  });

  it("atomFeed(same input, any entry order) gives the same bytes", () => {
    expect(atomFeed({ ...input, entries: [...entries].reverse() })).toBe(atomFeed(input));
  });

  it("atomFeed(no entries) needs an explicit date", () => {
    expect(() => atomFeed({ ...input, entries: [] })).toThrow(/updated/);
    expect(atomFeed({ ...input, entries: [], updated: "2026-01-31" })).toContain("<updated>2026-01-31T00:00:00+08:00</updated>");
  });

  it("atomFeed(an entry dated 2026-02-30) throws", () => {
    expect(() => atomFeed({ ...input, entries: [{ ...entries[0]!, updated: "2026-02-30" }] })).toThrow(/YYYY-MM-DD/);
  });
});
