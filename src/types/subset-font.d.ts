declare module "subset-font" {
  /** Subset a TTF/OTF/WOFF font to the given characters (harfbuzz's hb-subset, as wasm). */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: "sfnt" | "woff" | "woff2" | "truetype"; preserveNameIds?: number[]; variationAxes?: Record<string, number> },
  ): Promise<Buffer>;
}
