/**
 * The shipping labels of a shop's orders, ready for `renderShippingLabels`: sender and receiver
 * with their full region, what is inside, the billable weight, and the cash the courier collects.
 * One order, or every order waiting to go out, so the operator at the balai desa prints a batch.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { ShippingMethod } from "~/generated/prisma/enums";
import { packParcel } from "~/modules/shipping/checkout-quotes";
import type { LabelParty, ShippingLabel } from "~/modules/shipping/label.server";
import { TARIFF_SERVICE_LABELS } from "~/modules/shipping/tariff-provider.server";
import { billableWeightGrams, type ShippingService } from "~/modules/shipping/tariff";
import { formatIndonesianPhone } from "~/modules/auth/phone";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { LABEL_STATUSES, LABELLED_METHODS } from "./shipment-actions";
import {
  codPaymentArgs,
  parcelItem,
  parcelItemsArgs,
  parcelParties,
  parcelPartiesSelect,
  type ParcelParty,
} from "./order-shipments.server";

/** At most this many labels in one file (a morning's parcels at a balai desa). */
export const MAX_LABELS = 100;

const labelSelect = {
  id: true,
  code: true,
  createdAt: true,
  shippingMethod: true,
  shippingService: true,
  ...parcelPartiesSelect,
  items: parcelItemsArgs,
  shipment: { select: { courier: true, service: true, waybill: true } },
  payments: codPaymentArgs,
} satisfies Prisma.OrderSelect;
type LabelRow = Prisma.OrderGetPayload<{ select: typeof labelSelect }>;

const METHOD_LABELS: Record<ShippingMethod, string> = {
  COURIER: "Kurir",
  LOCAL_DELIVERY: "Antar lokal oleh penjual",
  PICKUP_SELLER: "Ambil di penjual",
  PICKUP_BALAI_DESA: "Ambil di balai desa",
};

function serviceName(service: string | null): string | null {
  if (!service) return null;
  return TARIFF_SERVICE_LABELS[service as ShippingService] ?? service.replaceAll("_", " ");
}

function toLabel(row: LabelRow, codAmount: number): ShippingLabel {
  const { sender, receiver, note } = parcelParties(row);
  const service = serviceName(row.shipment?.service ?? row.shippingService);
  const labelParty = (party: ParcelParty): LabelParty => ({
    name: party.name,
    phone: party.phone ? formatIndonesianPhone(party.phone) : "",
    address: party.address,
    regionLine: party.place,
    postalCode: party.postalCode,
  });
  const items = row.items.map(parcelItem);
  const parcel = packParcel(items.map((i) => i.packable));
  return {
    orderCode: row.code,
    createdAt: row.createdAt,
    sender: labelParty(sender),
    receiver: labelParty(receiver),
    items: items.map((i) => ({ name: i.name, quantity: i.quantity })),
    weightGrams: billableWeightGrams([parcel]),
    codAmount,
    courier: row.shipment
      ? {
          name: row.shipment.courier.toUpperCase(),
          service: serviceName(row.shipment.service) ?? "",
          waybill: row.shipment.waybill,
        }
      : undefined,
    shippingMethodLabel: [METHOD_LABELS[row.shippingMethod], service].filter(Boolean).join(" "),
    note,
  };
}

/**
 * Labels of the shop's orders named by code, or, without codes, of every packed order that
 * travels (the "print all" of the morning). An order that cannot be labelled is refused by name.
 */
export async function getShippingLabels(
  db: Db,
  input: { sellerId: string; orderCodes?: readonly string[] },
): Promise<ShippingLabel[]> {
  const codes = input.orderCodes && input.orderCodes.length > 0 ? input.orderCodes : null;
  const rows = await db.order.findMany({
    where: codes
      ? { sellerId: input.sellerId, code: { in: [...codes] } }
      : {
          sellerId: input.sellerId,
          status: "PACKED",
          shippingMethod: { in: [...LABELLED_METHODS] },
        },
    orderBy: { createdAt: "asc" },
    take: MAX_LABELS,
    select: { ...labelSelect, status: true },
  });
  if (codes) {
    const missing = codes.find((code) => !rows.some((r) => r.code === code));
    if (missing) throw new DomainError("NOT_FOUND", "Pesanan tidak ditemukan");
    const refused = rows.find(
      (r) => !LABEL_STATUSES.includes(r.status) || !LABELLED_METHODS.includes(r.shippingMethod),
    );
    if (refused) {
      throw new DomainError("CONFLICT", `Pesanan ${refused.code} tidak perlu label pengiriman`);
    }
  }
  if (rows.length === 0) throw new DomainError("NOT_FOUND", "Belum ada pesanan yang siap dikirim");
  return rows.map((row) => toLabel(row, row.payments[0]?.amount ?? 0));
}
