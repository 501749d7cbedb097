/** What the buyer's and the seller's order pages read. */
import type { Prisma } from "~/generated/prisma/client";
import type { OrderStatus, PaymentMethod, ShippingMethod } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { journeyOrder, shipmentView, type ShipmentView } from "~/modules/shipping/shipments.server";
import { SELLER_INBOX_TABS, type SellerInboxTab } from "./inbox";

export interface TimelineEntry {
  status: OrderStatus;
  at: string;
  note: string | null;
}

export interface OrderSummary {
  code: string;
  status: OrderStatus;
  total: number;
  createdAt: string;
  buyerName: string;
  paymentMethod: PaymentMethod;
  shippingMethod: ShippingMethod;
  itemCount: number;
  awaitingConfirmation: boolean;
}

export async function listSellerOrders(
  db: Db,
  input: { sellerId: string; tab: SellerInboxTab; take?: number },
): Promise<{ orders: OrderSummary[]; counts: Record<SellerInboxTab, number> }> {
  const [rows, grouped] = await Promise.all([
    db.order.findMany({
      where: { sellerId: input.sellerId, status: { in: [...SELLER_INBOX_TABS[input.tab]] } },
      orderBy: { createdAt: "desc" },
      take: input.take ?? 50,
      select: {
        code: true,
        status: true,
        total: true,
        createdAt: true,
        shippingMethod: true,
        group: { select: { buyerName: true, paymentMethod: true } },
        _count: { select: { items: true } },
        payments: { where: { status: "AWAITING_CONFIRMATION" }, select: { id: true } },
      },
    }),
    db.order.groupBy({
      by: ["status"],
      where: { sellerId: input.sellerId },
      _count: { _all: true },
    }),
  ]);
  const counts = Object.fromEntries(
    (Object.keys(SELLER_INBOX_TABS) as SellerInboxTab[]).map((tab) => [
      tab,
      grouped
        .filter((g) => (SELLER_INBOX_TABS[tab] as readonly OrderStatus[]).includes(g.status))
        .reduce((n, g) => n + g._count._all, 0),
    ]),
  ) as Record<SellerInboxTab, number>;
  return {
    counts,
    orders: rows.map((r) => ({
      code: r.code,
      status: r.status,
      total: r.total,
      createdAt: r.createdAt.toISOString(),
      buyerName: r.group.buyerName,
      paymentMethod: r.group.paymentMethod,
      shippingMethod: r.shippingMethod,
      itemCount: r._count.items,
      awaitingConfirmation: r.payments.length > 0,
    })),
  };
}

const orderDetailSelect = {
  id: true,
  code: true,
  status: true,
  subtotal: true,
  shippingFee: true,
  shippingMethod: true,
  shippingService: true,
  shippingEtd: true,
  total: true,
  trackingNumber: true,
  cancelReason: true,
  expiresAt: true,
  createdAt: true,
  seller: {
    select: {
      id: true,
      slug: true,
      businessName: true,
      whatsapp: true,
      bankName: true,
      bankAccountNumber: true,
      bankAccountName: true,
      desa: { select: { name: true } },
    },
  },
  items: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      productTitle: true,
      variantName: true,
      unitPrice: true,
      quantity: true,
      lineTotal: true,
      product: { select: { slug: true } },
      review: { select: { rating: true, body: true } },
    },
  },
  statusChanges: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { toStatus: true, createdAt: true, note: true },
  },
  payments: {
    orderBy: { createdAt: "asc" },
    select: {
      method: true,
      status: true,
      amount: true,
      qrisPayload: true,
      uniqueCode: true,
      proofImageKey: true,
      payee: true,
    },
  },
  cardRefund: { select: { status: true, amount: true, failure: true, providerRef: true } },
  shipment: { select: shipmentView },
} satisfies Prisma.OrderSelect;

type OrderDetailRow = Prisma.OrderGetPayload<{ select: typeof orderDetailSelect }>;

function toOrderDetail(row: OrderDetailRow) {
  return {
    code: row.code,
    status: row.status,
    subtotal: row.subtotal,
    shippingFee: row.shippingFee,
    shippingMethod: row.shippingMethod,
    shippingService: row.shippingService,
    shippingEtd: row.shippingEtd,
    total: row.total,
    trackingNumber: row.trackingNumber,
    cancelReason: row.cancelReason,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    seller: {
      id: row.seller.id,
      slug: row.seller.slug,
      businessName: row.seller.businessName,
      whatsapp: row.seller.whatsapp,
      desaName: row.seller.desa.name,
      bank: row.seller.bankAccountNumber
        ? {
            name: row.seller.bankName ?? "",
            number: row.seller.bankAccountNumber,
            holder: row.seller.bankAccountName ?? "",
          }
        : null,
    },
    items: row.items.map((i) => ({
      id: i.id,
      productTitle: i.productTitle,
      productSlug: i.product.slug,
      variantName: i.variantName,
      unitPrice: i.unitPrice,
      quantity: i.quantity,
      lineTotal: i.lineTotal,
      review: i.review,
    })),
    timeline: row.statusChanges.map((c): TimelineEntry => ({
      status: c.toStatus,
      at: c.createdAt.toISOString(),
      note: c.note,
    })),
    payment: row.payments[0] ?? null,
    /** This order's share of a card payment given back to the card, when it was refunded. */
    cardRefund: row.cardRefund && {
      status: row.cardRefund.status,
      amount: row.cardRefund.amount,
      failure: row.cardRefund.failure,
      /** Recorded but never acknowledged by Stripe (not sent yet, or the answer was lost). */
      unsent: row.cardRefund.status !== "SUCCEEDED" && row.cardRefund.providerRef === null,
    },
    shipment: row.shipment && toShipmentDetail(row.shipment),
  };
}

/** A courier shipment as the order pages show it: the parcel's state and its timeline. */
function toShipmentDetail(s: ShipmentView) {
  return {
    provider: s.provider,
    courier: s.courier,
    service: s.service,
    waybill: s.waybill,
    status: s.status,
    deliveredAt: s.deliveredAt?.toISOString() ?? null,
    codAmount: s.codAmount,
    codCollector: s.codCollector,
    codSettledAt: s.codSettledAt?.toISOString() ?? null,
    events: journeyOrder(s.events).map((e) => ({
      id: e.id,
      status: e.status,
      at: e.at.toISOString(),
      note: e.note,
    })),
  };
}
export type ShipmentDetail = ReturnType<typeof toShipmentDetail>;
export type OrderDetail = ReturnType<typeof toOrderDetail>;

export async function getSellerOrder(db: Db, input: { sellerId: string; orderCode: string }) {
  const row = await db.order.findFirst({
    where: { code: input.orderCode, sellerId: input.sellerId },
    select: {
      ...orderDetailSelect,
      group: {
        select: {
          buyerId: true,
          buyerName: true,
          buyerPhone: true,
          address: true,
          paymentMethod: true,
          desa: { select: { name: true, parent: { select: { name: true } } } },
          payments: { where: { orderId: null }, select: { refundedAmount: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...toOrderDetail(row),
    paymentMethod: row.group.paymentMethod,
    /** What Stripe reports refunded of the checkout's card payment, dashboard refunds included. */
    cardRefundedTotal: row.group.payments[0]?.refundedAmount ?? 0,
    /** For deciding what the viewer may do (`orderActions`); not for the page. */
    buyerId: row.group.buyerId,
    buyer: {
      name: row.group.buyerName,
      phone: row.group.buyerPhone,
      address: row.group.address,
      desa: row.group.desa
        ? `${row.group.desa.name}, ${row.group.desa.parent?.name ?? ""}`.replace(/, $/, "")
        : null,
    },
  };
}

export async function getBuyerOrderGroup(db: Db, input: { buyerId: string; code: string }) {
  const group = await db.orderGroup.findFirst({
    where: { code: input.code, buyerId: input.buyerId },
    select: {
      code: true,
      total: true,
      paymentMethod: true,
      buyerName: true,
      buyerPhone: true,
      address: true,
      createdAt: true,
      desa: { select: { name: true } },
      orders: { orderBy: { code: "asc" }, select: orderDetailSelect },
      payments: {
        where: { orderId: null },
        select: {
          status: true,
          amount: true,
          method: true,
          channel: true,
          instruction: true,
          refundedAmount: true,
        },
      },
    },
  });
  if (!group) return null;
  return {
    code: group.code,
    total: group.total,
    paymentMethod: group.paymentMethod,
    buyerName: group.buyerName,
    buyerPhone: group.buyerPhone,
    address: group.address,
    desaName: group.desa?.name ?? null,
    createdAt: group.createdAt.toISOString(),
    orders: group.orders.map(toOrderDetail),
    /** The gateway payment covering the whole checkout (card, Midtrans), if any. */
    gatewayPayment: group.payments[0] ?? null,
  };
}

export async function listBuyerOrderGroups(db: Db, input: { buyerId: string; take?: number }) {
  const groups = await db.orderGroup.findMany({
    where: { buyerId: input.buyerId },
    orderBy: { createdAt: "desc" },
    take: input.take ?? 50,
    select: {
      code: true,
      total: true,
      paymentMethod: true,
      createdAt: true,
      orders: {
        orderBy: { code: "asc" },
        select: {
          code: true,
          status: true,
          shippingMethod: true,
          seller: { select: { businessName: true } },
        },
      },
    },
  });
  return groups.map((g) => ({
    code: g.code,
    total: g.total,
    paymentMethod: g.paymentMethod,
    createdAt: g.createdAt.toISOString(),
    orders: g.orders.map((o) => ({
      code: o.code,
      status: o.status,
      shippingMethod: o.shippingMethod,
      sellerName: o.seller.businessName,
    })),
  }));
}
