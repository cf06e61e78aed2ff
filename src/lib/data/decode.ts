import iconv from "iconv-lite";

export type Encoding = "utf-8" | "utf-8-bom" | "gb18030";

/**
 * Decode a snapshot's bytes: a strict UTF-8 decode first (with or without BOM), then
 * GB18030, a superset of GBK, which is what Excel writes on Chinese Windows. A strict
 * decode fails on GBK bytes, so a GBK file is never shown as mojibake.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: bom ? "utf-8-bom" : "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030"), encoding: "gb18030" };
  }
}
