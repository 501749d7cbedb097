/** A wa.me link for an E.164 number with a prefilled message. */
export function whatsappLink(e164: string, message: string): string {
  const digits = e164.replace(/\D/g, "");
  return `https://wa.me/${digits}?text=${encodeURIComponent(message)}`;
}
