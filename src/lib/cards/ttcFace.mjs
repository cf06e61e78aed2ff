// Take one face out of a TrueType/OpenType collection (.ttc) as a standalone font file:
// Debian's Noto CJK fonts come as collections, which subsetting libraries cannot read.
// The face's tables are copied as they are, with offsets rewritten for the new file.
// Plain JavaScript because the fonts are subset on a worker thread (subsetWorker.mjs), and
// worker threads start without the TypeScript loader.

/** How many faces the collection holds. @param {Uint8Array} ttc @returns {number} */
export function ttcFaces(ttc) {
  const v = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  if (v.getUint32(0) !== 0x74746366) throw new Error("not a font collection (no 'ttcf' tag)");
  return v.getUint32(8);
}

/** Face `index` of the collection as a font file of its own. @param {Uint8Array} ttc @param {number} index @returns {Uint8Array} */
export function ttcFace(ttc, index) {
  const v = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  const count = ttcFaces(ttc);
  if (index < 0 || index >= count) throw new Error(`face ${index} out of range (0…${count - 1})`);
  const at = v.getUint32(12 + 4 * index);
  const numTables = v.getUint16(at + 4);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const r = at + 12 + 16 * i;
    return { record: r, offset: v.getUint32(r + 8), length: v.getUint32(r + 12) };
  });
  const headerSize = 12 + 16 * numTables;
  let size = headerSize;
  const placed = tables.map((t) => {
    const offset = size;
    size += (t.length + 3) & ~3;
    return offset;
  });
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  out.set(ttc.subarray(at, at + headerSize), 0);
  tables.forEach((t, i) => {
    w.setUint32(12 + 16 * i + 8, placed[i]);
    out.set(ttc.subarray(t.offset, t.offset + t.length), placed[i]);
  });
  return out;
}

/**
 * The index of the face whose name table contains `family` (UTF-16BE, as Windows names are stored).
 * @param {Uint8Array} ttc @param {string} family @returns {number}
 */
export function ttcFaceNamed(ttc, family) {
  const needle = new Uint8Array(family.length * 2);
  for (let i = 0; i < family.length; i++) {
    needle[2 * i] = family.charCodeAt(i) >> 8;
    needle[2 * i + 1] = family.charCodeAt(i) & 0xff;
  }
  const v = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  // Each face's table records give offsets in the collection itself: its name table is read in
  // place, not from a copy of the face (a face of Noto CJK is 20 MB).
  for (let i = 0; i < ttcFaces(ttc); i++) {
    const at = v.getUint32(12 + 4 * i);
    for (let t = 0; t < v.getUint16(at + 4); t++) {
      const r = at + 12 + 16 * t;
      if (v.getUint32(r) !== 0x6e616d65) continue; // 'name'
      const table = ttc.subarray(v.getUint32(r + 8), v.getUint32(r + 8) + v.getUint32(r + 12));
      if (indexOf(table, needle) !== -1) return i;
    }
  }
  throw new Error(`no face named "${family}" in the collection`);
}

/** @param {Uint8Array} hay @param {Uint8Array} needle */
function indexOf(hay, needle) {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
