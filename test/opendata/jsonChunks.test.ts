import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonChunks, mapLazily } from "../../src/lib/opendata/jsonChunks.ts";

const whole = (doc: Record<string, unknown>, key: string, items: unknown[]) => JSON.stringify({ ...doc, [key]: items }, null, 2);
const pieces = (doc: Record<string, unknown>, key: string, items: unknown[]) => [...jsonChunks(doc, key, items)].join("");

describe("jsonChunks", () => {
  it("jsonChunks(doc, key, items) gives JSON.stringify's text of the whole document, for any JSON", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), fc.array(fc.jsonValue(), { maxLength: 8 }), (doc, key, items) => {
        expect(pieces(doc, key, items)).toBe(whole(doc, key, items));
      }),
      { seed: 16, numRuns: 300 },
    );
  });

  it("jsonChunks(doc, key, items) keeps the key's place, writes [] for no items and null for an element JSON leaves out", () => {
    const doc = { a: 1, projects: "replaced", b: { c: [1, 2] } };
    const items = [{ x: "<甲>", y: [null, { z: 1 }] }, undefined, () => 1, "s"];
    expect(pieces(doc, "projects", items)).toBe(whole(doc, "projects", items));
    expect(pieces(doc, "projects", [])).toBe('{\n  "a": 1,\n  "projects": [],\n  "b": {\n    "c": [\n      1,\n      2\n    ]\n  }\n}');
  });

  it("jsonChunks(doc holding the marker, …) still gives the right text", () => {
    const doc = { title: "\u0000jsonChunks\u0000" };
    expect(pieces(doc, "projects", [1, 2])).toBe(whole(doc, "projects", [1, 2]));
  });

  it("jsonChunks(doc, key, items) takes the items one at a time, as they are made", () => {
    const made: number[] = [];
    const chunks = jsonChunks({}, "items", mapLazily([1, 2, 3], (n) => (made.push(n), { n })));
    expect(chunks.next().value).toBe("{\n  \"items\": ");
    expect(made).toEqual([]);
    expect(chunks.next().value).toBe('[\n    {\n      "n": 1\n    }');
    expect(made).toEqual([1]);
  });
});
