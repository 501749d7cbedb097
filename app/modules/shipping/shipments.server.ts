/**
 * An order's parcel with a courier and its tracking timeline. A shipment starts when the seller
 * types a waybill or books a pickup through the provider; each courier report (webhook, a manual
 * update) becomes an event. Reports arrive twice and out of order: an event is kept once per
 * report, and the shipment's status only moves forward along the journey (between reports of
 * equal progress, to the later one).
 * The order rules (what delivery means for the order) live with the orders; this module only
 * answers what changed.
 */
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { CodCollector, ShipmentStatus } from "~/generated/prisma/enums";
import type { DbOrTx } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { isUniqueViolation, lockRow } from "~/utils/sql.server";
import type { ShippingTrackingStatus } from "./provider";
import { MANUAL_TRACKING_STATUSES, SHIPMENT_LIMITS } from "./shipment-traits";

type Tx = Prisma.TransactionClient;

/** Progress along a parcel's journey: a report never moves a shipment back to less of it. */
const PROGRESS: Readonly<Record<ShipmentStatus, number>> = {
  CONFIRMED: 0,
  ALLOCATED: 1,
  PICKING_UP: 2,
  PICKED_UP: 3,
  IN_TRANSIT: 4,
  ON_HOLD: 4,
  OUT_FOR_DELIVERY: 5,
  DELIVERED: 6,
  RETURNED: 6,
  CANCELLED: 6,
};

/** The key of the step that starts a cancelled shipment over (a new booking or waybill). */
const RESTART_KEY = "restart@";

/**
 * Newest first along the journey, for a timeline (reports may lack the courier's own time). A
 * shipment started over after a cancelled pickup lists its new journey above the old one, each
 * in journey order.
 */
export function journeyOrder<
  T extends { status: ShipmentStatus; at: Date | string; dedupKey?: string | null },
>(events: readonly T[]): T[] {
  const time = (e: T) => new Date(e.at).getTime();
  const restarts = events.filter((e) => e.dedupKey?.startsWith(RESTART_KEY)).map(time);
  const attempt = (e: T) => restarts.filter((at) => at <= time(e)).length;
  return [...events].sort(
    (a, b) =>
      attempt(b) - attempt(a) || PROGRESS[b.status] - PROGRESS[a.status] || time(b) - time(a),
  );
}

const waybillText = z
  .string({ error: "Isi nomor resi kurir" })
  .trim()
  .min(SHIPMENT_LIMITS.waybillMin, { error: "Nomor resi minimal 4 huruf" })
  .max(SHIPMENT_LIMITS.waybillMax, { error: "Nomor resi maksimal 60 huruf" })
  .regex(/^[A-Za-z0-9 -]+$/, { error: "Nomor resi hanya huruf, angka dan tanda -" });

/** The courier and waybill a seller types when shipping with a courier of their own choosing. */
export const ManualShipmentSchema = z.object({
  courier: z
    .string({ error: "Pilih kurir" })
    .trim()
    .min(2, { error: "Pilih kurir" })
    .max(SHIPMENT_LIMITS.courierMax, { error: "Nama kurir maksimal 40 huruf" }),
  trackingNumber: waybillText,
});
export type ManualShipment = z.infer<typeof ManualShipmentSchema>;

/** A tracking update typed by the seller (or operator) for a parcel without a provider. */
export const ManualTrackingSchema = z.object({
  status: z.enum(MANUAL_TRACKING_STATUSES, { error: "Pilih status kiriman" }),
  note: z
    .string()
    .trim()
    .max(SHIPMENT_LIMITS.noteMax, { error: "Catatan maksimal 200 huruf" })
    .optional()
    .transform((v) => v ?? ""),
});

export interface NewShipment {
  orderId: string;
  provider: string;
  providerOrderId?: string | null;
  courier: string;
  service?: string | null;
  waybill?: string | null;
  status: ShipmentStatus;
  codAmount: number;
  codCollector: CodCollector | null;
  price?: number | null;
  at: Date;
  note: string;
  source: string;
}

/** What a shipment's columns say when its journey starts: opened, or started over. */
function journeyStart(input: Omit<NewShipment, "orderId">) {
  return {
    provider: input.provider,
    providerOrderId: input.providerOrderId ?? null,
    courier: input.courier,
    service: input.service ?? null,
    waybill: input.waybill ?? null,
    status: input.status,
    statusAt: input.at,
    deliveredAt: input.status === "DELIVERED" ? input.at : null,
    codAmount: input.codAmount,
    codCollector: input.codAmount > 0 ? input.codCollector : null,
    price: input.price ?? null,
  };
}

/** Opens an order's shipment with its first event; an order has at most one. */
export async function createShipment(tx: Tx, input: NewShipment): Promise<{ id: string }> {
  const existing = await tx.shipment.findUnique({
    where: { orderId: input.orderId },
    select: { id: true },
  });
  const taken = () => new DomainError("CONFLICT", "Pesanan ini sudah punya pengiriman");
  if (existing) throw taken();
  // Two clicks at once: the unique order id lets one through (PostgreSQL reads side by side).
  const created = tx.shipment.create({
    data: {
      orderId: input.orderId,
      ...journeyStart(input),
      events: {
        create: {
          status: input.status,
          at: input.at,
          note: input.note,
          source: input.source,
          dedupKey: dedupKey(input.status, input.at),
        },
      },
    },
    select: { id: true },
  });
  return created.catch((error: unknown) => {
    throw isUniqueViolation(error) ? taken() : error;
  });
}

/**
 * Starts a shipment the courier cancelled (no courier found, pickup rejected) over: the same row
 * takes the new waybill or booking, and its timeline keeps what happened before. Only from
 * CANCELLED, so two attempts at once start it over once; false when it was not cancelled.
 */
export async function restartShipment(
  tx: Tx,
  shipmentId: string,
  input: Omit<NewShipment, "orderId">,
): Promise<boolean> {
  const { count } = await tx.shipment.updateMany({
    where: { id: shipmentId, status: "CANCELLED" },
    data: { ...journeyStart(input), codSettledAt: null, trackedAt: null },
  });
  if (count !== 1) return false;
  await tx.shipmentEvent.create({
    data: {
      shipmentId,
      status: input.status,
      at: input.at,
      note: input.note,
      source: input.source,
      dedupKey: `${RESTART_KEY}${input.at.toISOString()}`,
    },
  });
  return true;
}

export interface TrackingReport {
  status: ShippingTrackingStatus;
  at: Date;
  note: string;
  source: "manual" | "webhook" | "track";
  /** The provider's own event id, when it has one; else status and moment identify a report. */
  key?: string;
}

export interface TrackingOutcome {
  /** false when the report was a replay (already on the timeline). */
  recorded: boolean;
  /** The shipment now shows this report's status. */
  moved: boolean;
  /** This report is the first that says the parcel was delivered. */
  firstDelivery: boolean;
  /** This report is the first that says the parcel came back to the sender. */
  firstReturn: boolean;
  /** This report cancelled the shipment (it was not cancelled before). */
  cancelled: boolean;
}

function dedupKey(status: ShipmentStatus, at: Date, key?: string): string {
  return key ? `id:${key}` : `${status}@${at.toISOString()}`;
}

/**
 * Puts one courier report on a shipment's timeline, once, and moves the shipment's status when
 * the report is newer than what it shows (at the same moment, only forward). Runs in the caller's
 * transaction; on PostgreSQL the shipment row is locked first, so concurrent replays queue.
 */
export async function recordTracking(
  tx: Tx,
  shipmentId: string,
  report: TrackingReport,
): Promise<TrackingOutcome> {
  const none = {
    recorded: false,
    moved: false,
    firstDelivery: false,
    firstReturn: false,
    cancelled: false,
  };
  await lockRow(tx, "Shipment", shipmentId);
  const shipment = await tx.shipment.findUnique({
    where: { id: shipmentId },
    select: { status: true, statusAt: true, deliveredAt: true },
  });
  if (!shipment) return none;
  const key = dedupKey(report.status, report.at, report.key);
  const seen = await tx.shipmentEvent.findUnique({
    where: { shipmentId_dedupKey: { shipmentId, dedupKey: key } },
    select: { id: true },
  });
  if (seen) return none;
  await tx.shipmentEvent.create({
    data: {
      shipmentId,
      status: report.status,
      at: report.at,
      note: report.note.slice(0, 300),
      source: report.source,
      dedupKey: key,
    },
  });
  // Progress first: a parcel does not travel backwards, and a provider's report may carry only
  // the moment it was received. Between reports of equal progress the later one wins.
  const ahead = PROGRESS[report.status] - PROGRESS[shipment.status];
  const moved = ahead > 0 || (ahead === 0 && report.at.getTime() >= shipment.statusAt.getTime());
  const firstDelivery = report.status === "DELIVERED" && shipment.deliveredAt === null;
  const returned = await tx.shipmentEvent.count({ where: { shipmentId, status: "RETURNED" } });
  if (moved || firstDelivery) {
    await tx.shipment.update({
      where: { id: shipmentId },
      data: {
        ...(moved ? { status: report.status, statusAt: report.at } : {}),
        ...(firstDelivery ? { deliveredAt: report.at } : {}),
      },
    });
  }
  return {
    recorded: true,
    moved,
    firstDelivery,
    firstReturn: report.status === "RETURNED" && returned === 1,
    cancelled: moved && report.status === "CANCELLED" && shipment.status !== "CANCELLED",
  };
}

/** A provider's later word on a booked shipment: the waybill once the courier assigns one. */
export async function setShipmentWaybill(
  tx: Tx,
  shipmentId: string,
  waybill: string,
): Promise<boolean> {
  const { count } = await tx.shipment.updateMany({
    where: { id: shipmentId, OR: [{ waybill: null }, { waybill: { not: waybill } }] },
    data: { waybill },
  });
  return count === 1;
}

export const shipmentView = {
  id: true,
  provider: true,
  courier: true,
  service: true,
  waybill: true,
  status: true,
  statusAt: true,
  deliveredAt: true,
  codAmount: true,
  codCollector: true,
  codSettledAt: true,
  price: true,
  events: {
    orderBy: [{ at: "desc" }, { createdAt: "desc" }],
    select: { id: true, status: true, at: true, note: true, source: true, dedupKey: true },
  },
} satisfies Prisma.ShipmentSelect;
export type ShipmentView = Prisma.ShipmentGetPayload<{ select: typeof shipmentView }>;

/** The shipment a provider's report names: by its order id, else by courier and waybill. */
export async function findProviderShipment(
  db: DbOrTx,
  input: { provider: string; providerOrderId?: string | null; waybill?: string | null },
): Promise<{ id: string; orderId: string } | null> {
  if (input.providerOrderId) {
    const byId = await db.shipment.findUnique({
      where: { providerOrderId: input.providerOrderId },
      select: { id: true, orderId: true, provider: true },
    });
    if (byId && byId.provider === input.provider) return byId;
  }
  if (input.waybill) {
    return db.shipment.findFirst({
      where: { provider: input.provider, waybill: input.waybill },
      select: { id: true, orderId: true },
    });
  }
  return null;
}
