/**
 * What the notification tests share: a real SMTP server in this process and a local stand-in
 * for the WhatsApp Cloud API, a worker drain, and a shop with one product to order from.
 */
import { afterAll, beforeEach } from "vitest";
import { setChannelSettings } from "~/modules/notifications/channels.server";
import { processNotificationOutbox } from "~/modules/notifications/delivery.server";
import type { CheckoutInput } from "~/modules/orders/checkout-form.server";
import type { OrderSettings } from "~/modules/orders/checkout.server";
import { db } from "~/utils/db.server";
import { createCategory, createProduct, createSeller, createUser } from "../factories";
import { startSmtpStandIn } from "../standins/smtp";
import { startWhatsappStandIn } from "../standins/whatsapp";

export const HOUR = 3_600_000;
export const settings: OrderSettings = {
  feePercent: 0,
  paymentTtlMs: 24 * HOUR,
  stripeEnabled: false,
};

/**
 * Starts both stand-ins and points the channels at them for the calling test file; their
 * inboxes are emptied before each test, and they close after the file.
 */
export async function startChannelStandIns() {
  const [smtp, whatsapp] = await Promise.all([startSmtpStandIn(), startWhatsappStandIn()]);
  setChannelSettings({
    whatsapp: {
      apiUrl: whatsapp.url,
      phoneNumberId: whatsapp.phoneNumberId,
      accessToken: whatsapp.token,
      messagesPerSecond: 500,
    },
    email: { smtpUrl: smtp.url, from: "Pasar Kampung <no-reply@pasar.test>" },
    publicUrl: "https://pasar.test",
    timeoutMs: 1_000,
  });
  afterAll(async () => {
    setChannelSettings(null);
    await Promise.all([smtp.close(), whatsapp.close()]);
  });
  beforeEach(() => {
    smtp.received.length = 0;
    whatsapp.received.length = 0;
  });
  return { smtp, whatsapp };
}

/** Sends everything due, as the worker does, until nothing is left. */
export async function drain(workerId = "test"): Promise<number> {
  let total = 0;
  for (let n = await processNotificationOutbox(db, { workerId }); n > 0;) {
    total += n;
    n = await processNotificationOutbox(db, { workerId });
  }
  return total;
}

/** Notifications are written by the worker after the commit: let it run, then count. */
export async function notificationCount(args: Parameters<typeof db.notification.count>[0]) {
  await drain();
  return db.notification.count(args);
}

let categoryId: string | undefined;

export async function shop(opts: { stock?: number; price?: number } = {}) {
  categoryId ??= (await createCategory(db)).id;
  const desaCode = "35.10.15.2004";
  const owner = await createUser(db, {
    name: "Mbok Sum",
    email: `owner-${crypto.randomUUID()}@pasar.test`,
    notifyEmail: true,
    notifyWhatsapp: true,
  });
  const operator = await createUser(db, { name: "Pak Operator" });
  await db.userRole.create({
    data: { userId: operator.id, role: "OPERATOR", regionCode: desaCode },
  });
  const seller = await createSeller(db, {
    ownerId: owner.id,
    desaCode,
    bankName: "BRI",
    bankAccountNumber: "0123456789",
    bankAccountName: "Mbok Sum",
  });
  const product = await createProduct(db, {
    sellerId: seller.id,
    categoryId,
    title: "Kopi Osing Bubuk",
    variants: [{ name: "250 g", price: opts.price ?? 35_000, stock: opts.stock ?? 10 }],
  });
  const variant = await db.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  return { owner, operator, seller, product, variant, price: opts.price ?? 35_000 };
}

export function order(
  s: Awaited<ReturnType<typeof shop>>,
  quantity: number,
  paymentMethod: CheckoutInput["paymentMethod"] = "COD",
): CheckoutInput {
  return {
    buyerName: "Bu Siti",
    buyerPhone: "+6281299990001",
    address: "Dusun Krajan RT 01 RW 02, dekat masjid",
    paymentMethod,
    lines: [{ variantId: s.variant.id, quantity }],
    shipping: [{ sellerId: s.seller.id, method: "PICKUP_SELLER" }],
    expectedSubtotal: s.price * quantity,
  };
}

export async function buyer() {
  return createUser(db, { name: "Bu Siti", notifyWhatsapp: true });
}
