import { SCENES, genericScene, mix, type LabelSpot, type SceneTones } from "./product-art-scenes";

/**
 * Product "photos" for demo data: a flat illustration of what the category sells (a coffee
 * pouch, a folded batik cloth, a jar of honey …) with the product's name printed on its pack or
 * tag, drawn as SVG and rasterised by sharp. No network, no binary files in the repository, and
 * the same input always draws the same picture.
 */

/** Everything is drawn on a 400-unit square and scaled to the requested size. */
const CANVAS = 400;
/** System fonts sharp's SVG renderer can find (DejaVu ships with most Linux images). */
const FONT = "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif";
/** Average advance of DejaVu Sans Condensed Bold, in ems: enough to size a line without measuring. */
const CHAR_EM = 0.6;
const MIN_FONT = 15;
const MAX_FONT = 30;

export interface ProductArtInput {
  category: string;
  title: string;
  /** The category's colours, darkest first. */
  palette: [string, string, string];
  /** Varies colours between products of one category. */
  seed: number;
  /** 0: the product on its own; 1: a second, closer shot on another background. */
  shot?: 0 | 1;
  size?: number;
}

export function productArtSvg(input: ProductArtInput): string {
  const size = input.size ?? 800;
  const shot = input.shot ?? 0;
  const [dark, mid, light] = input.palette;
  const tones: SceneTones = {
    dark,
    mid,
    light,
    title: input.title,
    pick: <T>(options: readonly T[], salt = 0) =>
      options[(input.seed * 7 + salt * 13 + (input.seed >> 3)) % options.length]!,
  };
  const background = shot === 0 ? mix(light, "#ffffff", 0.55) : mix(mid, "#ffffff", 0.72);
  const scene = (SCENES[input.category] ?? genericScene)(tones);
  const body = `${scene.back}${labelSvg(scene.label, input.title, dark)}${scene.front ?? ""}`;
  // The second shot is a closer look: the same drawing, enlarged around the label.
  const framed =
    shot === 0
      ? body
      : `<g transform="translate(200 200) scale(1.16) translate(-200 -205)">${body}</g>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${CANVAS} ${CANVAS}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="${CANVAS}" height="${CANVAS}" fill="${background}"/>` +
    `<circle cx="200" cy="190" r="158" fill="#ffffff" opacity="0.35"/>` +
    `<rect y="318" width="${CANVAS}" height="82" fill="${mix(background, "#5b4636", 0.16)}"/>` +
    `${framed}</svg>`
  );
}

/** The name printed on the pack: up to two centred lines, sized to fit the label. */
function labelSvg(spot: LabelSpot, title: string, dark: string): string {
  const padding = 10;
  const width = spot.w - padding * 2;
  const lines = wrapTitle(title, Math.floor(width / (MIN_FONT * CHAR_EM)));
  const longest = Math.max(...lines.map((line) => line.length));
  const fontSize = Math.max(
    MIN_FONT,
    Math.min(MAX_FONT, width / (longest * CHAR_EM), (spot.h - padding) / (lines.length * 1.18)),
  );
  const lineHeight = fontSize * 1.12;
  const cx = spot.x + spot.w / 2;
  // Baselines centred on the label: cap height is about 0.73 em.
  const firstBaseline =
    spot.y + spot.h / 2 - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.36;
  const ink = spot.ink ?? mix(dark, "#000000", 0.35);
  const text = lines
    .map(
      (line, i) =>
        `<text x="${round(cx)}" y="${round(firstBaseline + i * lineHeight)}" text-anchor="middle" font-family="${FONT}" font-weight="700" font-size="${round(fontSize)}" fill="${ink}">${escapeXml(line)}</text>`,
    )
    .join("");
  const card = `<rect x="${spot.x}" y="${spot.y}" width="${spot.w}" height="${spot.h}" rx="${spot.rx ?? 8}" fill="${spot.fill ?? "#fffaf0"}"/>`;
  const rule = `<rect x="${spot.x + 6}" y="${spot.y + 5}" width="${spot.w - 12}" height="${spot.h - 10}" rx="${Math.max(0, (spot.rx ?? 8) - 3)}" fill="none" stroke="${ink}" stroke-opacity="0.35" stroke-width="1.5"/>`;
  return card + rule + text;
}

/**
 * Splits a name into at most two lines of at most `maxChars` characters, as evenly as the words
 * allow; what does not fit ends in an ellipsis.
 */
export function wrapTitle(title: string, maxChars: number): string[] {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const clip = (line: string) =>
    line.length <= maxChars ? line : `${line.slice(0, maxChars - 1).trimEnd()}…`;
  if (words.length <= 1 || title.length <= 12) return [clip(words.join(" "))];
  let best: [string, string] = [words[0]!, words.slice(1).join(" ")];
  for (let i = 1; i < words.length; i++) {
    const split: [string, string] = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const worst = Math.max(split[0].length, split[1].length);
    // On a tie the longer first line wins: "Gula Aren / Cair", not "Gula / Aren Cair".
    if (worst <= Math.max(best[0].length, best[1].length)) best = split;
  }
  if (best[0].length > maxChars) {
    // Too long for two even lines: fill the first line, and the second ends in an ellipsis.
    let i = 1;
    while (i < words.length - 1 && words.slice(0, i + 1).join(" ").length <= maxChars) i++;
    best = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
  }
  return best.map(clip);
}

export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
