import type { OrderStatus } from "~/generated/prisma/enums";
import { DomainError } from "~/utils/errors";

/**
 * Every allowed order status change, in one table. COD orders skip payment (COD_PENDING → PACKED,
 * paid on delivery); unpaid orders can be cancelled (or expire); paid orders are refunded rather
 * than cancelled once money has moved.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING_PAYMENT: ["PAID", "CANCELLED"],
  COD_PENDING: ["PACKED", "CANCELLED"],
  PAID: ["PACKED", "REFUNDED"],
  PACKED: ["SHIPPED", "REFUNDED", "CANCELLED"],
  SHIPPED: ["RECEIVED", "REFUNDED"],
  RECEIVED: ["COMPLETED", "REFUNDED"],
  COMPLETED: ["REFUNDED"],
  CANCELLED: [],
  REFUNDED: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Throws a CONFLICT domain error for a change the table does not allow. */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError("CONFLICT", `Status pesanan tidak bisa berubah dari ${from} ke ${to}`, {
      from,
      to,
    });
  }
}

/** Statuses from which no further change is possible. */
export const FINAL_STATUSES: readonly OrderStatus[] = (
  Object.keys(ORDER_TRANSITIONS) as OrderStatus[]
).filter((s) => ORDER_TRANSITIONS[s].length === 0);
