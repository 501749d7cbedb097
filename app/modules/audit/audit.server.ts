import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";

type Tx = Prisma.TransactionClient | Db;

export interface AuditEntry {
  actorId: string | null;
  actorRole?: Role | null;
  /** Dotted verb, e.g. "seller.verify", "product.update". */
  action: string;
  entityType: string;
  entityId: string;
  /** The seller an operator acted for. */
  sellerId?: string | null;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
}

/** Appends to the audit log, inside the caller's transaction. There is no update or delete. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      actorRole: entry.actorRole ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      sellerId: entry.sellerId ?? null,
      data: entry.data,
      ip: entry.ip ?? null,
    },
  });
}
