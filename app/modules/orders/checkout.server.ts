import crypto from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import type { OrderStatus } from "~/generated/prisma/enums";
import { enqueueOutbox, notifyOutbox } from "~/modules/outbox/outbox.server";
import { paymentProvider } from "~/modules/payments/providers/registry.server";
import type { GatewaySettings } from "~/modules/payments/providers/types";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { insertRows, sqlTimestamp } from "~/utils/sql.server";
import { etdText } from "~/modules/shipping/checkout-quotes";
import {
  assertSeenFees,
  chooseDelivery,
  quoteDeliveries,
} from "~/modules/shipping/checkout-quotes.server";
import { notificationEvents } from "~/modules/notifications/notify.server";
import { MAX_ORDER_TOTAL, type CheckoutInput } from "./checkout-form.server";
import {
  deadlinesFor,
  orderDeadlineSettings,
  shopNotifications,
  type OrderDeadlineSettings,
} from "./order-notifications.server";

export interface OrderSettings extends GatewaySettings {
  /** Platform fee in percent of the goods subtotal (0 = none). */
  feePercent: number;
  /** How long transfer, QRIS and gateway orders wait for payment before they expire. */
  paymentTtlMs: number;
}

const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
function randomCode(length: number): string {
  const bytes = crypto.randomBytes(length);
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

export interface PlacedOrder {
  groupId: string;
  groupCode: string;
  total: number;
  orders: { id: string; code: string; sellerId: string; status: OrderStatus; total: number }[];
  /** A gateway's payment for the whole checkout, to start with the provider after commit. */
  gatewayPayment: { id: string } | null;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

interface VariantForCheckout {
  id: string;
  name: string;
  price: number;
  isActive: boolean;
  product: {
    id: string;
    title: string;
    status: string;
    seller: {
      id: string;
      businessName: string;
      verificationStatus: string;
      localDeliveryFee: number | null;
      /** Where the shop is: its own delivery only reaches desa of the same regency. */
      desaCode: string;
      bankAccountNumber: string | null;
      qrisStatic: string | null;
    };
  };
}

/** The ordered variants with their product and seller, in one joined read. */
async function readVariants(tx: Tx, ids: string[]): Promise<VariantForCheckout[]> {
  const rows = await tx.$queryRaw<Record<string, unknown>[]>`
    SELECT v."id", v."name", v."price", v."isActive",
           p."id" AS "productId", p."title", p."status",
           s."id" AS "sellerId", s."businessName", s."verificationStatus",
           s."localDeliveryFee", s."bankAccountNumber", s."qrisStatic",
           s."desaCode" AS "sellerDesaCode"
    FROM "ProductVariant" v
    JOIN "Product" p ON p."id" = v."productId"
    JOIN "Seller" s ON s."id" = p."sellerId"
    WHERE v."id" IN (${Prisma.join(ids)})`;
  const nullableNumber = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const nullableString = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    price: Number(r.price),
    isActive: r.isActive === true || Number(r.isActive) === 1,
    product: {
      id: String(r.productId),
      title: String(r.title),
      status: String(r.status),
      seller: {
        id: String(r.sellerId),
        businessName: String(r.businessName),
        verificationStatus: String(r.verificationStatus),
        localDeliveryFee: nullableNumber(r.localDeliveryFee),
        desaCode: String(r.sellerDesaCode),
        bankAccountNumber: nullableString(r.bankAccountNumber),
        qrisStatic: nullableString(r.qrisStatic),
      },
    },
  }));
}

function newId(): string {
  return crypto.randomUUID();
}

function notAvailable(message: string): DomainError {
  return new DomainError("INVALID", message);
}

/** One ordered line, its price snapshotted from the catalog. */
interface ItemDraft {
  productId: string;
  variantId: string;
  productTitle: string;
  variantName: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
}

/** One seller's order before it is written: its lines, delivery and amounts. */
type OrderDraft = ReturnType<typeof priceOrders>["drafts"][number];

/** What the form alone can tell is wrong, before the database is asked anything. */
function checkForm(checkout: CheckoutInput, settings: OrderSettings) {
  const variantIds = checkout.lines.map((l) => l.variantId);
  if (new Set(variantIds).size !== variantIds.length) {
    throw new DomainError("INVALID", "Satu produk muncul dua kali di pesanan");
  }
  const shippingBySeller = new Map(checkout.shipping.map((s) => [s.sellerId, s]));
  if (shippingBySeller.size !== checkout.shipping.length) {
    throw new DomainError("INVALID", "Cara pengiriman untuk satu toko dikirim dua kali");
  }
  const provider = paymentProvider(checkout.paymentMethod);
  if (!provider.enabled(settings)) {
    throw notAvailable(
      checkout.paymentMethod === "STRIPE"
        ? "Pembayaran kartu belum tersedia"
        : "Cara bayar ini belum tersedia",
    );
  }
  provider.checkChannel(checkout.paymentChannel);
  return { variantIds, shippingBySeller };
}

/**
 * Loads the ordered variants and checks each line is still for sale by a verified seller,
 * grouping the lines by seller with their prices read from the catalog.
 */
async function loadLines(tx: Tx, checkout: CheckoutInput, variantIds: string[]) {
  if (checkout.desaCode) {
    const desa = await tx.region.findUnique({
      where: { code: checkout.desaCode },
      select: { level: true },
    });
    if (desa?.level !== "DESA_KELURAHAN")
      throw new DomainError("INVALID", "Pilih desa dari daftar");
  }
  const variants = await readVariants(tx, variantIds);
  const byId = new Map(variants.map((v) => [v.id, v]));

  type Seller = VariantForCheckout["product"]["seller"];
  const perSeller = new Map<string, { seller: Seller; items: ItemDraft[] }>();
  for (const line of checkout.lines) {
    const variant = byId.get(line.variantId);
    if (
      !variant ||
      !variant.isActive ||
      variant.product.status !== "ACTIVE" ||
      variant.product.seller.verificationStatus !== "VERIFIED"
    ) {
      throw new DomainError(
        "INVALID",
        variant
          ? `${variant.product.title} tidak dijual lagi — hapus dari keranjang`
          : "Ada produk yang tidak dijual lagi — periksa keranjang",
      );
    }
    const seller = variant.product.seller;
    const entry = perSeller.get(seller.id) ?? { seller, items: [] };
    entry.items.push({
      productId: variant.product.id,
      variantId: variant.id,
      productTitle: variant.product.title,
      variantName: variant.name,
      unitPrice: variant.price,
      quantity: line.quantity,
      lineTotal: variant.price * line.quantity,
    });
    perSeller.set(seller.id, entry);
  }
  return perSeller;
}

/**
 * Prices one order per seller (goods plus delivery), checking each seller offers the chosen
 * delivery and payment, and that the goods subtotal is the one the buyer saw.
 */
function priceOrders(
  checkout: CheckoutInput,
  perSeller: Awaited<ReturnType<typeof loadLines>>,
  shippingBySeller: ReturnType<typeof checkForm>["shippingBySeller"],
  deliveries: Awaited<ReturnType<typeof quoteDeliveries>>,
) {
  const sellerIds = [...perSeller.keys()];
  if (
    sellerIds.length !== shippingBySeller.size ||
    sellerIds.some((id) => !shippingBySeller.has(id))
  ) {
    throw new DomainError("INVALID", "Pilih cara pengiriman untuk setiap toko");
  }

  const drafts = [...perSeller.values()].map(({ seller, items }) => {
    const chosen = shippingBySeller.get(seller.id)!;
    // Addresses may be anywhere in Indonesia; a shop's own delivery stays inside its regency.
    const option = chooseDelivery(
      seller,
      deliveries.get(seller.id),
      chosen.method,
      Boolean(checkout.desaCode),
    );
    const shippingFee = option.fee;
    const refusal = paymentProvider(checkout.paymentMethod).refusal(seller);
    if (refusal) throw refusal;
    const subtotal = items.reduce((n, i) => n + i.lineTotal, 0);
    return {
      seller,
      items,
      shippingMethod: option.method,
      shippingService: option.service,
      shippingEtd: etdText(option),
      shippingFee,
      seenFee: chosen.fee,
      subtotal,
      total: subtotal + shippingFee,
    };
  });

  const total = drafts.reduce((n, d) => n + d.total, 0);
  if (total > MAX_ORDER_TOTAL) {
    throw new DomainError(
      "INVALID",
      "Total pesanan terlalu besar — pecah menjadi beberapa pesanan",
    );
  }
  const goods = drafts.reduce((n, d) => n + d.subtotal, 0);
  if (goods !== checkout.expectedSubtotal) {
    throw new DomainError(
      "INVALID",
      "Harga berubah sejak halaman dibuka — periksa lagi ringkasan pesanan",
      { subtotal: goods },
    );
  }
  assertSeenFees(drafts, total);
  return { drafts, total };
}

/**
 * Takes the stock: one conditional update per line, which must touch exactly one row. Lines go
 * in variant order so concurrent checkouts lock rows in the same order (no deadlock). Returns
 * each variant's stock after.
 */
async function takeStock(tx: Tx, drafts: OrderDraft[], now: Date): Promise<Map<string, number>> {
  const lines = drafts.flatMap((d) => d.items).sort((a, b) => (a.variantId < b.variantId ? -1 : 1));
  const stockAfter = new Map<string, number>();
  for (const item of lines) {
    const updated = await tx.$queryRaw<{ stock: number | bigint }[]>`
      UPDATE "ProductVariant"
      SET "stock" = "stock" - ${item.quantity}, "updatedAt" = ${sqlTimestamp(now)}
      WHERE "id" = ${item.variantId} AND "stock" >= ${item.quantity}
      RETURNING "stock"`;
    if (updated.length !== 1) {
      throw new DomainError("OUT_OF_STOCK", `Stok habis: ${item.productTitle}`, {
        variantId: item.variantId,
      });
    }
    stockAfter.set(item.variantId, Number(updated[0]!.stock));
  }
  return stockAfter;
}

/**
 * The cart lines become the order in the same transaction: a second submission of the same
 * checkout (a double click, a resent form) finds them gone and places nothing.
 */
async function takeFromCart(
  tx: Tx,
  userId: string,
  checkout: CheckoutInput,
  variantIds: string[],
): Promise<void> {
  const cart = await tx.cart.findUnique({
    where: { userId },
    select: { id: true, items: { select: { variantId: true, quantity: true } } },
  });
  const inCart = new Map(cart?.items.map((i) => [i.variantId, i.quantity]) ?? []);
  const matches = checkout.lines.every((l) => inCart.get(l.variantId) === l.quantity);
  const { count } = cart
    ? await tx.cartItem.deleteMany({
        where: { cartId: cart.id, variantId: { in: variantIds } },
      })
    : { count: 0 };
  if (!matches || count !== checkout.lines.length) {
    throw new DomainError(
      "CONFLICT",
      "Keranjang berubah atau pesanan ini sudah dibuat — lihat Pesanan saya atau periksa keranjang",
    );
  }
}

/**
 * Writes the checkout: its group (the buyer's delivery details and the grand total), one order
 * per seller with its items and first timeline entry, and the payments. Ids are made here so the
 * whole checkout is a handful of multi-row inserts.
 */
async function createOrders(
  tx: Tx,
  input: {
    buyerId: string;
    checkout: CheckoutInput;
    settings: OrderSettings;
    deadlines: OrderDeadlineSettings;
    drafts: OrderDraft[];
    total: number;
    now: Date;
  },
): Promise<Omit<PlacedOrder, "total">> {
  const { checkout, drafts, total, now } = input;
  const method = checkout.paymentMethod;
  const provider = paymentProvider(method);
  const onDelivery = provider.confirmedBy === "delivery";
  const initialStatus: OrderStatus = onDelivery ? "COD_PENDING" : "PENDING_PAYMENT";
  const expiresAt = onDelivery ? null : new Date(now.getTime() + input.settings.paymentTtlMs);
  // Cash on delivery is ready to pack at once; the others start their clock when paid.
  const { packBy } = deadlinesFor(initialStatus, now, input.deadlines);
  const groupCode = `PK-${randomCode(7)}`;
  const groupId = newId();
  await tx.$executeRaw(
    insertRows("OrderGroup", [
      {
        id: groupId,
        code: groupCode,
        buyerId: input.buyerId,
        buyerName: checkout.buyerName,
        buyerPhone: checkout.buyerPhone,
        address: checkout.note
          ? `${checkout.address}\nCatatan: ${checkout.note}`
          : checkout.address,
        desaCode: checkout.desaCode ?? null,
        postalCode: checkout.postalCode ?? null,
        paymentMethod: method,
        total,
        createdAt: now,
      },
    ]),
  );

  const orders: PlacedOrder["orders"] = drafts.map((draft, index) => ({
    id: newId(),
    code: `${groupCode}-${index + 1}`,
    sellerId: draft.seller.id,
    status: initialStatus,
    total: draft.total,
  }));
  const payments = await provider.plan(tx, {
    groupId,
    orders: drafts.map((draft, index) => ({
      id: orders[index]!.id,
      total: draft.total,
      seller: draft.seller,
    })),
    total,
    now,
    expiresAt,
    channel: checkout.paymentChannel,
  });
  const gateway = payments.find((p) => p.orderId === null);

  await tx.$executeRaw(
    insertRows(
      "Order",
      drafts.map((draft, index) => ({
        id: orders[index]!.id,
        code: orders[index]!.code,
        groupId,
        sellerId: draft.seller.id,
        status: initialStatus,
        shippingMethod: draft.shippingMethod,
        shippingFee: draft.shippingFee,
        shippingService: draft.shippingService,
        shippingEtd: draft.shippingEtd,
        subtotal: draft.subtotal,
        total: draft.total,
        expiresAt,
        packBy,
        createdAt: now,
        updatedAt: now,
      })),
    ),
  );
  await tx.$executeRaw(
    insertRows(
      "OrderItem",
      drafts.flatMap((draft, index) =>
        draft.items.map((item) => ({ ...item, id: newId(), orderId: orders[index]!.id })),
      ),
    ),
  );
  await tx.$executeRaw(
    insertRows(
      "OrderStatusChange",
      orders.map((order) => ({
        id: newId(),
        orderId: order.id,
        toStatus: initialStatus,
        actorId: input.buyerId,
        createdAt: now,
      })),
    ),
  );
  await tx.$executeRaw(
    insertRows(
      "Payment",
      payments.map((p) => ({
        ...p,
        status: "PENDING",
        currency: "IDR",
        createdAt: now,
        updatedAt: now,
      })),
    ),
  );
  return { groupId, groupCode, orders, gatewayPayment: gateway ? { id: gateway.id } : null };
}

/**
 * Places one order per seller for a checkout, in one transaction: prices are read from the
 * catalog and snapshotted, stock is taken with one conditional update per line (a line whose
 * update touches no row is out of stock and rolls everything back), and payments are created
 * for the chosen method. Nothing is half-written: an error leaves no group, order or stock change.
 */
export async function placeOrder(
  db: Db,
  input: {
    buyerId: string;
    checkout: CheckoutInput;
    settings: OrderSettings;
    now?: Date;
    /** Take the lines out of this user's cart, atomically (the checkout page does). */
    fromCartOf?: string;
  },
): Promise<PlacedOrder> {
  const { checkout, settings } = input;
  const now = input.now ?? new Date();
  const { variantIds, shippingBySeller } = checkForm(checkout, settings);

  // The fees are quoted again, from fresh tariff rows, exactly as the page quoted them: before
  // the transaction, so a courier aggregator's answer never holds the database's write lock.
  const deliveries = await quoteDeliveries(db, {
    lines: checkout.lines,
    destinationDesaCode: checkout.desaCode,
    destinationPostalCode: checkout.postalCode,
    cache: false,
  });
  const placed = await db.$transaction(async (tx) => {
    const perSeller = await loadLines(tx, checkout, variantIds);
    const { drafts, total } = priceOrders(checkout, perSeller, shippingBySeller, deliveries);
    const stockAfter = await takeStock(tx, drafts, now);
    if (input.fromCartOf) await takeFromCart(tx, input.fromCartOf, checkout, variantIds);
    const deadlines = orderDeadlineSettings();
    const { groupId, groupCode, orders, gatewayPayment } = await createOrders(tx, {
      buyerId: input.buyerId,
      checkout,
      settings,
      deadlines,
      drafts,
      total,
      now,
    });

    const notifications = shopNotifications({
      drafts,
      orders,
      buyerName: checkout.buyerName,
      buyerId: input.buyerId,
      // A gateway's order is news for the shop once it is paid (the "paid" notification).
      announce: paymentProvider(checkout.paymentMethod).confirmedBy !== "gateway",
      stockAfter,
      lowStock: deadlines.lowStock,
    });
    const productIds = [...new Set(drafts.flatMap((d) => d.items.map((i) => i.productId)))];
    // One insert for the search index and the notifications.
    await enqueueOutbox(tx, [
      ...productIds.map((id) => ({ topic: "search.product" as const, aggregateId: id })),
      ...notificationEvents(notifications, now),
    ]);
    return { groupId, groupCode, total, orders, gatewayPayment };
  });
  notifyOutbox();
  return placed;
}
