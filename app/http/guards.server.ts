import type { SessionUser } from "~/modules/auth/auth.server";
import {
  actingRole,
  assistedDesa,
  can,
  canSomewhere,
  homeRegion,
  type Action,
} from "~/modules/auth/permissions";
import { BANYUWANGI_CODE } from "~/modules/regions/region-code";
import { getDashboardRegion } from "~/modules/regions/regions.server";
import { parsePeriod } from "~/modules/reports/period";
import { getSellerAccess } from "~/modules/sellers/sellers.server";
import { db } from "~/utils/db.server";
import { notFound } from "./responses";
import { requireUser } from "./session.server";

// A seller page's layout and the page itself both guard the same seller: one read per request.
const sellersByRequest = new WeakMap<Request, Map<string, ReturnType<typeof getSellerAccess>>>();

function sellerOf(request: Request, sellerId: string) {
  let sellers = sellersByRequest.get(request);
  if (!sellers) sellersByRequest.set(request, (sellers = new Map()));
  let seller = sellers.get(sellerId);
  if (!seller) sellers.set(sellerId, (seller = getSellerAccess(db, sellerId)));
  return seller;
}

/**
 * The signed-in user, allowed to do `action` on the seller. Anyone else gets 404: a seller they
 * may not touch looks exactly like one that does not exist.
 */
export async function requireSellerPermission(request: Request, action: Action, sellerId: string) {
  const user = await requireUser(request);
  const seller = await sellerOf(request, sellerId);
  if (!seller || !can(user, action, seller)) notFound("UMKM tidak ditemukan");
  return { user, seller, role: actingRole(user, action, seller) };
}

/** The signed-in user who may do `action` somewhere (an area page), else 404. */
export async function requirePermission(request: Request, action: Action): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!canSomewhere(user, action)) notFound();
  return user;
}

/** The signed-in operator and the desa they assist, else 404. */
export async function requireOperator(request: Request) {
  const user = await requireUser(request);
  const desaCodes = assistedDesa(user);
  if (desaCodes.length === 0) notFound();
  return { user, desaCodes };
}

/**
 * Pages about one seller: for those who manage it, and for regency staff, who read its ledger and
 * record its payouts. Anyone else gets 404.
 */
export async function requireSellerArea(request: Request, sellerId: string) {
  const user = await requireUser(request);
  const seller = await sellerOf(request, sellerId);
  const canManage = !!seller && can(user, "seller.manage", seller);
  const canPay = !!seller && can(user, "payout.record", seller);
  if (!seller || (!canManage && !canPay)) notFound("UMKM tidak ditemukan");
  return { user, seller, canManage, canPay };
}

/**
 * The region and period a dashboard request asks for, allowed for this user: regency staff see
 * their regency and anything in it, an operator only their desa (which is also their default).
 * Anyone else, and any other region, gets 404.
 */
export async function requireDashboardScope(request: Request) {
  const user = await requireUser(request);
  const params = new URL(request.url).searchParams;
  // By default the region of the user's own role (staff: regency, operator: desa).
  const own = homeRegion(user);
  const regionCode =
    params.get("wilayah") ??
    own ??
    (can(user, "dashboard.view", { desaCode: BANYUWANGI_CODE }) ? BANYUWANGI_CODE : null);
  if (!regionCode || !/^\d{2}(\.\d{2}){1,2}(\.\d{4})?$/.test(regionCode)) notFound();
  if (!can(user, "dashboard.view", { desaCode: regionCode })) notFound();
  const region = await getDashboardRegion(db, regionCode);
  if (!region || region.level === "PROVINSI") notFound();
  const trail = [region.parent?.parent, region.parent]
    .filter((r): r is { code: string; name: string } => !!r && r.code.includes("."))
    .filter((r) => can(user, "dashboard.view", { desaCode: r.code }));
  return { user, region, trail, period: parsePeriod(params) };
}
