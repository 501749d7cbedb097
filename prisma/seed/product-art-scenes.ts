/**
 * One flat illustration per catalogue category, on a 400-unit square: the object, and the spot
 * where product-art.ts prints the product's name. Shapes are kept few and bold so a picture
 * still reads at thumbnail size.
 */

export interface SceneTones {
  /** The category's palette, darkest first. */
  dark: string;
  mid: string;
  light: string;
  /** The product's name, for colours that follow what is inside (dragon fruit is magenta). */
  title: string;
  /** One of `options`, chosen by the product (the same product always gets the same one). */
  pick<T>(options: readonly T[], salt?: number): T;
}

/** The colour of the first rule whose word is in the name, else one of `fallback`. */
function tintFor(t: SceneTones, rules: [RegExp, string][], fallback: readonly string[]): string {
  return rules.find(([word]) => word.test(t.title))?.[1] ?? t.pick(fallback);
}

const DRINK_TINTS: [RegExp, string][] = [
  [/naga/i, "#b0124f"],
  [/jeruk/i, "#f28c1b"],
  [/kopi|cokelat|uwuh/i, "#6d3b1f"],
  [/teh/i, "#b5651d"],
  [/susu/i, "#f5f0e1"],
  [/kunyit|temulawak|jahe|kencur/i, "#e9a319"],
  [/sinom|kelor/i, "#9aa62a"],
  [/rosela/i, "#a31545"],
];

/** Where the name goes: a card on the pack (or a tag beside the thing when it has no pack). */
export interface LabelSpot {
  x: number;
  y: number;
  w: number;
  h: number;
  rx?: number;
  fill?: string;
  ink?: string;
}

export interface Scene {
  back: string;
  label: LabelSpot;
  /** Drawn over the label (beans, leaves in front of the pack). */
  front?: string;
}

type SceneDrawer = (tones: SceneTones) => Scene;

const LABEL_PAPERS = ["#fffaf0", "#fdf1d6", "#ffffff", "#f6ead2"] as const;

/** Blends two `#rrggbb` colours: `t` = 0 gives `a`, 1 gives `b`. */
export function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(a, i) * (1 - t) + channel(b, i) * t)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

const shadow = (cx: number, cy: number, rx: number) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${Math.round(rx * 0.12)}" fill="#000000" opacity="0.14"/>`;

const bean = (x: number, y: number, angle: number) =>
  `<g transform="translate(${x} ${y}) rotate(${angle})"><ellipse rx="15" ry="10.5" fill="#5a3520"/><path d="M-12 0 Q-4 -5 0 0 T12 0" fill="none" stroke="#2a170b" stroke-width="2.4" stroke-linecap="round"/></g>`;

const leaf = (x: number, y: number, angle: number, fill: string, length = 44) =>
  `<g transform="translate(${x} ${y}) rotate(${angle})"><path d="M0 0 Q${length / 2} ${-length / 3} ${length} 0 Q${length / 2} ${length / 3} 0 0Z" fill="${fill}"/><path d="M2 0 H${length - 4}" stroke="${mix(fill, "#000000", 0.3)}" stroke-width="1.6"/></g>`;

const chilli = (x: number, y: number, angle: number, fill = "#d62d20") =>
  `<g transform="translate(${x} ${y}) rotate(${angle})"><path d="M0 0 Q30 -6 58 14 Q30 8 0 10Z" fill="${fill}"/><path d="M0 5 Q-7 2 -10 -6" fill="none" stroke="#3f7d20" stroke-width="4" stroke-linecap="round"/></g>`;

/** The Gajah Oling curl (an elephant's trunk curled like a question mark), as a fill pattern. */
const gajahOlingPattern = (id: string, ground: string, ink: string, accent: string) =>
  `<defs><pattern id="${id}" width="46" height="46" patternUnits="userSpaceOnUse"><rect width="46" height="46" fill="${ground}"/><path d="M10 38 C2 28 6 10 20 9 C31 8 35 21 27 26 C22 29 17 24 21 20" fill="none" stroke="${ink}" stroke-width="3.6" stroke-linecap="round"/><circle cx="36" cy="36" r="3.4" fill="${accent}"/><path d="M31 6 q4 5 9 0 q-4 -5 -9 0Z" fill="${accent}"/></pattern></defs>`;

const kopi: SceneDrawer = (t) => {
  const pack = t.pick(["#c9a27a", "#2e2a27", "#7a1f1f", "#2f5d3a", "#b5651d"]);
  const seam = mix(pack, "#000000", 0.28);
  return {
    back:
      shadow(200, 332, 130) +
      `<path d="M88 92 H312 L322 330 Q200 344 78 330Z" fill="${pack}"/>` +
      `<path d="M88 92 H312 L313 116 H87Z" fill="${seam}"/>` +
      `<path d="M92 128 H308" stroke="${seam}" stroke-width="3" stroke-dasharray="7 5"/>` +
      `<circle cx="286" cy="150" r="9" fill="${mix(pack, "#ffffff", 0.3)}" stroke="${seam}" stroke-width="3"/>` +
      bean(182, 165, -25) +
      bean(214, 160, 20),
    label: { x: 100, y: 192, w: 200, h: 94, fill: t.pick(LABEL_PAPERS, 1) },
    front: bean(70, 338, 30) + bean(104, 352, -15) + bean(316, 344, 60) + bean(346, 330, 5),
  };
};

const batik: SceneDrawer = (t) => {
  const grounds = [
    ["#1f2a44", "#e8d8b0", "#c98b3e"],
    ["#6f4721", "#f3e2bf", "#1f2a44"],
    ["#7a1f1f", "#f0d9a8", "#2f5d3a"],
    ["#2f5d3a", "#f4e7c5", "#b5521b"],
  ] as const;
  const [ground, ink, accent] = t.pick(grounds);
  const fold = (y: number, inset: number, h: number) =>
    `<path d="M${64 + inset} ${y} H${322 - inset} Q${340 - inset} ${y} ${340 - inset} ${y + h / 2} Q${340 - inset} ${y + h} ${322 - inset} ${y + h} H${64 + inset}Z" fill="url(#gajah-oling)"/>` +
    `<path d="M${64 + inset} ${y} H${322 - inset}" stroke="${accent}" stroke-width="6"/>` +
    `<path d="M${320 - inset} ${y + 3} Q${334 - inset} ${y + h / 2} ${320 - inset} ${y + h - 3}" fill="none" stroke="#000000" stroke-opacity="0.25" stroke-width="4"/>`;
  return {
    back:
      gajahOlingPattern("gajah-oling", ground, ink, accent) +
      shadow(202, 326, 150) +
      fold(236, 0, 88) +
      fold(160, 10, 84) +
      fold(88, 22, 80),
    label: { x: 96, y: 232, w: 208, h: 80, rx: 4, fill: t.pick(LABEL_PAPERS, 1) },
  };
};

const fashion: SceneDrawer = (t) => {
  const cloth = t.pick(["#7a1f1f", "#1c1c1c", "#1f2a44", "#2f5d3a"]);
  const trim = t.pick(["#d4a017", "#e8d8b0", "#c98b3e"], 1);
  return {
    back:
      `<defs><pattern id="kawung" width="28" height="28" patternUnits="userSpaceOnUse"><rect width="28" height="28" fill="${cloth}"/><ellipse cx="14" cy="6" rx="4" ry="6" fill="${trim}" opacity="0.8"/><ellipse cx="14" cy="22" rx="4" ry="6" fill="${trim}" opacity="0.8"/><ellipse cx="6" cy="14" rx="6" ry="4" fill="${trim}" opacity="0.8"/><ellipse cx="22" cy="14" rx="6" ry="4" fill="${trim}" opacity="0.8"/></pattern></defs>` +
      `<path d="M200 30 q14 0 14 12 q0 10 -14 16" fill="none" stroke="#6b6b6b" stroke-width="5" stroke-linecap="round"/>` +
      `<path d="M200 58 L92 96 H308Z" fill="none" stroke="#6b6b6b" stroke-width="6" stroke-linejoin="round"/>` +
      shadow(200, 334, 100) +
      `<path d="M136 88 L172 76 Q200 100 228 76 L264 88 L330 142 L296 180 L270 160 V324 H130 V160 L104 180 L70 142Z" fill="url(#kawung)"/>` +
      `<path d="M172 76 Q200 104 228 76" fill="none" stroke="${trim}" stroke-width="6"/>` +
      `<path d="M130 318 H270" stroke="${trim}" stroke-width="8"/>`,
    label: { x: 92, y: 214, w: 216, h: 80, rx: 6, fill: t.pick(LABEL_PAPERS, 2) },
    front: `<path d="M200 214 V190" stroke="#8a7356" stroke-width="2.5"/><circle cx="200" cy="220" r="4" fill="${trim}"/>`,
  };
};

const kue: SceneDrawer = (t) => {
  const box = t.pick(["#c98b3e", "#7a1f1f", "#2f5d3a", "#1f5f7a", "#b0124f"]);
  const lid = mix(box, "#000000", 0.22);
  const cookie = (x: number, y: number) =>
    `<circle cx="${x}" cy="${y}" r="24" fill="#d9a25f"/><circle cx="${x}" cy="${y}" r="17" fill="#e9bf7f"/><circle cx="${x - 6}" cy="${y - 4}" r="2.5" fill="#8a5a2b"/><circle cx="${x + 5}" cy="${y + 5}" r="2.5" fill="#8a5a2b"/><circle cx="${x + 6}" cy="${y - 6}" r="2.5" fill="#8a5a2b"/>`;
  return {
    back:
      shadow(200, 322, 140) +
      `<rect x="74" y="156" width="252" height="160" rx="8" fill="${box}"/>` +
      `<rect x="64" y="126" width="272" height="40" rx="8" fill="${lid}"/>` +
      `<rect x="188" y="126" width="24" height="40" fill="#f3d36b"/>` +
      `<path d="M200 126 C170 96 150 118 176 126Z M200 126 C230 96 250 118 224 126Z" fill="#f3d36b" stroke="#c9a227" stroke-width="2"/>`,
    label: { x: 92, y: 184, w: 216, h: 100, fill: t.pick(LABEL_PAPERS, 1) },
    front: cookie(64, 330) + cookie(336, 330) + cookie(104, 350),
  };
};

const keripik: SceneDrawer = (t) => {
  const bag = t.pick(["#e3a72f", "#b5521b", "#2f5d3a", "#c62828", "#1f5f7a"]);
  const crimp = mix(bag, "#000000", 0.25);
  const zigzag = (y: number) =>
    `<path d="M80 ${y} ${Array.from({ length: 12 }, (_, i) => `L${88 + i * 20} ${y + (i % 2 ? -6 : 6)}`).join(" ")} L320 ${y}" fill="none" stroke="${crimp}" stroke-width="3"/>`;
  const chip = (x: number, y: number, angle: number) =>
    `<path transform="translate(${x} ${y}) rotate(${angle})" d="M-22 -4 Q-10 -20 12 -14 Q26 -6 20 8 Q4 20 -14 12 Q-26 6 -22 -4Z" fill="#f2c14e" stroke="#c98b2e" stroke-width="2.5"/>`;
  return {
    back:
      shadow(200, 334, 128) +
      `<path d="M84 80 H316 Q334 200 316 320 H84 Q66 200 84 80Z" fill="${bag}"/>` +
      `<rect x="80" y="70" width="240" height="26" fill="${crimp}"/>` +
      `<rect x="80" y="306" width="240" height="24" fill="${crimp}"/>` +
      zigzag(100) +
      zigzag(300) +
      `<ellipse cx="200" cy="146" rx="78" ry="34" fill="#fff7dc"/>` +
      chip(172, 144, 10) +
      chip(214, 152, -30) +
      chip(238, 136, 60),
    label: { x: 96, y: 196, w: 208, h: 92, rx: 14, fill: t.pick(LABEL_PAPERS, 1) },
    front: chip(60, 340, 20) + chip(340, 338, -40) + chip(312, 356, 80),
  };
};

const ikan: SceneDrawer = (t) => {
  const pack = t.pick(["#1f5f7a", "#2a7f9e", "#14475c", "#e07a3f"]);
  const fish = pack === "#e07a3f" ? "#1f5f7a" : "#f2a65a";
  return {
    back:
      shadow(200, 330, 132) +
      `<rect x="72" y="84" width="256" height="240" rx="18" fill="${pack}"/>` +
      `<path d="M72 120 Q136 104 200 120 T328 120" fill="none" stroke="#9fc9d6" stroke-width="5" opacity="0.8"/>` +
      `<path d="M110 158 Q180 104 262 150 Q180 196 110 158Z" fill="${fish}"/>` +
      `<path d="M258 150 L300 124 L292 150 L300 176Z" fill="${fish}"/>` +
      `<path d="M170 126 Q190 116 214 120 L196 134Z" fill="${mix(fish, "#000000", 0.2)}"/>` +
      `<circle cx="134" cy="150" r="6" fill="#ffffff"/><circle cx="134" cy="150" r="3" fill="#1c1c1c"/>` +
      `<path d="M166 142 Q176 156 166 170" fill="none" stroke="${mix(fish, "#000000", 0.3)}" stroke-width="3"/>`,
    label: { x: 88, y: 206, w: 224, h: 100, fill: t.pick(LABEL_PAPERS, 1) },
  };
};

const madu: SceneDrawer = (t) => {
  const honey = t.pick(["#d98a0b", "#b86b00", "#e6a521", "#8f4e00"]);
  const lid = t.pick(["#6e3b1f", "#c0392b", "#d4a017", "#2f5d3a"], 1);
  const hex = (x: number, y: number) =>
    `<path d="M${x} ${y - 20} L${x + 17} ${y - 10} V${y + 10} L${x} ${y + 20} L${x - 17} ${y + 10} V${y - 10}Z" fill="#f2b233" stroke="#fff1c1" stroke-width="3" opacity="0.75"/>`;
  return {
    back:
      hex(52, 70) +
      hex(86, 70) +
      hex(69, 100) +
      hex(350, 250) +
      hex(333, 280) +
      shadow(200, 330, 128) +
      `<rect x="88" y="120" width="224" height="208" rx="40" fill="${honey}"/>` +
      `<rect x="104" y="134" width="18" height="170" rx="9" fill="#ffffff" opacity="0.3"/>` +
      `<rect x="112" y="90" width="176" height="38" rx="8" fill="${lid}"/>` +
      `<path d="M112 110 H288" stroke="#000000" stroke-opacity="0.2" stroke-width="3"/>` +
      `<path d="M250 128 Q256 150 250 158 Q244 150 250 128Z" fill="${honey}"/>`,
    label: { x: 104, y: 182, w: 192, h: 102, rx: 10, fill: t.pick(LABEL_PAPERS, 2) },
    front:
      `<path d="M290 230 L352 150" stroke="#8a5a2b" stroke-width="7" stroke-linecap="round"/>` +
      `<g transform="translate(356 144) rotate(-52)"><rect x="-20" y="-13" width="40" height="26" rx="11" fill="#c98b3e"/><path d="M-10 -13 V13 M0 -13 V13 M10 -13 V13" stroke="#8a5a2b" stroke-width="3"/></g>`,
  };
};

const jamu: SceneDrawer = (t) => {
  const drink = tintFor(t, DRINK_TINTS, ["#e9a319", "#d98e04", "#c75b12"]);
  const cap = t.pick(["#6b8e23", "#2f5d3a", "#7a1f1f", "#d4a017"], 1);
  const root = `<path d="M0 0 q10 -14 24 -6 q12 -10 22 0 q14 2 10 14 q-8 12 -22 6 q-14 10 -26 0 q-14 0 -8 -14Z" fill="#d9822b" stroke="#9c5a1a" stroke-width="2"/>`;
  return {
    back:
      shadow(200, 332, 120) +
      `<rect x="168" y="44" width="64" height="30" rx="6" fill="${cap}"/>` +
      `<rect x="176" y="72" width="48" height="40" fill="#eaf4f1" opacity="0.9"/>` +
      `<path d="M176 108 Q104 124 100 168 V310 Q100 330 120 330 H280 Q300 330 300 310 V168 Q296 124 224 108Z" fill="#eaf4f1" opacity="0.85"/>` +
      `<path d="M104 170 H296 V310 Q296 326 280 326 H120 Q104 326 104 310Z" fill="${drink}"/>` +
      `<rect x="116" y="142" width="14" height="160" rx="7" fill="#ffffff" opacity="0.45"/>`,
    label: { x: 108, y: 194, w: 184, h: 96, rx: 6, fill: t.pick(LABEL_PAPERS, 2) },
    front:
      leaf(36, 336, -20, "#4f8a2b", 56) +
      leaf(300, 350, -8, "#6b8e23", 60) +
      `<g transform="translate(56 346)">${root}</g>` +
      `<g transform="translate(318 330) rotate(12)">${root}</g>`,
  };
};

const gulaAren: SceneDrawer = (t) => {
  const sugar = t.pick(["#5a3319", "#6e3b1f", "#7b4a24"]);
  const top = mix(sugar, "#e8c99b", 0.35);
  const block = (cx: number, y: number) =>
    `<path d="M${cx - 54} ${y} V${y + 52} Q${cx} ${y + 76} ${cx + 54} ${y + 52} V${y}Z" fill="${sugar}"/><ellipse cx="${cx}" cy="${y}" rx="54" ry="18" fill="${top}"/><ellipse cx="${cx - 14}" cy="${y - 4}" rx="14" ry="4" fill="#ffffff" opacity="0.25"/>`;
  return {
    back:
      `<path d="M30 292 Q200 180 372 282 Q210 330 30 292Z" fill="#5e9a3a"/>` +
      `<path d="M40 290 Q200 220 362 282" fill="none" stroke="#3f7d20" stroke-width="3"/>` +
      block(200, 96) +
      block(138, 170) +
      block(262, 170),
    label: {
      x: 70,
      y: 258,
      w: 260,
      h: 76,
      rx: 4,
      fill: t.pick(["#e8c99b", "#f3dcb2", "#fffaf0"], 1),
    },
    front: `<path d="M70 270 H40 M330 270 H360" stroke="#8a5a2b" stroke-width="3"/>`,
  };
};

const bambu: SceneDrawer = (t) => {
  const cane = t.pick(["#d9b36c", "#c9a063", "#e0c48a"]);
  const dark = mix(cane, "#5a3a12", 0.45);
  return {
    back:
      `<defs><pattern id="anyaman" width="28" height="20" patternUnits="userSpaceOnUse"><rect width="28" height="20" fill="${dark}"/><rect x="1" y="1" width="12" height="8" rx="2" fill="${cane}"/><rect x="15" y="11" width="12" height="8" rx="2" fill="${cane}"/><rect x="15" y="1" width="12" height="8" rx="2" fill="${mix(cane, dark, 0.3)}"/><rect x="1" y="11" width="12" height="8" rx="2" fill="${mix(cane, dark, 0.3)}"/></pattern></defs>` +
      `<path d="M96 168 Q200 8 304 168" fill="none" stroke="${dark}" stroke-width="16" stroke-linecap="round"/>` +
      `<path d="M96 168 Q200 8 304 168" fill="none" stroke="${cane}" stroke-width="8" stroke-linecap="round"/>` +
      shadow(200, 330, 120) +
      `<path d="M72 168 H328 L298 322 Q200 334 102 322Z" fill="url(#anyaman)"/>` +
      `<rect x="64" y="154" width="272" height="26" rx="13" fill="${dark}"/>` +
      `<rect x="70" y="158" width="260" height="8" rx="4" fill="${cane}" opacity="0.6"/>`,
    label: { x: 94, y: 212, w: 212, h: 82, rx: 6, fill: t.pick(LABEL_PAPERS, 1) },
  };
};

const kayu: SceneDrawer = (t) => {
  const wood = t.pick(["#b0703c", "#8a5a2b", "#c98b4e", "#6e3b1f"]);
  const grain = mix(wood, "#000000", 0.25);
  return {
    back:
      shadow(200, 262, 136) +
      `<path d="M62 120 H338 Q332 238 200 254 Q68 238 62 120Z" fill="${wood}"/>` +
      `<ellipse cx="200" cy="120" rx="138" ry="30" fill="${mix(wood, "#ffffff", 0.2)}"/>` +
      `<ellipse cx="200" cy="124" rx="118" ry="22" fill="${grain}"/>` +
      `<path d="M90 160 Q200 186 310 160 M110 196 Q200 218 290 196" fill="none" stroke="${grain}" stroke-width="3" opacity="0.6"/>` +
      `<path d="M180 226 C168 210 176 194 192 196 C204 198 204 212 196 214" fill="none" stroke="${mix(wood, "#ffffff", 0.35)}" stroke-width="4" stroke-linecap="round"/>` +
      `<path d="M300 60 Q330 40 352 66 L318 132 Q304 128 296 120Z" fill="${mix(wood, "#ffffff", 0.15)}" stroke="${grain}" stroke-width="2"/>`,
    label: { x: 74, y: 276, w: 252, h: 72, rx: 6, fill: t.pick(LABEL_PAPERS, 1) },
  };
};

const buah: SceneDrawer = (t) => {
  const crate = t.pick(["#c98b4e", "#a66a35", "#d8a86a"]);
  const plank = mix(crate, "#000000", 0.25);
  const orange = (x: number, y: number) =>
    `<circle cx="${x}" cy="${y}" r="30" fill="#f28c1b"/><circle cx="${x - 9}" cy="${y - 10}" r="7" fill="#ffffff" opacity="0.3"/>${leaf(x, y - 28, -30, "#4f8a2b", 26)}`;
  const naga =
    `<ellipse cx="200" cy="148" rx="56" ry="64" fill="#d81b60"/>` +
    [
      [-40, 0, -120],
      [40, 0, -60],
      [-30, 40, -140],
      [30, 40, -40],
      [0, -40, -90],
      [-28, -30, -110],
      [28, -30, -70],
    ]
      .map(([dx, dy, a]) => leaf(200 + dx!, 148 + dy!, a!, "#7cb342", 34))
      .join("");
  return {
    back:
      orange(112, 176) +
      orange(288, 176) +
      naga +
      orange(150, 196) +
      shadow(200, 330, 150) +
      `<rect x="60" y="200" width="280" height="128" rx="6" fill="${crate}"/>` +
      `<path d="M60 242 H340 M60 286 H340" stroke="${plank}" stroke-width="4"/>` +
      `<rect x="60" y="200" width="22" height="128" fill="${plank}"/><rect x="318" y="200" width="22" height="128" fill="${plank}"/>`,
    label: { x: 96, y: 218, w: 208, h: 88, rx: 4, fill: t.pick(LABEL_PAPERS, 1) },
  };
};

const rempah: SceneDrawer = (t) => {
  const stone = t.pick(["#5b5550", "#4a4540", "#6b625a"]);
  const paste = t.pick(["#a8321c", "#d98e2b", "#8c5a1e"], 1);
  const star = (x: number, y: number) =>
    `<g transform="translate(${x} ${y})">${Array.from({ length: 8 }, (_, i) => `<ellipse rx="5" ry="14" cy="-11" fill="#6b3a1f" transform="rotate(${i * 45})"/>`).join("")}<circle r="5" fill="#3e2213"/></g>`;
  const clove = (x: number, y: number, a: number) =>
    `<g transform="translate(${x} ${y}) rotate(${a})"><rect x="-2.5" y="0" width="5" height="22" rx="2" fill="#4a2a16"/><circle cy="-2" r="6" fill="#5c3520"/></g>`;
  return {
    back:
      `<rect x="250" y="60" width="30" height="150" rx="14" fill="${mix(stone, "#ffffff", 0.2)}" transform="rotate(28 265 135)"/>` +
      shadow(200, 262, 150) +
      `<path d="M56 170 Q200 290 344 170Z" fill="${stone}"/>` +
      `<ellipse cx="200" cy="170" rx="144" ry="34" fill="${mix(stone, "#ffffff", 0.25)}"/>` +
      `<ellipse cx="200" cy="168" rx="92" ry="20" fill="${paste}"/>` +
      `<circle cx="176" cy="162" r="5" fill="#fff1c1"/><circle cx="214" cy="170" r="4" fill="#fff1c1"/>` +
      chilli(240, 150, 20) +
      star(100, 238) +
      clove(300, 232, 30) +
      clove(320, 240, -20) +
      `<rect x="126" y="222" width="90" height="12" rx="6" fill="#9c5a2b" transform="rotate(-8 170 228)"/>`,
    label: { x: 70, y: 270, w: 260, h: 74, rx: 4, fill: t.pick(LABEL_PAPERS, 2) },
  };
};

const sambal: SceneDrawer = (t) => {
  const lid = t.pick(["#c62828", "#2f5d3a", "#1c1c1c", "#d4a017"]);
  const cloth = t.pick(["#c62828", "#1f5f7a", "#6b8e23"], 1);
  return {
    back:
      shadow(200, 330, 134) +
      `<rect x="78" y="130" width="244" height="198" rx="30" fill="#b71c1c"/>` +
      `<rect x="78" y="130" width="244" height="60" rx="24" fill="#8e1212"/>` +
      [110, 150, 250, 290, 130, 270]
        .map((x, i) => `<circle cx="${x}" cy="${300 + (i % 3) * 8}" r="3.5" fill="#f7d774"/>`)
        .join("") +
      `<rect x="92" y="144" width="14" height="160" rx="7" fill="#ffffff" opacity="0.3"/>` +
      `<path d="M92 104 Q200 76 308 104 L316 136 Q200 150 84 136Z" fill="${lid}"/>` +
      `<defs><pattern id="gingham" width="16" height="16" patternUnits="userSpaceOnUse"><rect width="16" height="16" fill="#ffffff"/><rect width="8" height="16" fill="${cloth}" opacity="0.55"/><rect width="16" height="8" fill="${cloth}" opacity="0.55"/></pattern></defs>` +
      `<path d="M70 112 Q200 62 330 112 L318 150 Q200 130 82 150Z" fill="url(#gingham)"/>` +
      `<path d="M84 140 Q200 122 316 140" fill="none" stroke="#8a5a2b" stroke-width="5"/>`,
    label: { x: 94, y: 196, w: 212, h: 92, rx: 8, fill: t.pick(LABEL_PAPERS, 2) },
    front: chilli(300, 318, -10) + chilli(26, 330, 12, "#e53935"),
  };
};

const minuman: SceneDrawer = (t) => {
  const drink = tintFor(t, DRINK_TINTS, ["#b0124f", "#e8871e", "#f2c14e"]);
  const cap = t.pick(["#1c1c1c", "#f5f0e1", "#2f5d3a"], 1);
  return {
    back:
      shadow(176, 318, 100) +
      `<rect x="148" y="34" width="56" height="26" rx="5" fill="${cap}"/>` +
      `<path d="M154 60 H198 V92 Q252 110 252 160 V300 Q252 318 234 318 H118 Q100 318 100 300 V160 Q100 110 154 92Z" fill="#eaf4f1" opacity="0.9"/>` +
      `<path d="M104 150 H248 V300 Q248 314 234 314 H118 Q104 314 104 300Z" fill="${drink}"/>` +
      `<rect x="114" y="118" width="12" height="176" rx="6" fill="#ffffff" opacity="0.45"/>` +
      shadow(306, 320, 50) +
      `<path d="M312 130 L340 70" stroke="#e53935" stroke-width="8" stroke-linecap="round"/>` +
      `<path d="M262 150 H350 L340 318 H272Z" fill="#eaf4f1" opacity="0.85"/>` +
      `<path d="M266 196 H346 L340 314 H272Z" fill="${drink}"/>` +
      `<rect x="280" y="206" width="22" height="22" rx="4" fill="#ffffff" opacity="0.55" transform="rotate(15 291 217)"/>` +
      `<rect x="306" y="236" width="20" height="20" rx="4" fill="#ffffff" opacity="0.5" transform="rotate(-10 316 246)"/>`,
    label: { x: 44, y: 282, w: 312, h: 68, rx: 6, fill: t.pick(LABEL_PAPERS, 2) },
  };
};

const ternak: SceneDrawer = (t) => {
  const tray = t.pick(["#c9b79c", "#b8a17f", "#9fb7a0"]);
  const shell = t.pick(["#f5f0e1", "#e8c9a0", "#dfe8e0"], 1);
  const egg = (x: number, y: number, fill: string) =>
    `<ellipse cx="${x}" cy="${y}" rx="32" ry="40" fill="${fill}" stroke="${mix(fill, "#000000", 0.15)}" stroke-width="2"/><ellipse cx="${x - 10}" cy="${y - 14}" rx="7" ry="11" fill="#ffffff" opacity="0.5"/>`;
  return {
    back:
      egg(120, 138, shell) +
      egg(200, 128, mix(shell, "#c98b4e", 0.25)) +
      egg(280, 138, shell) +
      egg(160, 184, mix(shell, "#c98b4e", 0.15)) +
      egg(240, 184, shell) +
      shadow(200, 330, 150) +
      `<path d="M54 206 Q80 190 106 206 Q132 190 158 206 Q184 190 210 206 Q236 190 262 206 Q288 190 314 206 Q340 190 346 206 L334 326 H66Z" fill="${tray}"/>`,
    label: { x: 84, y: 232, w: 232, h: 80, rx: 6, fill: t.pick(LABEL_PAPERS, 2) },
  };
};

/** A plain pouch, for a category without an illustration of its own. */
export const genericScene: SceneDrawer = (t) => ({
  back:
    shadow(200, 332, 124) +
    `<rect x="84" y="84" width="232" height="244" rx="20" fill="${t.mid}"/>` +
    `<rect x="84" y="84" width="232" height="26" rx="10" fill="${t.dark}"/>`,
  label: { x: 100, y: 170, w: 200, h: 100, fill: t.pick(LABEL_PAPERS) },
});

/** The illustration for each catalogue category, by slug. */
export const SCENES: Record<string, SceneDrawer> = {
  kopi,
  batik,
  "fashion-aksesoris": fashion,
  "kue-oleh-oleh": kue,
  "keripik-camilan": keripik,
  "olahan-ikan": ikan,
  madu,
  "jamu-herbal": jamu,
  "gula-aren-kelapa": gulaAren,
  "kerajinan-bambu": bambu,
  "kerajinan-kayu": kayu,
  "buah-hasil-tani": buah,
  "rempah-bumbu": rempah,
  "sambal-makanan-beku": sambal,
  minuman,
  "hasil-ternak": ternak,
};
