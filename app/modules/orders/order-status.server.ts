/**
 * What every order command shares: the columns it reads, how a buyer or a shop finds its own
 * order, and `changeStatus`, the one way an order's status changes.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { OrderStatus, Role } from "~/generated/prisma/enums";
import { auditOnBehalf } from "~/modules/audit/audit.server";
import type { DbOrTx } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { assertTransition } from "./transitions";
import {
  deadlinesFor,
  notifyOrderStatus,
  orderDeadlineSettings,
} from "./order-notifications.server";

export type Tx = Prisma.TransactionClient;

export const orderCore = {
  id: true,
  code: true,
  sellerId: true,
  status: true,
  subtotal: true,
  total: true,
  shippingMethod: true,
  paidAt: true,
} satisfies Prisma.OrderSelect;
export type OrderCore = Prisma.OrderGetPayload<{ select: typeof orderCore }>;

export const concurrentChange = () =>
  new DomainError("CONFLICT", "Pesanan baru saja berubah — muat ulang halaman lalu coba lagi");

/**
 * The one way an order's status changes: checked against the transition table, applied only if
 * the status is still the one read (so two clicks or two instances cannot both apply it),
 * recorded on the timeline, with the deadlines the new status starts (pack, auto-receive) and
 * the notifications it sends, all in the caller's transaction. A null actor is the system.
 */
export async function changeStatus(
  tx: Tx,
  input: {
    order: Pick<OrderCore, "id" | "status">;
    to: OrderStatus;
    actorId: string | null;
    note?: string | null;
    data?: Prisma.OrderUpdateManyMutationInput;
    at?: Date;
  },
): Promise<void> {
  assertTransition(input.order.status, input.to);
  const at = input.at ?? new Date();
  const { count } = await tx.order.updateMany({
    where: { id: input.order.id, status: input.order.status },
    data: {
      status: input.to,
      ...deadlinesFor(input.to, at, orderDeadlineSettings()),
      ...input.data,
    },
  });
  if (count !== 1) throw concurrentChange();
  await tx.orderStatusChange.create({
    data: {
      orderId: input.order.id,
      fromStatus: input.order.status,
      toStatus: input.to,
      actorId: input.actorId,
      note: input.note ?? null,
      createdAt: at,
    },
  });
  await notifyOrderStatus(tx, {
    orderId: input.order.id,
    to: input.to,
    actorId: input.actorId,
    note: input.note,
    at,
  });
}

export async function requireSellerOrder(
  tx: Tx,
  sellerId: string,
  code: string,
): Promise<OrderCore> {
  return findSellerOrder(tx, { sellerId, orderCode: code }, orderCore);
}

/** A shop's order by its code, with what `select` asks for; NOT_FOUND when the shop has none. */
export async function findSellerOrder<S extends Prisma.OrderSelect>(
  db: DbOrTx,
  input: { sellerId: string; orderCode: string },
  select: S,
): Promise<Prisma.OrderGetPayload<{ select: S }>> {
  const order = await db.order.findFirst({
    where: { code: input.orderCode, sellerId: input.sellerId },
    select,
  });
  if (!order) throw new DomainError("NOT_FOUND", "Pesanan tidak ditemukan");
  return order as Prisma.OrderGetPayload<{ select: S }>;
}

export async function requireBuyerOrder(tx: Tx, buyerId: string, code: string): Promise<OrderCore> {
  const order = await tx.order.findFirst({
    where: { code, group: { buyerId } },
    select: orderCore,
  });
  if (!order) throw new DomainError("NOT_FOUND", "Pesanan tidak ditemukan");
  return order;
}

/** An order command's audit entry, written when someone acts for the seller (auditOnBehalf). */
export async function auditForSeller(
  tx: Tx,
  input: { actorId: string; actorRole?: Role; sellerId: string },
  action: string,
  order: { id: string; code: string },
  data: Record<string, string> = {},
): Promise<void> {
  if (!input.actorRole) return;
  await auditOnBehalf(
    tx,
    { id: input.actorId, role: input.actorRole },
    {
      action,
      entityType: "Order",
      entityId: order.id,
      sellerId: input.sellerId,
      data: { code: order.code, ...data },
    },
  );
}
