import { closeSync, fstatSync, openSync, readSync } from "node:fs";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Whether a file is a whole PNG: the signature at the start and an IEND chunk at the end, read without loading it. */
export function isCompletePngFile(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return false;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < 8 + 25 + 12) return false;
    const head = Buffer.alloc(8);
    const tail = Buffer.alloc(8);
    readSync(fd, head, 0, 8, 0);
    readSync(fd, tail, 0, 8, size - 8);
    return SIGNATURE.every((b, i) => head[i] === b) && tail.toString("latin1", 0, 4) === "IEND";
  } finally {
    closeSync(fd);
  }
}

/** Width and height of a PNG, read from its IHDR chunk; throws when `bytes` is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error("pngSize: not a PNG file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") throw new Error("pngSize: the first chunk is not IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
