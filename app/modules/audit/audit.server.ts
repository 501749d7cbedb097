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

export interface AuditListItem {
  id: string;
  createdAt: string;
  action: string;
  actorName: string | null;
  actorRole: Role | null;
  entityType: string;
  entityId: string;
  sellerName: string | null;
  data: string;
}

/** The audit log, newest first, filtered by action prefix and day range; read-only. */
export async function listAuditLog(
  db: Db,
  input: { action?: string; from?: Date; to?: Date; before?: string; take?: number },
): Promise<{ items: AuditListItem[]; next: string | null }> {
  const take = input.take ?? 50;
  const rows = await db.auditLog.findMany({
    where: {
      ...(input.action ? { action: { startsWith: input.action } } : {}),
      createdAt: { gte: input.from, lt: input.to },
      ...(input.before ? { id: { lt: input.before } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      actorRole: true,
      entityType: true,
      entityId: true,
      sellerId: true,
      data: true,
      actor: { select: { name: true } },
    },
  });
  const sellerIds = [...new Set(rows.map((r) => r.sellerId).filter((id): id is string => !!id))];
  const sellers = await db.seller.findMany({
    where: { id: { in: sellerIds } },
    select: { id: true, businessName: true },
  });
  const names = new Map(sellers.map((s) => [s.id, s.businessName]));
  const page = rows.slice(0, take);
  return {
    items: page.map((r) => ({
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      action: r.action,
      actorName: r.actor?.name ?? null,
      actorRole: r.actorRole,
      entityType: r.entityType,
      entityId: r.entityId,
      sellerName: r.sellerId ? (names.get(r.sellerId) ?? null) : null,
      data: r.data === null ? "" : JSON.stringify(r.data),
    })),
    next: rows.length > take ? page[page.length - 1]!.id : null,
  };
}
