/**
 * Demo scans for seeded legality documents: a plain drawing of each document type marked
 * "CONTOH" (sample), stored like an uploaded scan so staff pages show something beside each
 * number. Each document gets its own copy: replacing one scan never removes another's.
 */
import crypto from "node:crypto";
import sharp from "sharp";
import type { LegalityType } from "~/generated/prisma/enums";
import type { ImageStorage } from "~/modules/images/storage.server";

const TITLES: Record<LegalityType, string> = {
  NIB: "NOMOR INDUK BERUSAHA",
  PIRT: "SERTIFIKAT PRODUKSI PANGAN INDUSTRI RUMAH TANGGA",
  HALAL: "SERTIFIKAT HALAL",
  SKU: "SURAT KETERANGAN USAHA",
  KTP: "KARTU TANDA PENDUDUK",
};

function sampleSvg(type: LegalityType): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="850">
  <rect width="1200" height="850" fill="#fbf8f1"/>
  <rect x="30" y="30" width="1140" height="790" fill="none" stroke="#8a7a5c" stroke-width="6"/>
  <text x="600" y="150" font-family="sans-serif" font-size="40" text-anchor="middle" fill="#3b3326">${TITLES[type]}</text>
  <text x="600" y="220" font-family="sans-serif" font-size="28" text-anchor="middle" fill="#5c5141">Pasar Kampung — data demo</text>
  ${[300, 360, 420, 480, 540]
    .map((y) => `<rect x="140" y="${y}" width="${920 - (y % 7) * 40}" height="18" fill="#d8cfbd"/>`)
    .join("")}
  <text x="600" y="720" font-family="sans-serif" font-size="120" text-anchor="middle" fill="#c0392b" fill-opacity="0.25" transform="rotate(-12 600 700)">CONTOH</text>
</svg>`;
}

export interface SampleScans {
  /** Stores a copy of the sample scan of `type` and returns the document's file fields. */
  store(type: LegalityType): Promise<{
    documentKey: string;
    documentMime: string;
    documentSize: number;
    previewKey: string;
  }>;
}

export async function sampleScans(storage: ImageStorage): Promise<SampleScans> {
  const drawn = new Map<LegalityType, Promise<{ full: Buffer; preview: Buffer }>>();
  const draw = (type: LegalityType) => {
    let files = drawn.get(type);
    if (!files) {
      const svg = sharp(Buffer.from(sampleSvg(type)));
      files = Promise.all([
        svg.clone().jpeg({ quality: 80 }).toBuffer(),
        svg.clone().webp({ quality: 70 }).toBuffer(),
      ]).then(([full, preview]) => ({ full, preview }));
      drawn.set(type, files);
    }
    return files;
  };
  return {
    async store(type) {
      const { full, preview } = await draw(type);
      const name = `doc-${crypto.randomBytes(16).toString("hex")}`;
      await storage.put(`${name}.jpeg`, full, "image/jpeg");
      await storage.put(`${name}-preview.webp`, preview, "image/webp");
      return {
        documentKey: `${name}.jpeg`,
        documentMime: "image/jpeg",
        documentSize: full.length,
        previewKey: `${name}-preview.webp`,
      };
    },
  };
}
