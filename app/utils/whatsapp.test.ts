import { describe, expect, it } from "vitest";
import { whatsappLink } from "./whatsapp";

describe("whatsappLink", () => {
  it("uses the digits of the E.164 number and encodes the message", () => {
    expect(whatsappLink("+6281234567890", 'Halo, "Kopi Lanang" masih ada?')).toBe(
      "https://wa.me/6281234567890?text=Halo%2C%20%22Kopi%20Lanang%22%20masih%20ada%3F",
    );
  });
});
