const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Whether `bytes` start with the PNG signature and end with an IEND chunk (a whole file). */
export function isCompletePng(bytes: Uint8Array): boolean {
  if (bytes.length < 8 + 25 + 12 || !SIGNATURE.every((b, i) => bytes[i] === b)) return false;
  const end = bytes.subarray(bytes.length - 8, bytes.length - 4);
  return String.fromCharCode(...end) === "IEND";
}

/** Width and height of a PNG, read from its IHDR chunk; throws when `bytes` is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error("pngSize: not a PNG file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") throw new Error("pngSize: the first chunk is not IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
