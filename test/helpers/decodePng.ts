import { inflateSync } from "node:zlib";

/** A small PNG decoder (8-bit greyscale-free: truecolour, indexed, truecolour + alpha; every filter) to compare pixels. */
export function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const buf = Buffer.from(png);
  let pos = 8;
  let width = 0;
  let height = 0;
  let type = 0;
  let palette = Buffer.alloc(0);
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString("latin1", pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error(`decodePng reads 8-bit PNGs; this one has ${data[8]} bits`);
      type = data[9]!;
    } else if (kind === "PLTE") palette = data;
    else if (kind === "IDAT") idat.push(data);
    pos += 12 + len;
  }
  const channels = type === 3 ? 1 : type === 2 ? 3 : 4;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      rows[y * stride + x] = (v + predictor) & 255;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    if (type === 3) {
      const k = rows[i]!;
      rgba.set([palette[k * 3]!, palette[k * 3 + 1]!, palette[k * 3 + 2]!, 255], i * 4);
    } else if (type === 2) rgba.set([rows[i * 3]!, rows[i * 3 + 1]!, rows[i * 3 + 2]!, 255], i * 4);
    else rgba.set(rows.subarray(i * 4, i * 4 + 4), i * 4);
  }
  return { width, height, rgba };
}
