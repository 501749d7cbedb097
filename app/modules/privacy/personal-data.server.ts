/**
 * Personal-data requests (UU 27/2022 on personal data protection): who may ask about whom, and
 * finding the person. The export is in export.server.ts (files in personal-data-files.ts),
 * erasure in erasure.server.ts.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { OrderStatus, Role } from "~/generated/prisma/enums";
import { actingRole, can } from "~/modules/auth/permissions";
import { normalizeIndonesianPhone } from "~/modules/auth/phone";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import type { ErasureBlocker } from "./erasure-blockers";
import { scrubPersonFromText } from "./redact";

type Tx = Prisma.TransactionClient | Db;

/** Who asks: the person themselves, or staff acting for someone who cannot use the site. */
export interface PrivacyActor {
  userId: string;
  ip?: string | null;
}

/** Orders in these statuses need nothing more from the buyer; every other status still does. */
export const SETTLED_ORDER_STATUSES: readonly OrderStatus[] = [
  "COMPLETED",
  "CANCELLED",
  "REFUNDED",
];

/** Account phones of erased accounts start with this; no Indonesian number does. */
export const ERASED_PHONE_PREFIX = "deleted:";

const STAFF_ROLES: readonly Role[] = ["OPERATOR", "STAFF", "ADMIN"];

export const iso = (date: Date | null) => (date ? date.toISOString() : null);

// ───────────────────────────── Who may ask ─────────────────────────────

export interface AuthorizedRequest {
  /** Staff acting for someone else; such requests are audited with their reason. */
  onBehalf: boolean;
  actorRole: Role | null;
  /** The staff member's reason, without the person's name, email or phone numbers. */
  reason: string | null;
}

/**
 * Checks that `actor` may process a request about `subject` (through `can`), and that staff
 * acting for someone else say why. A person's own request needs no reason and stores none.
 */
export async function authorizePrivacyRequest(
  tx: Tx,
  input: {
    subject: { id: string; name: string; email: string | null };
    actor: PrivacyActor;
    reason?: string | null;
  },
): Promise<AuthorizedRequest> {
  if (input.actor.userId === input.subject.id) {
    return { onBehalf: false, actorRole: null, reason: null };
  }
  const actor = await tx.user.findUnique({
    where: { id: input.actor.userId },
    select: { id: true, disabledAt: true, roles: { select: { role: true, regionCode: true } } },
  });
  if (!actor || actor.disabledAt || !can(actor, "privacy.request", { userId: input.subject.id })) {
    throw new DomainError("FORBIDDEN", "Anda tidak berwenang memproses data pribadi orang lain");
  }
  const reason = (input.reason ?? "").trim();
  if (reason.length < 5 || reason.length > 300) {
    throw new DomainError(
      "INVALID",
      "Tulis alasan permintaan (5–300 huruf), misalnya bagaimana orang itu mengajukannya",
      { field: "reason" },
    );
  }
  return {
    onBehalf: true,
    actorRole: actingRole({ ...actor, roles: actor.roles }, "privacy.request", {
      userId: input.subject.id,
    }),
    reason: scrubPersonFromText(reason, input.subject),
  };
}

// ───────────────────────────── Looking someone up ─────────────────────────────

export interface PrivacySubject {
  id: string;
  name: string;
  phone: string;
  createdAt: string;
  disabledAt: string | null;
  roles: Role[];
  /** Shops this person owns. */
  sellers: { id: string; businessName: string }[];
  /** What stands in the way of erasing the account (eraseAccount refuses for the same). */
  blockers: ErasureBlocker[];
}

export type { ErasureBlocker };

/**
 * Why an account cannot be erased now, in the order a person would resolve them: staff roles,
 * shops owned, orders still under way (the shop needs the address to deliver or collect).
 */
export async function erasureBlockers(
  tx: Tx,
  user: { id: string; roles: { role: Role }[]; ownedSellers: { businessName: string }[] },
): Promise<ErasureBlocker[]> {
  const blockers: ErasureBlocker[] = [];
  const roles = user.roles.map((r) => r.role).filter((r) => STAFF_ROLES.includes(r));
  if (roles.length > 0) blockers.push({ kind: "staff", roles });
  if (user.ownedSellers.length > 0) {
    blockers.push({ kind: "seller", names: user.ownedSellers.map((s) => s.businessName) });
  }
  const where = {
    group: { buyerId: user.id },
    status: { notIn: [...SETTLED_ORDER_STATUSES] },
  };
  const [count, first] = await Promise.all([
    tx.order.count({ where }),
    tx.order.findMany({ where, orderBy: { code: "asc" }, take: 5, select: { code: true } }),
  ]);
  if (count > 0) blockers.push({ kind: "orders", count, codes: first.map((o) => o.code) });
  return blockers;
}

/** Finds an account by the phone number a person gives at the desk (any usual spelling). */
export async function findUserForPrivacyRequest(
  db: Db,
  input: { phone: string },
): Promise<PrivacySubject | null> {
  const phone = normalizeIndonesianPhone(input.phone);
  if (!phone) {
    throw new DomainError("INVALID", "Nomor HP tidak valid, contoh: 0812-3456-7890", {
      field: "phone",
    });
  }
  const user = await db.user.findUnique({
    where: { phone },
    select: {
      id: true,
      name: true,
      phone: true,
      createdAt: true,
      disabledAt: true,
      roles: { select: { role: true } },
      ownedSellers: { orderBy: { createdAt: "asc" }, select: { id: true, businessName: true } },
    },
  });
  if (!user) return null;
  const blockers = await erasureBlockers(db, user);
  return {
    id: user.id,
    name: user.name,
    phone: user.phone,
    createdAt: user.createdAt.toISOString(),
    disabledAt: iso(user.disabledAt),
    roles: user.roles.map((r) => r.role),
    sellers: user.ownedSellers,
    blockers,
  };
}
