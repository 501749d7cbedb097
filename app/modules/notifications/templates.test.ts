import { describe, expect, it } from "vitest";
import {
  renderNotification,
  TEMPLATES,
  whatsappTemplate,
  type NotificationKind,
} from "./templates";

const kinds = Object.keys(TEMPLATES) as NotificationKind[];

describe("notification templates", () => {
  it("use only their declared parameters, in both languages", () => {
    for (const kind of kinds) {
      const declared = Object.keys(TEMPLATES[kind].params);
      for (const locale of ["id", "en"] as const) {
        const { title, body } = TEMPLATES[kind][locale];
        const used = [...`${title} ${body}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(
          used.filter((name) => !declared.includes(name!)),
          `${kind} ${locale}`,
        ).toEqual([]);
      }
    }
  });

  it("map to distinct WhatsApp template names in Meta's format", () => {
    const names = kinds.map((k) => TEMPLATES[k].whatsapp);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_]{1,512}$/);
  });

  it("format Rupiah and Jakarta times for the reader", () => {
    const params = { code: "PK-1-1", total: 125_317, deadline: "2026-12-04T10:00:00.000Z" };
    const id = renderNotification("buyer.paymentDue", params, "id");
    expect(id.title).toBe("Bayar PK-1-1 sebelum 4 Des 2026, 17.00");
    expect(id.body).toContain("Rp125.317");
    const en = renderNotification("buyer.paymentDue", params, "en");
    expect(en.title).toBe("Pay for PK-1-1 before 4 Dec 2026, 17:00");
  });

  it("builds a WhatsApp body with parameters in order, without line breaks or tabs", () => {
    const template = whatsappTemplate(
      "seller.orderCancelled",
      { code: "PK-1-1", reason: "Stok\nhabis\tdi gudang      hari ini" },
      "id",
    );
    expect(template).toEqual({
      name: "pk_pesanan_batal_penjual",
      language: { code: "id" },
      components: [
        {
          type: "body",
          parameters: [
            { type: "text", text: "PK-1-1" },
            { type: "text", text: "Stok habis di gudang   hari ini" },
          ],
        },
      ],
    });
  });

  it("shows an unknown kind by its name rather than failing", () => {
    expect(renderNotification("gone.kind", {}, "id")).toEqual({ title: "gone.kind", body: "" });
  });
});
