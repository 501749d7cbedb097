/**
 * The personal-data export: everything the platform holds about one account, as plain data for
 * `data.json` and the CSV files of the download (personal-data-files.ts). Who may ask is checked
 * in personal-data.server.ts.
 *
 * Orders a shop received are not part of its owner's export: they hold the buyers' data, not the
 * owner's, and access must not disclose someone else's data. The shop's own pages show them.
 */
import type { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { IMAGE_URL_PREFIX } from "~/modules/images/image-url";
import { renderNotification } from "~/modules/notifications/templates";
import type { Db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/utils/i18n";
import type {
  ExportedAddress,
  ExportedCheckout,
  ExportedPayment,
  ExportedSeller,
  PersonalDataExport,
} from "./export-types";
import { authorizePrivacyRequest, iso, type PrivacyActor } from "./personal-data.server";
import { assessmentSelect } from "~/modules/literacy/assessments.server";
import { revealOwnerNik } from "~/modules/sellers/owner-identity.server";

export type * from "./export-types";

/**
 * A shop's "new order" news names the buyer: someone else's data, which an export must not
 * disclose, like the orders the shop received.
 */
function withoutOthers(kind: string, params: unknown, locale: Locale): Record<string, unknown> {
  const values = (params ?? {}) as Record<string, unknown>;
  if (kind !== "seller.orderNew") return values;
  return { ...values, buyer: locale === "en" ? "A buyer" : "Pembeli" };
}

const paymentSelect = {
  method: true,
  status: true,
  amount: true,
  createdAt: true,
  confirmedAt: true,
  proofImageKey: true,
  orderId: true,
} satisfies Prisma.PaymentSelect;

function toPayment(p: Prisma.PaymentGetPayload<{ select: typeof paymentSelect }>): ExportedPayment {
  return {
    method: p.method,
    status: p.status,
    amount: p.amount,
    createdAt: p.createdAt.toISOString(),
    confirmedAt: iso(p.confirmedAt),
    receipt: p.proofImageKey ? `${IMAGE_URL_PREFIX}/${p.proofImageKey}` : null,
  };
}

async function exportCheckouts(db: Db, userId: string): Promise<ExportedCheckout[]> {
  const groups = await db.orderGroup.findMany({
    where: { buyerId: userId },
    orderBy: { createdAt: "asc" },
    select: {
      code: true,
      createdAt: true,
      paymentMethod: true,
      total: true,
      buyerName: true,
      buyerPhone: true,
      address: true,
      desaCode: true,
      desa: { select: { name: true } },
      payments: { orderBy: { createdAt: "asc" }, select: paymentSelect },
      orders: {
        orderBy: { code: "asc" },
        select: {
          id: true,
          code: true,
          status: true,
          shippingMethod: true,
          shippingFee: true,
          subtotal: true,
          total: true,
          trackingNumber: true,
          cancelReason: true,
          createdAt: true,
          paidAt: true,
          completedAt: true,
          seller: { select: { businessName: true } },
          items: {
            orderBy: { id: "asc" },
            select: {
              productTitle: true,
              variantName: true,
              unitPrice: true,
              quantity: true,
              lineTotal: true,
            },
          },
          statusChanges: {
            orderBy: { createdAt: "asc" },
            select: { toStatus: true, createdAt: true, note: true },
          },
        },
      },
    },
  });
  return groups.map((g) => ({
    groupCode: g.code,
    placedAt: g.createdAt.toISOString(),
    paymentMethod: g.paymentMethod,
    total: g.total,
    recipient: {
      name: g.buyerName,
      phone: g.buyerPhone,
      address: g.address,
      desaCode: g.desaCode,
      desa: g.desa?.name ?? null,
    },
    payments: g.payments.filter((p) => p.orderId === null).map(toPayment),
    orders: g.orders.map((o) => ({
      code: o.code,
      shop: o.seller.businessName,
      status: o.status,
      shippingMethod: o.shippingMethod,
      shippingFee: o.shippingFee,
      subtotal: o.subtotal,
      total: o.total,
      trackingNumber: o.trackingNumber,
      cancelReason: o.cancelReason,
      createdAt: o.createdAt.toISOString(),
      paidAt: iso(o.paidAt),
      completedAt: iso(o.completedAt),
      items: o.items.map((i) => ({
        product: i.productTitle,
        variant: i.variantName,
        unitPrice: i.unitPrice,
        quantity: i.quantity,
        lineTotal: i.lineTotal,
      })),
      payments: g.payments.filter((p) => p.orderId === o.id).map(toPayment),
      timeline: o.statusChanges.map((c) => ({
        status: c.toStatus,
        at: c.createdAt.toISOString(),
        note: c.note,
      })),
    })),
  }));
}

/** The distinct recipients and addresses of the checkouts, oldest first. */
function distinctAddresses(checkouts: ExportedCheckout[]): ExportedAddress[] {
  const byKey = new Map<string, ExportedAddress>();
  for (const c of checkouts) {
    const r = c.recipient;
    const key = JSON.stringify([r.name, r.phone, r.address, r.desaCode]);
    const seen = byKey.get(key);
    if (seen) {
      seen.lastUsedAt = c.placedAt;
      seen.checkouts += 1;
    } else {
      byKey.set(key, { ...r, firstUsedAt: c.placedAt, lastUsedAt: c.placedAt, checkouts: 1 });
    }
  }
  return [...byKey.values()];
}

async function exportSellers(db: Db, userId: string): Promise<ExportedSeller[]> {
  const sellers = await db.seller.findMany({
    where: { ownerId: userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      slug: true,
      businessName: true,
      ownerName: true,
      desaCode: true,
      desa: { select: { name: true } },
      address: true,
      sector: true,
      whatsapp: true,
      description: true,
      foundedYear: true,
      verificationStatus: true,
      verifiedAt: true,
      sizeClass: true,
      bankName: true,
      bankAccountNumber: true,
      bankAccountName: true,
      localDeliveryFee: true,
      createdAt: true,
      taxpayerType: true,
      pphFinalSinceYear: true,
      debts: {
        orderBy: [{ incurredOn: "asc" }, { createdAt: "asc" }],
        select: {
          direction: true,
          partyName: true,
          partyPhone: true,
          category: true,
          amount: true,
          paidAmount: true,
          incurredOn: true,
          dueOn: true,
          note: true,
          remind: true,
          settledAt: true,
          payments: { orderBy: { paidOn: "asc" }, select: { paidOn: true, amount: true } },
        },
      },
      legalities: {
        orderBy: { type: "asc" },
        select: {
          type: true,
          number: true,
          status: true,
          reviewedAt: true,
          note: true,
          issuedAt: true,
          expiresAt: true,
          documentKey: true,
        },
      },
      cashbookEntries: {
        orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
        select: {
          occurredOn: true,
          kind: true,
          category: true,
          amount: true,
          note: true,
          createdAt: true,
          order: { select: { code: true } },
        },
      },
      literacyAssessments: {
        orderBy: { assessedAt: "asc" },
        select: { ...assessmentSelect, instrumentVersion: true, answers: true },
      },
      attendances: {
        orderBy: { session: { startsAt: "asc" } },
        select: {
          status: true,
          preScore: true,
          postScore: true,
          certificateNumber: true,
          certificateIssuedAt: true,
          session: {
            select: {
              startsAt: true,
              venue: true,
              trainer: true,
              desa: { select: { name: true } },
              programme: { select: { title: true, topic: true, organiser: true } },
            },
          },
        },
      },
    },
  });
  const niks = await Promise.all(sellers.map((s) => revealOwnerNik(db, s.id)));
  return sellers.map(
    ({ desa, cashbookEntries, literacyAssessments, attendances, debts, ...s }, i) => ({
      ...s,
      ownerNik: niks[i] ?? null,
      desa: desa.name,
      debts: debts.map(({ amount, paidAmount, payments, ...d }) => ({
        ...d,
        amount: Number(amount),
        paid: Number(paidAmount),
        incurredOn: d.incurredOn.toISOString(),
        dueOn: iso(d.dueOn),
        settledAt: iso(d.settledAt),
        payments: payments.map((p) => ({
          paidOn: p.paidOn.toISOString(),
          amount: Number(p.amount),
        })),
      })),
      verifiedAt: iso(s.verifiedAt),
      createdAt: s.createdAt.toISOString(),
      legalities: s.legalities.map(({ documentKey, ...l }) => ({
        ...l,
        reviewedAt: iso(l.reviewedAt),
        issuedAt: iso(l.issuedAt),
        expiresAt: iso(l.expiresAt),
        hasScan: documentKey !== null,
      })),
      cashbook: cashbookEntries.map(({ order, ...e }) => ({
        ...e,
        occurredOn: e.occurredOn.toISOString(),
        // BigInt in the database (a KUR loan can pass 2^31); far below 2^53 by validation.
        amount: Number(e.amount),
        orderCode: order?.code ?? null,
        createdAt: e.createdAt.toISOString(),
      })),
      literacyAssessments: literacyAssessments.map((a) => ({
        ...a,
        assessedAt: a.assessedAt.toISOString(),
      })),
      training: attendances.map(({ session, ...a }) => ({
        programme: session.programme.title,
        topic: session.programme.topic,
        organiser: session.programme.organiser,
        startsAt: session.startsAt.toISOString(),
        venue: session.venue,
        desa: session.desa.name,
        trainer: session.trainer,
        ...a,
        certificateIssuedAt: iso(a.certificateIssuedAt),
      })),
    }),
  );
}

/**
 * Everything the platform holds about one account, as plain data. A request by someone other
 * than the person (staff helping at the desk) is checked with `can` and written to the audit
 * log with its reason; the person's own export is not audited, like any other self-service.
 */
export async function exportPersonalData(
  db: Db,
  input: { userId: string; actor?: PrivacyActor; reason?: string | null; now?: Date },
): Promise<PersonalDataExport> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: {
      id: true,
      name: true,
      phone: true,
      email: true,
      locale: true,
      createdAt: true,
      disabledAt: true,
      notifyWhatsapp: true,
      notifyEmail: true,
      roles: {
        orderBy: { createdAt: "asc" },
        select: { role: true, regionCode: true, createdAt: true },
      },
    },
  });
  if (!user) throw new DomainError("NOT_FOUND", "Akun tidak ditemukan");
  const request = input.actor
    ? await authorizePrivacyRequest(db, { subject: user, actor: input.actor, reason: input.reason })
    : null;

  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const [sessions, checkouts, reviews, notifications, sellers, requests] = await Promise.all([
    db.session.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
      select: {
        createdAt: true,
        lastSeenAt: true,
        expiresAt: true,
        revokedAt: true,
        ip: true,
        userAgent: true,
      },
    }),
    exportCheckouts(db, user.id),
    db.review.findMany({
      where: { buyerId: user.id },
      orderBy: { createdAt: "asc" },
      select: {
        rating: true,
        body: true,
        createdAt: true,
        orderItem: {
          select: { productTitle: true, variantName: true, order: { select: { code: true } } },
        },
      },
    }),
    db.notification.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
      select: { kind: true, params: true, link: true, readAt: true, createdAt: true },
    }),
    exportSellers(db, user.id),
    db.auditLog.findMany({
      where: { entityType: "User", entityId: user.id, action: { startsWith: "privacy." } },
      orderBy: { createdAt: "asc" },
      select: { action: true, createdAt: true, actorId: true },
    }),
  ]);

  const exported: PersonalDataExport = {
    generatedAt: (input.now ?? new Date()).toISOString(),
    account: {
      id: user.id,
      name: user.name,
      phone: user.phone,
      email: user.email,
      locale: user.locale,
      createdAt: user.createdAt.toISOString(),
      disabledAt: iso(user.disabledAt),
      roles: user.roles.map((r) => ({
        role: r.role,
        regionCode: r.regionCode,
        since: r.createdAt.toISOString(),
      })),
      notifyWhatsapp: user.notifyWhatsapp,
      notifyEmail: user.notifyEmail,
    },
    sessions: sessions.map((s) => ({
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      revokedAt: iso(s.revokedAt),
      ip: s.ip,
      userAgent: s.userAgent,
    })),
    orders: checkouts,
    addresses: distinctAddresses(checkouts),
    reviews: reviews.map((r) => ({
      orderCode: r.orderItem.order.code,
      product: r.orderItem.productTitle,
      variant: r.orderItem.variantName,
      rating: r.rating,
      body: r.body,
      createdAt: r.createdAt.toISOString(),
    })),
    notifications: notifications.map((n) => ({
      createdAt: n.createdAt.toISOString(),
      readAt: iso(n.readAt),
      kind: n.kind,
      ...renderNotification(n.kind, withoutOthers(n.kind, n.params, locale), locale),
      link: n.link,
    })),
    sellers,
    privacyRequests: requests.map((r) => ({
      action: r.action,
      at: r.createdAt.toISOString(),
      onBehalf: r.actorId !== user.id,
    })),
  };

  if (request?.onBehalf) {
    await recordAudit(db, {
      actorId: input.actor!.userId,
      actorRole: request.actorRole,
      action: "privacy.export",
      entityType: "User",
      entityId: user.id,
      data: { reason: request.reason },
      ip: input.actor!.ip ?? null,
    });
  }
  return exported;
}
