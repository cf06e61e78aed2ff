import sharp from "sharp";
import type { ProjectState } from "../data/model.ts";
import { projectSlug } from "../data/slug.ts";
import type { SampleProgramme } from "./generateProgramme.ts";
import { hashString, mulberry32 } from "./random.ts";

/**
 * The sample's site photos (data/photos/): construction sites drawn as SVG and encoded with
 * sharp, no photograph downloaded. Deterministic: the same programme gives the same bytes. For
 * the two newest quarter-end months before the draft (June and September 2026 by default): a
 * project followed over both quarters (the first by id), two projects of 星湾高新区 (the first
 * district page a reader meets) and one of another district filed under its page's slug, nine
 * photos in all with their captions. One is a phone photo as phones write it: stored on its
 * side with EXIF orientation 6 and EXIF giving the camera, the time and a GPS position, which
 * the published copies must not carry.
 */
export interface SamplePhoto {
  /** The project folder under photos/ (the project's id, or for one its slug). */
  folder: string;
  /** "2026-09.jpg", "2026-09-2.jpg"… */
  name: string;
  caption: string;
  bytes: Uint8Array;
}

interface Scene {
  width: number;
  height: number;
  /** Storeys built, of `storeys` planned. */
  built: number;
  storeys: number;
  seed: number;
  crane: boolean;
  dusk: boolean;
}

const f = (n: number) => Math.round(n * 10) / 10;

/** A construction site: sky, hills, the ground, a concrete frame going up under green netting, a tower crane, a blue hoarding. */
function siteSvg(s: Scene): string {
  const rnd = mulberry32(s.seed);
  const { width: w, height: h } = s;
  const ground = h * 0.72;
  const parts: string[] = [];
  const sky = s.dusk ? ["#f2b27a", "#f7dcc0"] : ["#6fa8dc", "#d4e6f4"];
  parts.push(`<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky[0]}"/><stop offset="1" stop-color="${sky[1]}"/></linearGradient></defs>`);
  parts.push(`<rect width="${w}" height="${h}" fill="url(#sky)"/>`);
  for (let i = 0; i < 4; i++) {
    const cx = rnd() * w;
    const cy = h * (0.08 + rnd() * 0.25);
    parts.push(`<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(w * (0.06 + rnd() * 0.08))}" ry="${f(h * 0.03)}" fill="#ffffff" opacity="0.75"/>`);
  }
  // Hills and a far skyline.
  const hill: string[] = [`0,${f(ground)}`];
  for (let x = 0; x <= 10; x++) hill.push(`${f((w * x) / 10)},${f(ground - h * (0.08 + rnd() * 0.1))}`);
  hill.push(`${w},${f(ground)}`);
  parts.push(`<polygon points="${hill.join(" ")}" fill="#8fa7a0"/>`);
  for (let i = 0; i < 7; i++) {
    const bw = w * (0.03 + rnd() * 0.03);
    const bh = h * (0.08 + rnd() * 0.14);
    parts.push(`<rect x="${f(w * 0.05 + i * w * 0.13 + rnd() * w * 0.04)}" y="${f(ground - bh)}" width="${f(bw)}" height="${f(bh)}" fill="#a9b8c2"/>`);
  }
  parts.push(`<rect y="${f(ground)}" width="${w}" height="${f(h - ground)}" fill="#a88b67"/>`);
  for (let i = 0; i < 12; i++) parts.push(`<ellipse cx="${f(rnd() * w)}" cy="${f(ground + rnd() * (h - ground))}" rx="${f(w * 0.04)}" ry="${f(h * 0.012)}" fill="#8c714f" opacity="0.6"/>`);
  // The frame: columns and slabs, the top storeys under netting.
  const bx = w * 0.38;
  const bw = w * 0.3;
  const storey = (h * 0.52) / s.storeys;
  const top = ground - storey * s.built;
  for (let i = 0; i <= 4; i++) parts.push(`<rect x="${f(bx + (bw * i) / 4 - 4)}" y="${f(top)}" width="8" height="${f(ground - top)}" fill="#b9b4aa"/>`);
  for (let k = 0; k <= s.built; k++) parts.push(`<rect x="${f(bx - 6)}" y="${f(ground - storey * k - 5)}" width="${f(bw + 12)}" height="10" fill="#cfcac0"/>`);
  if (s.built > 2) parts.push(`<rect x="${f(bx - 10)}" y="${f(top - 6)}" width="${f(bw + 20)}" height="${f(storey * 2 + 6)}" fill="#2f7d4a" opacity="0.72"/>`);
  // The tower crane.
  if (s.crane) {
    const mx = bx + bw + w * 0.06;
    const mt = ground - h * 0.62;
    parts.push(`<rect x="${f(mx)}" y="${f(mt)}" width="${f(w * 0.018)}" height="${f(ground - mt)}" fill="#e2b007"/>`);
    for (let y = mt; y < ground - 20; y += h * 0.04) parts.push(`<line x1="${f(mx)}" y1="${f(y)}" x2="${f(mx + w * 0.018)}" y2="${f(y + h * 0.04)}" stroke="#8a6c00" stroke-width="2"/>`);
    parts.push(`<rect x="${f(bx - w * 0.12)}" y="${f(mt - 10)}" width="${f(mx - bx + w * 0.14)}" height="12" fill="#e2b007"/>`);
    parts.push(`<rect x="${f(mx + w * 0.02)}" y="${f(mt - 10)}" width="${f(w * 0.09)}" height="12" fill="#e2b007"/>`);
    parts.push(`<rect x="${f(mx + w * 0.07)}" y="${f(mt)}" width="${f(w * 0.035)}" height="${f(h * 0.04)}" fill="#6b675f"/>`);
    const hook = bx + rnd() * bw * 0.8;
    const drop = mt + h * (0.15 + rnd() * 0.2);
    parts.push(`<line x1="${f(hook)}" y1="${f(mt + 2)}" x2="${f(hook)}" y2="${f(drop)}" stroke="#333" stroke-width="2"/>`);
    parts.push(`<rect x="${f(hook - w * 0.025)}" y="${f(drop)}" width="${f(w * 0.05)}" height="${f(h * 0.02)}" fill="#7b5b3a"/>`);
  }
  // Hoarding along the front.
  const fy = h * 0.86;
  parts.push(`<rect y="${f(fy)}" width="${w}" height="${f(h * 0.08)}" fill="#1f5fa8"/>`);
  parts.push(`<rect y="${f(fy + h * 0.03)}" width="${w}" height="${f(h * 0.015)}" fill="#f4f4f4"/>`);
  for (let x = 0; x < w; x += w / 12) parts.push(`<rect x="${f(x)}" y="${f(fy)}" width="3" height="${f(h * 0.08)}" fill="#164a85"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${parts.join("")}</svg>`;
}

/** EXIF as a phone writes it: the camera, when, and where (a GPS position). */
const PHONE_EXIF = {
  IFD0: { Make: "HUAWEI", Model: "ALN-AL00", Software: "ALN-AL00 4.0.0.120", DateTime: "2026:09:24 10:32:18" },
  IFD2: { DateTimeOriginal: "2026:09:24 10:32:18", ExposureTime: "1/500", FNumber: "14/10", ISOSpeedRatings: "50" },
  IFD3: { GPSLatitudeRef: "N", GPSLatitude: "24/1 29/1 1521/100", GPSLongitudeRef: "E", GPSLongitude: "118/1 5/1 4417/100", GPSAltitudeRef: "0", GPSAltitude: "1250/100" },
};

async function draw(scene: Scene, opts: { format?: "jpeg" | "png"; phone?: boolean } = {}): Promise<Uint8Array> {
  const svg = Buffer.from(siteSvg(scene));
  if (opts.format === "png") return new Uint8Array(await sharp(svg).png({ compressionLevel: 9, palette: true }).toBuffer());
  // A phone keeps the sensor's landscape pixels and says "turn me" in EXIF: stored turned a quarter to the left, orientation 6.
  const image = opts.phone ? sharp(await sharp(svg).png().toBuffer()).rotate(270) : sharp(svg);
  const jpeg = image.jpeg({ quality: 82 });
  return new Uint8Array(await (opts.phone ? jpeg.withExif(PHONE_EXIF).withMetadata({ orientation: 6 }) : jpeg).toBuffer());
}

const quarterEnd = (m: string) => Number(m.slice(5)) % 3 === 0;
const minus = (m: string, k: number) => `${m.slice(0, 5)}${String(Number(m.slice(5)) - k).padStart(2, "0")}`;

/** The sample's photos for a generated programme (none when it has no two quarter-end months before its last). */
export async function samplePhotos(programme: SampleProgramme): Promise<SamplePhoto[]> {
  const months = programme.months.slice(0, -1).map((m) => m.month);
  const [q1, q2] = months.filter(quarterEnd).slice(-2);
  if (q1 === undefined || q2 === undefined) return [];
  const on = (m: string) => programme.months.find((x) => x.month === m)?.states ?? [];
  const byId = (a: ProjectState, b: ProjectState) => ((a.id ?? "") < (b.id ?? "") ? -1 : 1);
  const onBoth = (s: ProjectState) => on(q1).some((x) => x.key === s.key);
  const candidates = on(q2).filter((s) => s.id !== null && onBoth(s) && on(minus(q2, 1)).some((x) => x.key === s.key)).sort(byId);
  const a = candidates[0];
  const district = programme.districts.includes("星湾高新区") ? "星湾高新区" : programme.districts[0];
  const [b, c] = candidates.filter((s) => s !== a && s.district === district);
  const d = candidates.find((s) => s !== a && s.district !== district && s.district !== a?.district && on(minus(q1, 1)).some((x) => x.key === s.key));
  const out: SamplePhoto[] = [];
  const add = async (s: ProjectState | undefined, folder: string, name: string, caption: string, scene: Partial<Scene>, opts: Parameters<typeof draw>[1] = {}) => {
    if (s === undefined) return;
    const full: Scene = { width: 1800, height: 1200, built: 6, storeys: 12, crane: true, dusk: false, seed: hashString(`${s.key}|${name}`), ...scene };
    out.push({ folder, name, caption, bytes: await draw(full, opts) });
  };
  await add(a, a?.id ?? "", `${q1}.jpg`, "主体结构施工至第5层，塔吊正常作业。", { built: 5 });
  await add(a, a?.id ?? "", `${q2}.jpg`, "主体结构施工至第9层，钢筋绑扎与模板安装同步进行。", { width: 1200, height: 1600, built: 9 }, { phone: true });
  await add(a, a?.id ?? "", `${q2}-2.jpg`, "傍晚的施工现场，顶部两层挂设安全网。", { built: 9, dusk: true });
  await add(b, b?.id ?? "", `${minus(q2, 1)}.jpg`, "基础施工完成，开始搭设主体框架。", { built: 2, width: 1200, height: 800 });
  await add(b, b?.id ?? "", `${q2}.jpg`, "主体框架施工至第4层。", { built: 4 });
  await add(c, c?.id ?? "", `${minus(q2, 2)}.png`, "场地平整完毕，材料堆场布置就绪。", { width: 1000, height: 750, built: 3, crane: false }, { format: "png" });
  await add(c, c?.id ?? "", `${q2}.jpg`, "主体结构施工至第7层，外架同步提升。", { built: 7, storeys: 10 });
  // Filed under the project page's slug (its address), which the loader accepts as well as the id.
  const slug = d === undefined ? "" : projectSlug(d.key, d.id);
  await add(d, slug, `${minus(q1, 1)}.jpg`, "场地平整，塔吊基础浇筑。", { built: 0 });
  await add(d, slug, `${q1}.jpg`, "塔吊安装完成，主体施工至第3层。", { built: 3 });
  return out;
}
