import crypto from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import type { Db } from "~/utils/db.server";
import { insertRows } from "~/utils/sql.server";
import { isCalendarDay, jakartaDayStart } from "~/utils/jakarta-calendar";

const DAY_MS = 86_400_000;

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
  await tx.auditLog.create({ data: auditRow(entry) });
}

/** Many entries at once (one per payment a bank statement confirmed), in multi-row inserts. */
export async function recordAudits(tx: Tx, entries: AuditEntry[], at = new Date()): Promise<void> {
  for (let i = 0; i < entries.length; i += 1_000) {
    await tx.$executeRaw(
      insertRows(
        "AuditLog",
        entries.slice(i, i + 1_000).map((entry) => ({
          ...auditRow(entry),
          id: crypto.randomUUID(),
          data: entry.data === undefined ? null : JSON.stringify(entry.data),
          createdAt: at,
        })),
      ),
    );
  }
}

function auditRow(entry: AuditEntry): Prisma.AuditLogUncheckedCreateInput {
  return {
    actorId: entry.actorId,
    actorRole: entry.actorRole ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    sellerId: entry.sellerId ?? null,
    data: entry.data,
    ip: entry.ip ?? null,
  };
}

/** Someone acting on a seller's records, in the role that allowed it. */
export interface SellerActor {
  id: string;
  role: Role;
}

/**
 * Audits work done for a seller: owners working on their own shop leave no trail; operators,
 * staff and admins acting for them do.
 */
export async function auditOnBehalf(
  tx: Tx,
  actor: SellerActor,
  entry: Omit<AuditEntry, "actorId" | "actorRole" | "sellerId"> & { sellerId: string },
): Promise<void> {
  if (actor.role === "SELLER") return;
  await recordAudit(tx, { ...entry, actorId: actor.id, actorRole: actor.role });
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

/** What the audit page asks for, from its query parameters; anything unusable is left out. */
export interface AuditFilter {
  /** Action prefix, e.g. "seller." */
  action: string;
  /** First and last Jakarta day shown, `YYYY-MM-DD`, or "" for open. */
  from: string;
  to: string;
  /** The id of the last entry of the previous page. */
  after?: string;
}

export function parseAuditFilter(params: URLSearchParams): AuditFilter {
  const day = (value: string | null) => (value && isCalendarDay(value) ? value : "");
  const after = params.get("sebelum") ?? "";
  return {
    action: (params.get("tindakan") ?? "").trim().slice(0, 60),
    from: day(params.get("dari")),
    to: day(params.get("sampai")),
    after: /^[a-z0-9]{10,40}$/.test(after) ? after : undefined,
  };
}

/** The audit log, newest first, filtered by action prefix and Jakarta days; read-only. */
export async function listAuditLog(
  db: Db,
  filter: AuditFilter & { take?: number },
): Promise<{ items: AuditListItem[]; next: string | null }> {
  const take = filter.take ?? 50;
  const rows = await db.auditLog.findMany({
    where: {
      ...(filter.action ? { action: { startsWith: filter.action } } : {}),
      createdAt: {
        gte: filter.from ? jakartaDayStart(filter.from) : undefined,
        lt: filter.to ? new Date(jakartaDayStart(filter.to).getTime() + DAY_MS) : undefined,
      },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    // Keyset paging from the previous page's last entry, in the same (time, id) order.
    ...(filter.after ? { cursor: { id: filter.after }, skip: 1 } : {}),
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
