/**
 * Every dashboard figure against an independent count: the expectations below are written as
 * separate SQL (correlated subqueries rather than the module's joins and groupings), for two
 * regions and two periods.
 */
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { OrderStatus } from "~/generated/prisma/enums";
import { dashboardOverview, regionTable } from "~/modules/reports/dashboard.server";
import { db } from "~/utils/db.server";
import { sqlTimestamp } from "~/utils/sql.server";
import { createCategory, createProduct, createSeller, createUser } from "../factories";

const KEMIREN = "35.10.15.2004";
const OLEHSARI = "35.10.15.2005";
const KAMPUNGMANDAR = "35.10.16.1013"; // Kampungmandar, Kec. Banyuwangi
const periods = [
  { name: "2026 Q1", from: new Date("2025-12-31T17:00:00Z"), to: new Date("2026-03-31T17:00:00Z") },
  {
    name: "2026 Jan–Nov",
    from: new Date("2025-12-31T17:00:00Z"),
    to: new Date("2026-11-30T17:00:00Z"),
  },
];
const regions = ["35.10", "35.10.15"];

beforeAll(async () => {
  const penganjuran = await db.region.findUnique({ where: { code: KAMPUNGMANDAR } });
  expect(penganjuran).not.toBeNull();
  const category = await createCategory(db);
  const other = await createCategory(db);
  const buyer = await createUser(db);
  const staff = await createUser(db);
  const programme = await db.trainingProgramme.create({
    data: {
      title: "Foto produk",
      topic: "PRODUCT_PHOTO",
      organiser: "Dinas",
      createdById: staff.id,
    },
  });
  const desas = [KEMIREN, KEMIREN, OLEHSARI, KAMPUNGMANDAR, KAMPUNGMANDAR];
  const statuses: OrderStatus[] = ["COMPLETED", "CANCELLED", "PAID", "COD_PENDING", "REFUNDED"];
  for (const [i, desaCode] of desas.entries()) {
    const seller = await createSeller(db, {
      desaCode,
      verificationStatus: i === 4 ? "PENDING" : "VERIFIED",
      createdAt: new Date("2025-06-01T00:00:00Z"),
      legalities: [
        { type: "NIB", verified: i % 2 === 0 },
        { type: "HALAL", verified: i === 0 },
        { type: "PIRT", verified: i < 3 },
      ],
    });
    const product = await createProduct(db, {
      sellerId: seller.id,
      categoryId: i % 2 ? other.id : category.id,
    });
    const variant = await db.productVariant.findFirstOrThrow({ where: { productId: product.id } });
    // Orders across months; seller 2 (index 1) never sells in the period.
    for (let m = 0; m < (i === 1 ? 0 : 6); m++) {
      const createdAt = new Date(Date.UTC(2026, m * 2, 10 + i));
      const code = `PK-T${crypto.randomBytes(4).toString("hex")}`;
      const total = 10_000 * (i + 1) + m * 1_000;
      await db.orderGroup.create({
        data: {
          code,
          buyerId: buyer.id,
          buyerName: "B",
          buyerPhone: "+6281200000009",
          address: "Alamat uji lengkap",
          paymentMethod: "COD",
          total,
          createdAt,
          orders: {
            create: {
              code: `${code}-1`,
              sellerId: seller.id,
              status: statuses[(i + m) % statuses.length]!,
              shippingMethod: "PICKUP_SELLER",
              subtotal: total,
              total,
              createdAt,
              items: {
                create: {
                  productId: product.id,
                  variantId: variant.id,
                  productTitle: product.title,
                  variantName: variant.name,
                  unitPrice: total,
                  quantity: 1,
                  lineTotal: total,
                },
              },
            },
          },
        },
      });
    }
    const session = await db.trainingSession.create({
      data: {
        programmeId: programme.id,
        startsAt: new Date(Date.UTC(2026, i * 2, 5)),
        desaCode,
        venue: "Balai desa",
        trainer: "Pelatih",
        capacity: 30,
      },
    });
    await db.trainingAttendance.create({
      data: {
        sessionId: session.id,
        sellerId: seller.id,
        status: i === 3 ? "ABSENT" : "ATTENDED",
        preScore: 40 + i * 5,
        postScore: 70 + i * 3,
      },
    });
    for (const [k, month] of [1, 6].entries()) {
      await db.literacyAssessment.create({
        data: {
          sellerId: seller.id,
          instrumentVersion: "PK-LIT-1",
          answers: {},
          knowledgeScore: 50,
          skillScore: 50,
          confidenceScore: 50,
          attitudeScore: 50,
          behaviourScore: 50,
          totalScore: 50,
          stratum: k === 0 ? "LESS_LITERATE" : i % 2 ? "WELL_LITERATE" : "SUFFICIENT_LITERATE",
          hasBankAccount: k === 1,
          usesEwallet: i % 2 === 0,
          hasSavings: true,
          hasCredit: false,
          hasKur: i === 0,
          hasInsurance: false,
          assessedAt: new Date(Date.UTC(2026, month, 3)),
        },
      });
    }
    if (i < 3) {
      await db.sizeClassChange.create({
        data: {
          sellerId: seller.id,
          fromClass: "MIKRO",
          toClass: "KECIL",
          annualSales: 2_100_000_000n,
          changedAt: new Date(Date.UTC(2026, i * 3, 1)),
        },
      });
    }
  }
});

const n = (v: unknown) => Number(v ?? 0);

async function independent(region: string, from: Date, to: Date) {
  const like = `${region}.%`;
  const f = sqlTimestamp(from);
  const t = sqlTimestamp(to);
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT COUNT(*) FROM "Seller" WHERE "desaCode" LIKE ${like} AND "createdAt" < ${t}) AS registered,
      (SELECT COUNT(*) FROM "Seller" WHERE "desaCode" LIKE ${like} AND "verificationStatus" = 'VERIFIED') AS verified,
      (SELECT COUNT(*) FROM "Seller" WHERE "desaCode" LIKE ${like} AND "verificationStatus" = 'PENDING') AS backlog,
      (SELECT COUNT(*) FROM "Seller" s WHERE s."desaCode" LIKE ${like} AND EXISTS (
         SELECT 1 FROM "Order" o WHERE o."sellerId" = s."id" AND o."createdAt" >= ${f}
           AND o."createdAt" < ${t} AND o."status" NOT IN ('CANCELLED', 'REFUNDED'))) AS active,
      (SELECT COUNT(*) FROM "Seller" s WHERE s."desaCode" LIKE ${like} AND s."verificationStatus" = 'VERIFIED'
         AND NOT EXISTS (SELECT 1 FROM "Order" o WHERE o."sellerId" = s."id" AND o."createdAt" >= ${f}
           AND o."createdAt" < ${t} AND o."status" NOT IN ('CANCELLED', 'REFUNDED'))) AS "zeroOrders",
      (SELECT COUNT(*) FROM "Order" o WHERE o."createdAt" >= ${f} AND o."createdAt" < ${t}
         AND o."status" NOT IN ('CANCELLED', 'REFUNDED')
         AND o."sellerId" IN (SELECT "id" FROM "Seller" WHERE "desaCode" LIKE ${like})) AS orders,
      (SELECT SUM(o."total") FROM "Order" o WHERE o."createdAt" >= ${f} AND o."createdAt" < ${t}
         AND o."status" NOT IN ('CANCELLED', 'REFUNDED')
         AND o."sellerId" IN (SELECT "id" FROM "Seller" WHERE "desaCode" LIKE ${like})) AS gmv,
      (SELECT COUNT(*) FROM "Seller" s WHERE s."desaCode" LIKE ${like} AND EXISTS (
         SELECT 1 FROM "TrainingAttendance" a JOIN "TrainingSession" ts ON ts."id" = a."sessionId"
         WHERE a."sellerId" = s."id" AND a."status" = 'ATTENDED'
           AND ts."startsAt" >= ${f} AND ts."startsAt" < ${t})) AS trained,
      (SELECT COUNT(*) FROM "SellerLegality" l WHERE l."type" = 'NIB' AND l."status" = 'VERIFIED'
         AND l."sellerId" IN (SELECT "id" FROM "Seller" WHERE "desaCode" LIKE ${like})) AS nib,
      (SELECT COUNT(*) FROM "SellerLegality" l WHERE l."type" = 'HALAL' AND l."status" = 'VERIFIED'
         AND l."sellerId" IN (SELECT "id" FROM "Seller" WHERE "desaCode" LIKE ${like})) AS halal,
      (SELECT COUNT(*) FROM "SellerLegality" l WHERE l."type" = 'PIRT' AND l."status" = 'VERIFIED'
         AND l."sellerId" IN (SELECT "id" FROM "Seller" WHERE "desaCode" LIKE ${like})) AS pirt,
      (SELECT COUNT(*) FROM "SizeClassChange" c WHERE c."changedAt" >= ${f} AND c."changedAt" < ${t}
         AND c."sellerId" IN (SELECT "id" FROM "Seller" WHERE "desaCode" LIKE ${like})) AS "naikKelas"`;
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, n(v)])) as Record<
    | "registered"
    | "verified"
    | "backlog"
    | "active"
    | "zeroOrders"
    | "orders"
    | "gmv"
    | "trained"
    | "nib"
    | "halal"
    | "pirt"
    | "naikKelas",
    number
  >;
}

describe.each(regions)("dashboard for %s", (region) => {
  it.each(periods)("matches independent counts for $name", async ({ from, to }) => {
    const expected = await independent(region, from, to);
    const overview = await dashboardOverview(db, { regionCode: region, from, to });
    expect(overview.sellers).toEqual({
      registered: expected.registered,
      verified: expected.verified,
      active: expected.active,
      zeroOrders: expected.zeroOrders,
      backlog: expected.backlog,
    });
    expect(overview.sales.orders).toBe(expected.orders);
    expect(overview.sales.gmv).toBe(expected.gmv);
    expect(overview.monthly.reduce((s, m) => s + m.gmv, 0)).toBe(expected.gmv);
    expect(overview.monthly.reduce((s, m) => s + m.orders, 0)).toBe(expected.orders);
    for (const month of overview.monthly) {
      const start = new Date(`${month.month}-01T00:00:00+07:00`);
      const end = new Date(start);
      end.setUTCMonth(end.getUTCMonth() + 1);
      const inMonth = await independent(region, start < from ? from : start, end > to ? to : end);
      expect([month.month, month.orders, month.gmv]).toEqual([
        month.month,
        inMonth.orders,
        inMonth.gmv,
      ]);
    }
    expect(overview.topCategories.reduce((s, c) => s + c.gmv, 0)).toBe(expected.gmv);
    for (const category of overview.topCategories) {
      const [row] = await db.$queryRaw<{ gmv: unknown }[]>`
        SELECT SUM(oi."lineTotal") AS gmv FROM "OrderItem" oi
        WHERE oi."productId" IN (SELECT p."id" FROM "Product" p JOIN "Category" c ON c."id" = p."categoryId"
                                 WHERE c."nameId" = ${category.name})
          AND oi."orderId" IN (SELECT o."id" FROM "Order" o
            WHERE o."createdAt" >= ${sqlTimestamp(from)} AND o."createdAt" < ${sqlTimestamp(to)}
              AND o."status" NOT IN ('CANCELLED', 'REFUNDED')
              AND o."sellerId" IN (SELECT "id" FROM "Seller" WHERE "desaCode" LIKE ${`${region}.%`}))`;
      expect(category.gmv).toBe(n(row!.gmv));
    }
    expect(overview.training.trainedSellers).toBe(expected.trained);
    expect(overview.training.coveragePercent).toBe(
      Math.round((expected.trained / expected.registered) * 1000) / 10,
    );
    expect(overview.legality).toMatchObject({
      nib: expected.nib,
      pirt: expected.pirt,
      halal: expected.halal,
      percent: {
        nib: Math.round((expected.nib / expected.registered) * 1000) / 10,
        pirt: Math.round((expected.pirt / expected.registered) * 1000) / 10,
        halal: Math.round((expected.halal / expected.registered) * 1000) / 10,
      },
    });
    expect(overview.sizeClass.up).toBe(expected.naikKelas);
  });
});

describe("kecamatan and desa tables", () => {
  it("break the regency's figures down by kecamatan and add up to them", async () => {
    for (const { from, to } of periods) {
      const rows = await regionTable(db, { regionCode: "35.10", from, to });
      expect(rows).toHaveLength(25);
      const total = await independent("35.10", from, to);
      const sum = (
        k: "registered" | "verified" | "active" | "orders" | "gmv" | "trained" | "nib",
      ) => rows.reduce((s, r) => s + r[k], 0);
      expect(sum("registered")).toBe(total.registered);
      expect(sum("verified")).toBe(total.verified);
      expect(sum("active")).toBe(total.active);
      expect(sum("orders")).toBe(total.orders);
      expect(sum("gmv")).toBe(total.gmv);
      expect(sum("trained")).toBe(total.trained);
      expect(sum("nib")).toBe(total.nib);
      const glagah = rows.find((r) => r.code === "35.10.15")!;
      const expected = await independent("35.10.15", from, to);
      expect([glagah.orders, glagah.gmv]).toEqual([expected.orders, expected.gmv]);
      const desa = await regionTable(db, { regionCode: "35.10.15", from, to });
      expect(desa.find((r) => r.code === KEMIREN)!.registered).toBe(2);
      expect(desa.find((r) => r.code === OLEHSARI)!.registered).toBe(1);
    }
  });

  it("shows literacy and inclusion as they stood at the start and at the end of the period", async () => {
    // Assessments were made on 3 February (all "less literate", no bank account) and 3 July.
    const juneToNov = { from: new Date("2026-05-31T17:00:00Z"), to: periods[1]!.to };
    for (const region of regions) {
      const overview = await dashboardOverview(db, { regionCode: region, ...juneToNov });
      const like = `${region}.%`;
      const snapshot = async (at: Date) => {
        const t = sqlTimestamp(at);
        const rows = await db.$queryRaw<{ stratum: string; c: unknown; bank: unknown }[]>`
          SELECT la."stratum" AS stratum, COUNT(*) AS c,
                 SUM(CASE WHEN la."hasBankAccount" THEN 1 ELSE 0 END) AS bank
          FROM "LiteracyAssessment" la
          WHERE la."sellerId" IN (SELECT "id" FROM "Seller" WHERE "desaCode" LIKE ${like})
            AND la."assessedAt" = (SELECT MAX(l2."assessedAt") FROM "LiteracyAssessment" l2
                                   WHERE l2."sellerId" = la."sellerId" AND l2."assessedAt" < ${t})
          GROUP BY la."stratum"`;
        return {
          assessed: rows.reduce((sum, r) => sum + n(r.c), 0),
          bank: rows.reduce((sum, r) => sum + n(r.bank), 0),
          strata: Object.fromEntries(rows.map((r) => [r.stratum, n(r.c)])),
        };
      };
      const start = await snapshot(juneToNov.from);
      const end = await snapshot(juneToNov.to);
      expect(start.assessed).toBeGreaterThan(0);
      expect(overview.literacy.start.assessed).toBe(start.assessed);
      expect(overview.literacy.end.assessed).toBe(end.assessed);
      expect(overview.literacy.start.strata).toMatchObject(start.strata);
      expect(overview.literacy.end.strata).toMatchObject(end.strata);
      expect(overview.literacy.start.inclusion.hasBankAccount).toBe(start.bank);
      expect(overview.literacy.end.inclusion.hasBankAccount).toBe(end.bank);
      // The change the district wants to see: from "less literate" to better, and banked.
      expect(overview.literacy.start.strata.LESS_LITERATE).toBe(start.assessed);
      expect(overview.literacy.end.strata.LESS_LITERATE).toBe(0);
      expect(overview.literacy.end.inclusion.hasBankAccount).toBe(end.assessed);
      const [inPeriod] = await db.$queryRaw<{ c: unknown }[]>`
        SELECT COUNT(DISTINCT "sellerId") AS c FROM "LiteracyAssessment"
        WHERE "assessedAt" >= ${sqlTimestamp(juneToNov.from)} AND "assessedAt" < ${sqlTimestamp(juneToNov.to)}
          AND "sellerId" IN (SELECT "id" FROM "Seller" WHERE "desaCode" LIKE ${like})`;
      expect(overview.literacy.assessedInPeriod).toBe(n(inPeriod!.c));
    }
  });
});

describe("the monthly sales summary behind the dashboard", () => {
  it("follows orders cancelled and placed after it was built, including a late commit", async () => {
    const period = periods[1]!;
    const scope = { regionCode: "35.10", ...period };
    const first = await dashboardOverview(db, scope);
    const before = await independent("35.10", period.from, period.to);
    expect(first.sales).toMatchObject({ orders: before.orders, gmv: before.gmv });

    const sold = await db.order.findFirstOrThrow({
      where: {
        status: "COMPLETED",
        createdAt: { gte: period.from, lt: period.to },
        seller: { desaCode: { startsWith: "35.10." } },
      },
      include: { items: true },
    });
    await db.order.update({ where: { id: sold.id }, data: { status: "CANCELLED" } });
    // A new March order stamped 30 s ago, as if its transaction had committed after the last
    // refresh began: the look-back must still find it.
    const item = sold.items[0]!;
    const code = `PK-L${crypto.randomBytes(4).toString("hex")}`;
    const createdAt = new Date("2026-03-15T03:00:00Z");
    await db.orderGroup.create({
      data: {
        code,
        buyerName: "B",
        buyerPhone: "+6281200000009",
        address: "Alamat uji lengkap",
        paymentMethod: "COD",
        total: 77_000,
        createdAt,
        orders: {
          create: {
            code: `${code}-1`,
            sellerId: sold.sellerId,
            status: "COD_PENDING",
            shippingMethod: "PICKUP_SELLER",
            subtotal: 77_000,
            total: 77_000,
            createdAt,
            updatedAt: new Date(Date.now() - 30_000),
            items: {
              create: {
                productId: item.productId,
                variantId: item.variantId,
                productTitle: item.productTitle,
                variantName: item.variantName,
                unitPrice: 77_000,
                quantity: 1,
                lineTotal: 77_000,
              },
            },
          },
        },
      },
    });

    const after = await independent("35.10", period.from, period.to);
    expect(after.orders).toBe(before.orders);
    expect(after.gmv).toBe(before.gmv - sold.total + 77_000);
    const overview = await dashboardOverview(db, scope);
    expect(overview.sales).toMatchObject({ orders: after.orders, gmv: after.gmv });
    expect(overview.sellers.active).toBe(after.active);
    expect(overview.monthly.find((m) => m.month === "2026-03")!.gmv).toBe(
      (
        await independent(
          "35.10",
          new Date("2026-02-28T17:00:00Z"),
          new Date("2026-03-31T17:00:00Z"),
        )
      ).gmv,
    );
    expect(overview.topCategories.reduce((s, c) => s + c.gmv, 0)).toBe(after.gmv);
    const rows = await regionTable(db, scope);
    expect(rows.reduce((s, r) => s + r.gmv, 0)).toBe(after.gmv);
  });
});
