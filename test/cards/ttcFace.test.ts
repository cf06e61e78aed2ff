import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cardFonts } from "../../src/lib/cards/fonts.ts";
import { ttcFace, ttcFaceNamed, ttcFaces } from "../../src/lib/cards/ttcFace.mjs";

// Debian's Noto Sans CJK Regular, as the cards use it (the tests' machine has fonts-noto-cjk).
const ttc = new Uint8Array(readFileSync(cardFonts().regular));
const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();

describe("ttcFaceNamed", () => {
  it("ttcFaceNamed(Noto Sans CJK, 'Noto Sans CJK SC') is the face whose own name table names it", () => {
    const index = ttcFaceNamed(ttc, "Noto Sans CJK SC");
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(ttcFaces(ttc));
    const face = Buffer.from(ttcFace(ttc, index));
    expect(face.includes(utf16be("Noto Sans CJK SC"))).toBe(true);
    // The faces before it are other languages' (JP, KR…), not the Chinese one.
    for (let i = 0; i < index; i++) expect(Buffer.from(ttcFace(ttc, i)).includes(utf16be("Noto Sans CJK SC"))).toBe(false);
  });

  it("ttcFaceNamed(a family the collection lacks) throws naming it; ttcFaces(not a collection) throws", () => {
    expect(() => ttcFaceNamed(ttc, "Comic Sans")).toThrow('no face named "Comic Sans" in the collection');
    expect(() => ttcFaces(new Uint8Array(16))).toThrow("not a font collection (no 'ttcf' tag)");
  });
});

describe("ttcFace", () => {
  it("ttcFace(ttc, i) is a font file of its own: the face's header, every table copied whole at rewritten offsets", () => {
    const face = ttcFace(ttc, ttcFaceNamed(ttc, "Noto Sans CJK SC"));
    const v = view(face);
    expect(Buffer.from(face.subarray(0, 4)).toString("latin1")).toBe("OTTO");
    const tables = v.getUint16(4);
    expect(tables).toBeGreaterThan(5);
    for (let t = 0; t < tables; t++) {
      const offset = v.getUint32(12 + 16 * t + 8);
      const length = v.getUint32(12 + 16 * t + 12);
      expect(offset % 4).toBe(0);
      expect(offset + length).toBeLessThanOrEqual(face.length);
    }
    expect(() => ttcFace(ttc, ttcFaces(ttc))).toThrow(/out of range/);
  });
});
