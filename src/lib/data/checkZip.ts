import { inflateRawSync } from "node:zlib";

/** More than any scheduling table holds once unpacked: a larger claim is a zip bomb or a lie. */
const MAX_UNPACKED = 1 << 30;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/**
 * Check that the bytes are a whole, sound zip of an .xlsx workbook before SheetJS reads them:
 * its end record and central directory in place, every entry's local header where the
 * directory says, every entry stored or deflated and inflating (with Node's zlib) to the size
 * the directory gives, and a [Content_Types].xml. SheetJS's own inflater can loop forever on
 * a truncated or damaged zip, so a file that fails here is never handed to it. Returns what
 * is wrong (and the entry concerned), or null.
 */
export type ZipProblem = { problem: "truncated" | "damaged" | "not-workbook" | "unsupported" | "too-large"; entry?: string };

export function checkZip(b: Uint8Array): ZipProblem | null {
  // End of central directory: 22 bytes, plus a comment of up to 65535 bytes.
  let end = -1;
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 65535); at--) {
    if (u32(b, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end === -1) return { problem: "truncated" };
  const count = u16(b, end + 10);
  const size = u32(b, end + 12);
  const offset = u32(b, end + 16);
  if (offset + size > end) return { problem: "damaged" };
  let at = offset;
  let unpacked = 0;
  let contentTypes = false;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(b, at) !== 0x02014b50) return { problem: "damaged" };
    const method = u16(b, at + 10);
    const packed = u32(b, at + 20);
    const plain = u32(b, at + 24);
    const nameLength = u16(b, at + 28);
    const next = at + 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
    const local = u32(b, at + 42);
    const name = new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength));
    if (next > end) return { problem: "damaged" };
    if (name === "[Content_Types].xml") contentTypes = true;
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) return { problem: "damaged", entry: name };
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + packed > b.length) return { problem: "truncated", entry: name };
    unpacked += plain;
    if (unpacked > MAX_UNPACKED) return { problem: "too-large" };
    if (method === 8) {
      try {
        const out = inflateRawSync(b.subarray(start, start + packed), { maxOutputLength: Math.max(1, plain) });
        if (out.length !== plain) return { problem: "damaged", entry: name };
      } catch {
        return { problem: "damaged", entry: name };
      }
    } else if (method === 0) {
      if (packed !== plain) return { problem: "damaged", entry: name };
    } else return { problem: "unsupported", entry: name };
    at = next;
  }
  return contentTypes ? null : { problem: "not-workbook" };
}
