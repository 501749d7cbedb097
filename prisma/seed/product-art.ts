import type { Motif } from "./catalog-options";

/**
 * Product "photos" for demo data, drawn as SVG from a category palette and motif and rasterised
 * by sharp: no network, no binary files in the repository, deterministic for a given seed.
 */
export function productArtSvg(input: {
  palette: [string, string, string];
  motif: Motif;
  seed: number;
  size?: number;
}): string {
  const size = input.size ?? 800;
  const [bg, fg, accent] = input.palette;
  const r = (n: number) => ((input.seed * 9301 + n * 49297) % 233280) / 233280;
  const shapes: string[] = [];
  const cells = 6;
  const step = size / cells;
  for (let y = 0; y < cells; y++) {
    for (let x = 0; x < cells; x++) {
      const cx = x * step + step / 2;
      const cy = y * step + step / 2;
      const k = r(x * 31 + y * 17);
      const fill = k > 0.5 ? fg : accent;
      switch (input.motif) {
        case "beans":
          shapes.push(
            `<ellipse cx="${cx}" cy="${cy}" rx="${step * 0.32}" ry="${step * 0.22}" fill="${fill}" transform="rotate(${Math.round(k * 180)} ${cx} ${cy})"/>`,
          );
          break;
        case "dots":
          shapes.push(
            `<circle cx="${cx}" cy="${cy}" r="${step * (0.15 + k * 0.2)}" fill="${fill}"/>`,
          );
          break;
        case "rings":
          shapes.push(
            `<circle cx="${cx}" cy="${cy}" r="${step * 0.3}" fill="none" stroke="${fill}" stroke-width="${step * 0.08}"/>`,
          );
          break;
        case "diamonds":
          shapes.push(
            `<rect x="${cx - step * 0.25}" y="${cy - step * 0.25}" width="${step * 0.5}" height="${step * 0.5}" fill="${fill}" transform="rotate(45 ${cx} ${cy})"/>`,
          );
          break;
        case "leaves":
          shapes.push(
            `<path d="M${cx - step * 0.35} ${cy} Q${cx} ${cy - step * 0.45} ${cx + step * 0.35} ${cy} Q${cx} ${cy + step * 0.45} ${cx - step * 0.35} ${cy}Z" fill="${fill}" transform="rotate(${Math.round(k * 90)} ${cx} ${cy})"/>`,
          );
          break;
        case "grid":
          shapes.push(
            `<rect x="${x * step + 4}" y="${y * step + 4}" width="${step - 8}" height="${step - 8}" fill="${fill}" opacity="${0.5 + k / 2}"/>`,
          );
          break;
        case "stripes":
          if (x === 0)
            shapes.push(
              `<rect x="0" y="${y * step}" width="${size}" height="${step * 0.5}" fill="${fill}"/>`,
            );
          break;
        case "waves":
          if (x === 0)
            shapes.push(
              `<path d="M0 ${cy} Q${size / 4} ${cy - step * 0.5} ${size / 2} ${cy} T${size} ${cy}" fill="none" stroke="${fill}" stroke-width="${step * 0.18}"/>`,
            );
          break;
      }
    }
  }
  // A soft "product" silhouette in the middle, so cards read as photos rather than wallpaper.
  const packet = `<rect x="${size * 0.3}" y="${size * 0.22}" width="${size * 0.4}" height="${size * 0.56}" rx="${size * 0.05}" fill="${bg}" stroke="${fg}" stroke-width="${size * 0.015}"/><rect x="${size * 0.36}" y="${size * 0.4}" width="${size * 0.28}" height="${size * 0.14}" rx="${size * 0.02}" fill="${accent}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="${bg}"/>${shapes.join("")}${packet}</svg>`;
}
