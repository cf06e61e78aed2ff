import iconv from "iconv-lite";

/** A CSV file's encoding; "utf-16le" is a BIFF8 workbook's (.xls, .et) and an HTML table's as read. */
export type Encoding = "utf-8" | "utf-8-bom" | "gb18030" | "utf-16le";

/** Characters a Chinese table never holds but GBK bytes read as UTF-8 can give (Hebrew, Cyrillic…). */
const IMPLAUSIBLE = /[\u0080-\u00a4\u00a6\u00a8-\u00af\u00b4\u00b8-\u00d6\u00d8-\u00f6\u00f8-\u1fff\ufffd]/g;

function implausible(text: string): number {
  return text.match(IMPLAUSIBLE)?.length ?? 0;
}

let gbDecoder: { decode(b: Uint8Array): string } | null = null;
function decodeGb(bytes: Uint8Array): string {
  // Node's ICU decoder is several times faster than iconv-lite; keep iconv for small-ICU builds.
  try {
    gbDecoder ??= new TextDecoder("gb18030");
  } catch {
    gbDecoder = { decode: (b) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), "gb18030") };
  }
  return gbDecoder.decode(bytes);
}

/**
 * Decode a snapshot's bytes: a strict UTF-8 decode first (with or without BOM), then
 * GB18030, a superset of GBK, which is what Excel writes on Chinese Windows. A strict
 * decode fails on almost all GBK text; when short GBK text happens to be valid UTF-8
 * (专业 is), the UTF-8 reading has no Chinese but letters no Chinese table holds, and
 * GB18030 wins when it reads with fewer of them.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    utf8 = null;
  }
  if (utf8 !== null) {
    // A real UTF-8 table has Chinese in it (its header at least); GBK read as UTF-8 has none.
    const odd = bom || /[\u4e00-\u9fff]/.test(utf8) ? 0 : implausible(utf8);
    if (odd === 0) return { text: utf8, encoding: bom ? "utf-8-bom" : "utf-8" };
    const gb = decodeGb(bytes);
    if (implausible(gb) < odd) return { text: gb, encoding: "gb18030" };
    return { text: utf8, encoding: "utf-8" };
  }
  return { text: decodeGb(bytes), encoding: "gb18030" };
}
