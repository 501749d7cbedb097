import type { OrderStatus } from "~/generated/prisma/enums";

/** The seller inbox's tabs and the statuses each one shows. */
export const SELLER_INBOX_TABS = {
  baru: ["PENDING_PAYMENT", "PAID", "COD_PENDING"],
  dikemas: ["PACKED"],
  dikirim: ["SHIPPED", "RECEIVED"],
  selesai: ["COMPLETED"],
  batal: ["CANCELLED", "REFUNDED"],
} as const satisfies Record<string, readonly OrderStatus[]>;
export type SellerInboxTab = keyof typeof SELLER_INBOX_TABS;
