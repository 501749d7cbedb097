import QRCode from "qrcode";

/** A QR code as inline SVG, the way pages show one for a phone to scan (QRIS, check-in links). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
