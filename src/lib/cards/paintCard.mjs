// Preview cards painted without drawing the whole 1200×630 picture in resvg. resvg spends ~2–4 ms of
// a card on the canvas alone and ~1–2 ms on each line of CJK text, re-rasterising every glyph of
// every card; a site's 10,000 cards share a few thousand glyphs. So each line is shaped with
// HarfBuzz (the shaper resvg's own rustybuzz ports), each glyph is drawn once by resvg from its
// outline at a quarter-pixel offset and kept as a coverage mask, and a card is those masks laid on
// the ground in its inks, plus its rectangles. The palette is gathered while writing PNG scanlines
// of the touched spans only. A card costs ~3 ms here against ~10 ms through resvg (README, bench).
// Deterministic: a glyph's mask is always made from the same small SVG, so a card's bytes do not
// depend on what the painter drew before. Plain JavaScript because worker threads start without
// the TypeScript loader.
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import * as hb from "harfbuzzjs";
import { rectSvg } from "./cardMarks.mjs";
import { indexedPng, paletteOf, rgbPng } from "./encodePng.mjs";

/** Glyph positions per pixel, across and down. */
const STEPS = 4;
/** Bytes of glyph masks a painter keeps; past it, it starts again (a 54 px glyph is ~4 KB). */
const MASK_BUDGET = 48 * 1024 * 1024;
const PLAIN = { fitTo: /** @type {const} */ ({ mode: "original" }), font: { loadSystemFonts: false }, logLevel: /** @type {const} */ ("off") };

/**
 * @typedef {{ kind: "rect", x: number, y: number, width: number, height: number, fill: string, rx?: number, stroke?: string, strokeWidth?: number }} RectMark
 * @typedef {{ kind: "text", x: number, y: number, size: number, bold: boolean, fill: string, anchor: "start" | "middle" | "end", text: string }} TextMark
 * @typedef {{ width: number, height: number, ground: string, marks: (RectMark | TextMark)[] }} CardDrawing
 * @typedef {{ left: number, top: number, width: number, height: number, alpha: Uint8Array }} Mask
 * @typedef {{ left: number, top: number, width: number, height: number, rgba: Uint8Array }} Piece
 */

/** @param {string} colour "#rrggbb" @returns {[number, number, number]} */
function rgb(colour) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (m === null) throw new Error(`a card's colours must be written #rrggbb; got ${JSON.stringify(colour)}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** SVG's default white-space handling, as resvg applies it to a <text>: newlines and tabs are spaces, runs of spaces one, none at the ends. */
function svgSpace(/** @type {string} */ text) {
  return text.replace(/[\n\r\t]/g, " ").replace(/ {2,}/g, " ").trim();
}

/**
 * A painter of card drawings (cardSvg.ts's `cardDrawing`) with the given fonts: [regular, bold],
 * single-face font files (subsetFonts.ts makes them; a collection is refused).
 * @param {string[]} fontFiles
 */
export function cardPainter(fontFiles) {
  const faces = fontFiles.map((file) => {
    const data = readFileSync(file);
    if (data.subarray(0, 4).toString("latin1") === "ttcf") throw new Error(`${file} is a font collection; the card painter takes single-face fonts (see subsetFonts.ts)`);
    const face = new hb.Face(new hb.Blob(data));
    return { font: new hb.Font(face), perEm: face.upem, /** @type {Map<number, string>} */ outlines: new Map() };
  });
  const buffer = new hb.Buffer();
  /** @type {Map<string, Mask | null>} */
  const masks = new Map();
  let maskBytes = 0;
  /** @type {Map<string, Piece>} */
  const pieces = new Map();

  /** A glyph's coverage at `size` px with its origin `dx`, `dy` steps past a pixel corner; null for a glyph with no ink. */
  function mask(/** @type {number} */ f, /** @type {number} */ glyph, /** @type {number} */ size, /** @type {number} */ dx, /** @type {number} */ dy) {
    const key = `${f} ${glyph} ${size} ${dx} ${dy}`;
    let m = masks.get(key);
    if (m !== undefined) return m;
    const face = faces[f];
    const s = size / face.perEm;
    const e = face.font.glyphExtents(glyph);
    if (e === undefined || e.width === 0 || e.height === 0) {
      masks.set(key, null);
      return null;
    }
    const ox = dx / STEPS;
    const oy = dy / STEPS;
    // Font units run up; the box is the glyph's extents with a pixel to spare each side.
    const left = Math.floor(ox + e.xBearing * s) - 1;
    const top = Math.floor(oy - e.yBearing * s) - 1;
    const width = Math.ceil(ox + (e.xBearing + e.width) * s) + 1 - left;
    const height = Math.ceil(oy - (e.yBearing + e.height) * s) + 1 - top;
    let outline = face.outlines.get(glyph);
    if (outline === undefined) face.outlines.set(glyph, (outline = face.font.glyphToPath(glyph)));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${ox - left} ${oy - top}) scale(${s} ${-s})" d="${outline}"/></svg>`;
    const px = new Resvg(svg, PLAIN).render().pixels;
    const alpha = new Uint8Array(width * height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = px[i * 4 + 3];
    if (maskBytes > MASK_BUDGET) masks.clear(), (maskBytes = 0);
    masks.set(key, (m = { left, top, width, height, alpha }));
    maskBytes += alpha.length + 64;
    return m;
  }

  /** A rectangle resvg draws (rounded or stroked), as premultiplied pixels over its box. */
  function piece(/** @type {RectMark} */ r) {
    const markup = rectSvg(r);
    let p = pieces.get(markup);
    if (p !== undefined) return p;
    const spread = (r.stroke === undefined ? 0 : (r.strokeWidth ?? 1) / 2) + 1;
    const left = Math.floor(r.x - spread);
    const top = Math.floor(r.y - spread);
    const width = Math.ceil(r.x + r.width + spread) - left;
    const height = Math.ceil(r.y + r.height + spread) - top;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}">${markup}</svg>`;
    const rgba = new Uint8Array(new Resvg(svg, PLAIN).render().pixels);
    pieces.set(markup, (p = { left, top, width, height, rgba }));
    return p;
  }

  /**
   * The drawing as a PNG: indexed colour when it has at most 256 colours, else truecolour.
   * @param {CardDrawing} d
   * @returns {Buffer}
   */
  function paint(d) {
    const blank = surface(d.width, d.height, d.ground);
    let png;
    try {
      png = draw(d, blank);
    } catch (e) {
      // Painted partly, maybe outside the spans it recorded: the next card starts on a new surface.
      kept = null;
      throw e;
    }
    // Only the touched spans differ from a blank surface: put them back for the next card.
    const { pixels, raw, ground, from, to, W, H } = blank;
    for (let y = 0; y < H; y++) {
      if (from[y] >= to[y]) continue;
      pixels.fill(ground, y * W + from[y], y * W + to[y]);
      raw.fill(0, y * (W + 1) + 1 + from[y], y * (W + 1) + 1 + to[y]);
    }
    from.fill(W);
    to.fill(0);
    return png;
  }

  /** @param {CardDrawing} d @param {Surface} blank @returns {Buffer} */
  function draw(d, blank) {
    const { W, H, canvas, pixels, raw, ground, from, to } = blank;
    const touch = (/** @type {number} */ x0, /** @type {number} */ x1, /** @type {number} */ y0, /** @type {number} */ y1) => {
      for (let y = Math.max(0, y0); y < Math.min(H, y1); y++) {
        if (x0 < from[y]) from[y] = Math.max(0, x0);
        if (x1 > to[y]) to[y] = Math.min(W, x1);
      }
    };

    for (const m of d.marks) {
      if (m.kind === "rect") {
        if (m.rx === undefined && m.stroke === undefined && Number.isInteger(m.x) && Number.isInteger(m.y) && Number.isInteger(m.width) && Number.isInteger(m.height)) {
          const [r, g, b] = rgb(m.fill);
          const ink = new Uint32Array(new Uint8Array([r, g, b, 255]).buffer)[0];
          const x0 = Math.max(0, m.x);
          const x1 = Math.min(W, m.x + m.width);
          for (let y = Math.max(0, m.y); y < Math.min(H, m.y + m.height); y++) pixels.fill(ink, y * W + x0, y * W + x1);
          touch(x0, x1, m.y, m.y + m.height);
          continue;
        }
        const p = piece(m);
        for (let y = 0; y < p.height; y++) {
          const cy = p.top + y;
          if (cy < 0 || cy >= H) continue;
          for (let x = 0; x < p.width; x++) {
            const cx = p.left + x;
            const s = (y * p.width + x) * 4;
            const a = p.rgba[s + 3];
            if (a === 0 || cx < 0 || cx >= W) continue;
            const o = (cy * W + cx) * 4;
            const keep = 255 - a;
            canvas[o] = p.rgba[s] + ((canvas[o] * keep + 127) / 255) | 0;
            canvas[o + 1] = p.rgba[s + 1] + ((canvas[o + 1] * keep + 127) / 255) | 0;
            canvas[o + 2] = p.rgba[s + 2] + ((canvas[o + 2] * keep + 127) / 255) | 0;
          }
        }
        touch(p.left, p.left + p.width, p.top, p.top + p.height);
        continue;
      }
      const f = m.bold ? 1 : 0;
      const face = faces[f];
      const s = m.size / face.perEm;
      buffer.clearContents();
      buffer.addText(svgSpace(m.text));
      buffer.guessSegmentProperties();
      hb.shape(face.font, buffer);
      const glyphs = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      let advance = 0;
      for (const p of positions) advance += p.xAdvance;
      let x = m.x - (m.anchor === "middle" ? (advance * s) / 2 : m.anchor === "end" ? advance * s : 0);
      const [r, g, b] = rgb(m.fill);
      for (let i = 0; i < glyphs.length; i++) {
        const at = positions[i];
        const gx = x + at.xOffset * s;
        const gy = m.y - at.yOffset * s;
        x += at.xAdvance * s;
        let ix = Math.floor(gx);
        let iy = Math.floor(gy);
        let dx = Math.round((gx - ix) * STEPS);
        let dy = Math.round((gy - iy) * STEPS);
        if (dx === STEPS) (ix += 1), (dx = 0);
        if (dy === STEPS) (iy += 1), (dy = 0);
        const k = mask(f, glyphs[i].codepoint, m.size, dx, dy);
        if (k === null) continue;
        for (let y = 0; y < k.height; y++) {
          const cy = iy + k.top + y;
          if (cy < 0 || cy >= H) continue;
          for (let xx = 0; xx < k.width; xx++) {
            const a = k.alpha[y * k.width + xx];
            const cx = ix + k.left + xx;
            if (a === 0 || cx < 0 || cx >= W) continue;
            const o = (cy * W + cx) * 4;
            if (a === 255) {
              canvas[o] = r;
              canvas[o + 1] = g;
              canvas[o + 2] = b;
              continue;
            }
            const keep = 255 - a;
            canvas[o] = (r * a + canvas[o] * keep + 127) / 255;
            canvas[o + 1] = (g * a + canvas[o + 1] * keep + 127) / 255;
            canvas[o + 2] = (b * a + canvas[o + 2] * keep + 127) / 255;
          }
        }
        touch(ix + k.left, ix + k.left + k.width, iy + k.top, iy + k.top + k.height);
      }
    }
    return indexed(pixels, raw, W, H, from, to, ground) ?? rgbPng(canvas, W, H);
  }

  /**
   * @typedef {{ W: number, H: number, ground: number, canvas: Uint8Array, pixels: Uint32Array, raw: Buffer, from: Int32Array, to: Int32Array }} Surface
   * @type {Surface | null}
   */
  let kept = null;
  /**
   * A blank W×H canvas of the ground colour, the index rows of a blank card (filter bytes and the
   * ground's index 0) and empty touched spans, kept from card to card: on fresh memory every card
   * allocated and filled 3.8 MB, and left it to the collector.
   * @param {number} W @param {number} H @param {string} colour
   * @returns {Surface}
   */
  function surface(W, H, colour) {
    const [gr, gg, gb] = rgb(colour);
    const probe = new Uint32Array(new Uint8Array([gr, gg, gb, 255]).buffer)[0];
    if (kept !== null && kept.W === W && kept.H === H && kept.ground === probe) return kept;
    const canvas = new Uint8Array(W * H * 4);
    const pixels = new Uint32Array(canvas.buffer);
    pixels.fill(probe);
    // Each row's touched span [from, to): outside it the row is ground.
    kept = { W, H, ground: probe, canvas, pixels, raw: Buffer.alloc((W + 1) * H), from: new Int32Array(H).fill(W), to: new Int32Array(H) };
    return kept;
  }

  return { paint };
}

/**
 * Indexed PNG scanlines of a canvas whose rows are ground outside their touched spans; null past
 * 256 colours. Palette: the ground first, then colours in order of first appearance.
 * @param {Uint32Array} pixels @param {Buffer} raw the scanlines of a blank card (filter bytes and index 0), written over within the spans
 * @param {number} W @param {number} H @param {Int32Array} from @param {Int32Array} to @param {number} ground
 */
function indexed(pixels, raw, W, H, from, to, ground) {
  const { indexOf, colours } = paletteOf();
  // The ground is the palette's first colour: index 0, which is what `raw` holds outside the spans.
  const groundIndex = indexOf(ground);
  for (let y = 0; y < H; y++) {
    const out = y * (W + 1) + 1;
    let last = ground;
    let lastIndex = groundIndex;
    for (let x = from[y]; x < to[y]; x++) {
      const c = pixels[y * W + x];
      if (c !== last) {
        const k = indexOf(c);
        if (k === -1) return null;
        last = c;
        lastIndex = k;
      }
      raw[out + x] = lastIndex;
    }
  }
  return indexedPng(raw, W, H, colours);
}
