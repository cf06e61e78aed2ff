import sharp from "sharp";

/**
 * Two independent looks for a photo's private data in an image file: what sharp reads of its
 * metadata (EXIF, XMP, IPTC, ICC), and a scan of the raw bytes for what EXIF leaves behind
 * (an Exif block or chunk in any of the formats, the GPS latitude of the fixtures as TIFF
 * rationals in either byte order, the phone's maker name, XMP).
 */

/** The latitude the fixtures and the sample's phone photo carry: 24/1 29/1 1521/100. */
const LATITUDE = [24, 1, 29, 1, 1521, 100];

function rationals(values: number[], littleEndian: boolean): Buffer {
  const b = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => (littleEndian ? b.writeUInt32LE(v, i * 4) : b.writeUInt32BE(v, i * 4)));
  return b;
}

/** The markers of EXIF and of its GPS position found in the bytes. */
export function privateMarkers(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes);
  const found: string[] = [];
  // JPEG's APP1 "Exif\0\0", an AVIF's Exif item, a WebP's EXIF chunk, a PNG's eXIf chunk.
  if (buf.includes(Buffer.from("Exif"))) found.push("Exif");
  if (buf.includes(rationals(LATITUDE, true)) || buf.includes(rationals(LATITUDE, false))) found.push("GPS latitude");
  if (buf.includes(Buffer.from("HUAWEI"))) found.push("camera maker");
  if (buf.includes(Buffer.from("GPSLatitude"))) found.push("XMP GPS");
  if (buf.includes(Buffer.from("eXIf")) || buf.includes(Buffer.from("EXIF"))) found.push("EXIF chunk");
  if (buf.includes(Buffer.from("xmpmeta"))) found.push("XMP");
  return found;
}

/** Whether an EXIF block (as sharp gives it, "Exif\0\0" then TIFF) has a GPS IFD in IFD0. */
export function hasGpsIfd(exif: Buffer): boolean {
  const tiff = exif.subarray(exif.indexOf("Exif\0\0", 0, "latin1") + 6);
  const le = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd = u32(4);
  const n = u16(ifd);
  for (let i = 0; i < n; i++) if (u16(ifd + 2 + i * 12) === 0x8825) return true;
  return false;
}

/** What sharp reads of the file's metadata that could identify where, when or with what it was taken. */
export async function metadataOf(bytes: Uint8Array): Promise<{ format: string | undefined; width: number; height: number; exif: boolean; xmp: boolean; iptc: boolean; icc: boolean; orientation: number | undefined }> {
  const m = await sharp(bytes).metadata();
  return { format: m.format, width: m.width, height: m.height, exif: m.exif !== undefined, xmp: m.xmp !== undefined, iptc: m.iptc !== undefined, icc: m.icc !== undefined, orientation: m.orientation };
}
