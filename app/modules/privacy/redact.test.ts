import { describe, expect, it } from "vitest";
import {
  ERASED_BUYER_TEXT,
  ERASED_NAME,
  orderIdOfNotificationKey,
  redactProviderPayload,
  scrubNotificationParams,
  scrubPersonFromText,
} from "./redact";

describe("scrubPersonFromText", () => {
  const person = { name: "Siti Aminah", email: "siti@contoh.id" };

  it("removes the name, each longer word of it, the email and mobile numbers however written", () => {
    expect(
      scrubPersonFromText(
        "Siti Aminah (bu siti) minta lewat 0812-3456-7890, +62 813 1111 2222 dan 6285712345678; siti@contoh.id",
        person,
      ),
    ).toBe("[nama] (bu [nama]) minta lewat [nomor HP], [nomor HP] dan [nomor HP]; [email]");
  });

  it("leaves other numbers and words that merely contain a name alone", () => {
    const text = "RT 01 RW 02, pesanan PK-7H2K9QX-1, Rp150.000, NIB 1234567890123, Sitinjau";
    expect(scrubPersonFromText(text, person)).toBe(text);
  });

  it("takes a number out of a sentence even with more digits after it", () => {
    expect(scrubPersonFromText("hubungi 081234567890 12 orang", person)).toBe(
      "hubungi [nomor HP] 12 orang",
    );
  });
});

describe("scrubNotificationParams", () => {
  it("replaces the buyer's name in a shop's new-order news", () => {
    expect(
      scrubNotificationParams("seller.orderNew", { code: "PK-1", buyer: "Siti", total: 5 }, false),
    ).toEqual({ code: "PK-1", buyer: ERASED_NAME, total: 5 });
  });

  it("replaces a reason only when the buyer wrote it", () => {
    const params = { code: "PK-1", reason: "Salah alamat, Siti" };
    expect(scrubNotificationParams("seller.orderCancelled", params, true)).toEqual({
      code: "PK-1",
      reason: ERASED_BUYER_TEXT,
    });
    expect(scrubNotificationParams("seller.orderCancelled", params, false)).toBeNull();
    expect(
      scrubNotificationParams("seller.orderPaid", { code: "PK-1", total: 5 }, true),
    ).toBeNull();
  });

  it("reads the order id from an event key and from a dedupe key", () => {
    expect(orderIdOfNotificationKey("seller.orderNew:abc")).toBe("abc");
    expect(orderIdOfNotificationKey("seller.orderNew:abc:user1")).toBe("abc");
  });
});

describe("redactProviderPayload", () => {
  it("keeps what reconciles a payment and drops the payer's details", () => {
    const payload = {
      id: "evt_1",
      object: "event",
      type: "checkout.session.completed",
      created: 1_700_000_000,
      data: {
        object: {
          id: "cs_1",
          object: "checkout.session",
          payment_status: "paid",
          amount_total: 3_000_000,
          currency: "idr",
          metadata: { paymentId: "p1", groupCode: "PK-1" },
          customer_details: { name: "Siti", email: "siti@contoh.id", phone: "+6281234567890" },
          customer_email: "siti@contoh.id",
        },
      },
    };
    expect(redactProviderPayload(payload)).toEqual({
      id: "evt_1",
      object: "event",
      type: "checkout.session.completed",
      created: 1_700_000_000,
      data: {
        object: {
          id: "cs_1",
          object: "checkout.session",
          payment_status: "paid",
          amount_total: 3_000_000,
          currency: "idr",
          metadata: { paymentId: "p1", groupCode: "PK-1" },
        },
      },
    });
    expect(redactProviderPayload(null)).toEqual({ data: { object: {} } });
  });
});
