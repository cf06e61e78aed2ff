import { expect, test } from "vitest";
import fc from "fast-check";
import { fnv1a, projectSlug } from "../../../src/lib/data/slug.ts";

const KEY = "name:云溪大道|高新区";
const HASHED = /^p-[0-9a-f]{8}$/;

const ascii: Array<[string, string]> = [
  ["ABC-001", "abc-001"],
  ["2026-001", "2026-001"],
  ["XM.001", "xm-001"],
  ["a_b", "a-b"],
];
for (const [id, slug] of ascii) {
  test(`projectSlug(key, ${JSON.stringify(id)}) uses the ASCII id: ${slug}`, () => {
    expect(projectSlug(KEY, id)).toBe(slug);
  });
}

const unsafe: Array<string | null> = ["项目001", "../x", "a/b", "..", "a\\b", "-abc", "", null, "a".repeat(65), "a b"];
for (const id of unsafe) {
  test(`projectSlug(key, ${JSON.stringify(id)}) hashes the key`, () => {
    expect(projectSlug(KEY, id)).toMatch(HASHED);
    expect(projectSlug(KEY, id)).toBe(`p-${fnv1a(KEY)}`);
  });
}

test("projectSlug(key, null) is stable and differs between keys", () => {
  expect(projectSlug(KEY, null)).toBe(projectSlug(KEY, null));
  expect(projectSlug("name:港口二期|临江区", null)).not.toBe(projectSlug(KEY, null));
});

test('fnv1a("") is the FNV-1a offset basis', () => {
  expect(fnv1a("")).toBe("811c9dc5");
});

test('fnv1a("a") is e40c292c', () => {
  expect(fnv1a("a")).toBe("e40c292c");
});

test("projectSlug(any key, any id) never contains / or .. and is URL-safe", () => {
  const id = fc.oneof(fc.constant(null), fc.string(), fc.string({ unit: "binary" }), fc.stringMatching(/^[A-Za-z0-9._\/-]{1,70}$/));
  fc.assert(
    fc.property(fc.string({ unit: "binary" }), id, (key, i) => {
      const slug = projectSlug(key, i);
      expect(slug).not.toContain("/");
      expect(slug).not.toContain("..");
      expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    }),
    { seed: 42, numRuns: 300 },
  );
});
