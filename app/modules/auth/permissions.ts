import type { Role } from "~/generated/prisma/enums";

/**
 * Who may do what. Every route that changes or reveals non-public data asks `can` (through the
 * guards in app/http/guards.server.ts); the rules are tested as a matrix of role × action × record.
 */
export type Action =
  /** Apply to become a seller (for oneself). */
  | "seller.apply"
  /** Register a seller on someone's behalf, in a desa. */
  | "seller.register"
  /** Edit a seller's profile and listings. */
  | "seller.manage"
  /** Set or remove the owner's NIK (shown masked; printed in full only on a statement they ask for). */
  | "seller.identity"
  /** Give a named bank a read-only link to the shop's statement and documents, and revoke it. */
  | "seller.bankShare"
  /** Decide verification and legality numbers. */
  | "seller.verify"
  /** See a seller's legality scans (private files): the shop's people and its region's staff. */
  | "legality.view"
  /** See the verification queue for a region. */
  | "verification.queue"
  /** Create training programmes and sessions. */
  | "training.manage"
  /** Register a seller for training, take attendance and issue certificates. */
  | "training.attendance"
  /** Mark one's own shop present at a session through its check-in link. */
  | "training.checkin"
  /** See a seller's ledger and record money paid out to them. */
  | "payout.record"
  /** See district figures and exports for a region (record = the region, as desaCode). */
  | "dashboard.view"
  /** Read the audit log. */
  | "audit.view"
  /**
   * Export or erase a person's personal data (record = the person, as userId). Everyone may for
   * themselves; staff and admins process requests for people who cannot use the site. Without a
   * record: may this actor look people up to process others' requests.
   */
  | "privacy.request"
  /** See and retry the background job queue. */
  | "jobs.view"
  /**
   * Maintain the shipping tariff table of an origin kecamatan (record = the kecamatan, as
   * desaCode): the regency's staff, for the kecamatan of their regency.
   */
  | "shipping.tariffs";

export interface Actor {
  id: string;
  roles: { role: Role; regionCode: string | null }[];
}

export interface SellerRecord {
  ownerId: string | null;
  desaCode: string;
}

/** The person a personal-data request is about. */
export interface PersonRecord {
  userId: string;
}

const within = (code: string, region: string | null) =>
  region !== null && (code === region || code.startsWith(`${region}.`));

function hasRole(actor: Actor, role: Role, where?: (region: string | null) => boolean): boolean {
  return actor.roles.some((r) => r.role === role && (!where || where(r.regionCode)));
}

export function can(
  actor: Actor | null,
  action: Action,
  input?: SellerRecord | { desaCode: string } | PersonRecord,
): boolean {
  if (!actor) return false;
  if (hasRole(actor, "ADMIN")) return true;
  // Seller and region rules need a desa: a person record never stands in for one.
  const record = input && "desaCode" in input ? input : undefined;
  switch (action) {
    case "seller.apply":
      return true;
    case "seller.register":
      return !!record && hasRole(actor, "OPERATOR", (region) => region === record.desaCode);
    case "seller.manage":
    case "seller.identity":
    case "seller.bankShare":
      // The owner, and the operator who assists them (many owners have no smartphone).
      if (!record) return false;
      if ("ownerId" in record && record.ownerId === actor.id) return true;
      return hasRole(actor, "OPERATOR", (region) => region === record.desaCode);
    case "legality.view":
      return can(actor, "seller.manage", input) || can(actor, "seller.verify", input);
    case "seller.verify":
    case "verification.queue":
    case "payout.record":
    case "shipping.tariffs":
      return !!record && hasRole(actor, "STAFF", (region) => within(record.desaCode, region));
    case "training.manage":
    case "audit.view":
      return hasRole(actor, "STAFF");
    case "dashboard.view":
      if (!record) return false;
      return (
        hasRole(actor, "STAFF", (region) => within(record.desaCode, region)) ||
        hasRole(actor, "OPERATOR", (region) => region === record.desaCode)
      );
    case "training.attendance":
      if (!record) return false;
      return (
        hasRole(actor, "STAFF", (region) => within(record.desaCode, region)) ||
        hasRole(actor, "OPERATOR", (region) => region === record.desaCode)
      );
    case "training.checkin":
      // Presence is the participant's own word: nobody checks in for someone else's shop.
      return !!record && "ownerId" in record && record.ownerId === actor.id;
    case "privacy.request":
      // Operators are left out on purpose: they act for the sellers of one desa, not for buyers.
      if (input && "userId" in input && input.userId === actor.id) return true;
      return hasRole(actor, "STAFF");
    case "jobs.view":
      return false;
  }
}

/**
 * Whether the actor may do `action` on some record: on the records of a region they hold a role
 * in. Area pages and the navigation ask this; each record is still checked with `can`.
 */
export function canSomewhere(actor: Actor | null, action: Action): boolean {
  if (!actor) return false;
  if (can(actor, action)) return true;
  return actor.roles.some(
    (r) => r.regionCode !== null && can(actor, action, { desaCode: r.regionCode }),
  );
}

/**
 * The region someone works for, where their figures start: a staff member's regency, an
 * operator's desa (the widest first); null for those with no region.
 */
export function homeRegion(actor: Actor): string | null {
  const regions = actor.roles
    .map((r) => r.regionCode)
    .filter((code): code is string => !!code && can(actor, "dashboard.view", { desaCode: code }))
    .sort((a, b) => a.length - b.length);
  return regions[0] ?? null;
}

/** The desa an operator (pendamping desa) assists: where they may register sellers. */
export function assistedDesa(actor: Actor): string[] {
  return actor.roles
    .filter((r) => r.role === "OPERATOR" && r.regionCode)
    .map((r) => r.regionCode!)
    .filter((code) => can(actor, "seller.register", { desaCode: code }));
}

/**
 * The role someone acts in, for the audit log: the role that grants them `action` on the record,
 * the most specific first (the owner of the shop, then its desa's operator, staff, admin).
 */
export function actingRole(
  actor: Actor,
  action: Action,
  record?: SellerRecord | { desaCode: string } | PersonRecord,
): Role {
  if (record && "ownerId" in record && record.ownerId === actor.id) return "SELLER";
  for (const role of ["OPERATOR", "STAFF", "ADMIN"] as const) {
    const held = actor.roles.filter((r) => r.role === role);
    if (held.length > 0 && can({ id: actor.id, roles: held }, action, record)) return role;
  }
  return actor.roles[0]?.role ?? "BUYER";
}

/**
 * The regions whose sellers an actor may pay out in a batch (null = everywhere): the regions of
 * their roles where `payout.record` holds.
 */
export function payoutRegions(actor: Actor): string[] | null {
  if (hasRole(actor, "ADMIN")) return null;
  return actor.roles
    .map((r) => r.regionCode)
    .filter((code): code is string => !!code && can(actor, "payout.record", { desaCode: code }));
}

/** The regions whose verification queue an actor may see (null = everywhere). */
export function verificationRegions(actor: Actor): string[] | null {
  if (hasRole(actor, "ADMIN")) return null;
  return actor.roles.filter((r) => r.role === "STAFF" && r.regionCode).map((r) => r.regionCode!);
}
