import type { Role } from "~/generated/prisma/enums";
import { can, type Action } from "~/modules/auth/permissions";
import type { SessionUser } from "~/modules/auth/auth.server";
import { BANYUWANGI_CODE } from "~/modules/regions/region-code";
import { parsePeriod } from "~/modules/reports/period";
import { db } from "~/utils/db.server";
import { notFound } from "./responses";
import { requireUser } from "./session.server";

/** Whether the user acts as the seller's owner or for them (operator, admin): audit needs to know. */
export function actingRole(user: SessionUser, seller: { ownerId: string | null }): Role {
  if (seller.ownerId === user.id) return "SELLER";
  const roles = user.roles.map((r) => r.role);
  return roles.includes("OPERATOR") ? "OPERATOR" : roles.includes("ADMIN") ? "ADMIN" : "STAFF";
}

/**
 * The signed-in user, allowed to do `action` on the seller. Anyone else gets 404: a seller they
 * may not touch looks exactly like one that does not exist.
 */
export async function requireSellerPermission(request: Request, action: Action, sellerId: string) {
  const user = await requireUser(request);
  const seller = await db.seller.findUnique({
    where: { id: sellerId },
    select: {
      id: true,
      ownerId: true,
      desaCode: true,
      businessName: true,
      verificationStatus: true,
      slug: true,
    },
  });
  if (!seller || !can(user, action, seller)) notFound("UMKM tidak ditemukan");
  return { user, seller, role: actingRole(user, seller) };
}

/** The signed-in user holding one of the roles, else 404. */
export async function requireRole(request: Request, roles: Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!user.roles.some((r) => roles.includes(r.role))) notFound();
  return user;
}

/** The seller (and their operator) read the ledger; regency staff also record payouts. */
export async function requireLedgerAccess(request: Request, sellerId: string) {
  const user = await requireUser(request);
  const seller = await db.seller.findUnique({
    where: { id: sellerId },
    select: { id: true, ownerId: true, desaCode: true, businessName: true },
  });
  if (!seller) notFound("UMKM tidak ditemukan");
  const canPay = can(user, "payout.record", seller);
  if (!canPay && !can(user, "seller.manage", seller)) notFound("UMKM tidak ditemukan");
  return { user, seller, canPay };
}

/**
 * The region and period a dashboard request asks for, allowed for this user: regency staff see
 * their regency and anything in it, an operator only their desa (which is also their default).
 * Anyone else, and any other region, gets 404.
 */
export async function requireDashboardScope(request: Request) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  const own = user.roles.find((r) => (r.role === "STAFF" || r.role === "OPERATOR") && r.regionCode);
  const isAdmin = user.roles.some((r) => r.role === "ADMIN");
  const regionCode = params.get("wilayah") ?? own?.regionCode ?? (isAdmin ? BANYUWANGI_CODE : null);
  if (!regionCode || !/^\d{2}(\.\d{2}){1,2}(\.\d{4})?$/.test(regionCode)) notFound();
  if (!can(user, "dashboard.view", { desaCode: regionCode })) notFound();
  const region = await db.region.findUnique({
    where: { code: regionCode },
    select: {
      code: true,
      name: true,
      level: true,
      kind: true,
      parent: {
        select: { code: true, name: true, parent: { select: { code: true, name: true } } },
      },
    },
  });
  if (!region || region.level === "PROVINSI") notFound();
  const trail = [region.parent?.parent, region.parent]
    .filter((r): r is { code: string; name: string } => !!r && r.code.includes("."))
    .filter((r) => can(user, "dashboard.view", { desaCode: r.code }));
  return { user, region, trail, period: parsePeriod(params) };
}
