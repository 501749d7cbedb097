import path from "node:path";
import { describe, expect, it } from "vitest";
import { LocalDiskStorage } from "~/modules/images/storage.server";
import { EmbeddedSearchEngine } from "~/modules/search/embedded.server";
import { rebuildSearchIndex } from "~/modules/search/indexer.server";
import { stratumFor } from "~/modules/literacy/scoring";
import { dashboardOverview } from "~/modules/reports/dashboard.server";
import { debtTotals } from "~/modules/growth/debts.server";
import { regionTrainingImpact } from "~/modules/reports/training-impact.server";
import { parsePeriod } from "~/modules/reports/period";
import { meetsCompletionRule } from "~/modules/training/training-window";
import { db } from "~/utils/db.server";
import { DEMO_ACCOUNTS, isSeeded, seedDatabase } from "../../prisma/seed/seed";
import fs from "node:fs";
import sharp from "sharp";

describe("demo seed", () => {
  it("fills a Banyuwangi-like catalog once, with a demo account per role", async () => {
    const storage = new LocalDiskStorage(process.env.IMAGE_DIR!);
    expect(await isSeeded(db)).toBe(false);
    const summary = await seedDatabase(db, storage, { now: new Date("2026-11-23T00:00:00Z") });
    expect(await isSeeded(db)).toBe(true);

    expect(summary.sellers).toBeGreaterThanOrEqual(150);
    expect(summary.products).toBeGreaterThanOrEqual(1_500);
    expect(
      await db.seller.count({ where: { verificationStatus: "VERIFIED" } }),
    ).toBeGreaterThanOrEqual(140);
    const desa = await db.seller.groupBy({ by: ["desaCode"] });
    expect(desa.length).toBeGreaterThan(80);
    expect(await db.productVariant.count({ where: { stock: { gt: 0 } } })).toBeGreaterThan(
      summary.products,
    );

    // Real Banyuwangi products, not lorem ipsum.
    const titles = (await db.product.findMany({ select: { title: true } }))
      .map((p) => p.title)
      .join(" ");
    for (const word of ["Kopi", "Batik", "Bagiak", "Madu"]) expect(titles).toContain(word);
    expect(titles.toLowerCase()).not.toContain("lorem");

    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUnique({
        where: { phone: account.phone },
        include: { roles: true },
      });
      expect(user?.roles.map((r) => r.role)).toContain(account.role);
    }
    const operator = await db.userRole.findFirst({ where: { role: "OPERATOR" } });
    expect(operator?.regionCode).toMatch(/^35\.10\.\d{2}\.\d{4}$/);

    // Every product has a photo on disk, without metadata.
    const image = await db.productImage.findFirst({ orderBy: { id: "asc" } });
    expect(image).not.toBeNull();
    const file = path.join(process.env.IMAGE_DIR!, `${image!.storageKey}-320.webp`);
    expect(fs.existsSync(file)).toBe(true);
    const meta = await sharp(file).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();
    expect(await db.product.count({ where: { images: { none: {} } } })).toBe(0);

    // Typo'd, misspelled and half-typed queries find the intended seeded products.
    const engine = new EmbeddedSearchEngine();
    const indexed = await rebuildSearchIndex(db, engine);
    expect(indexed).toBe(
      await db.product.count({
        where: { status: "ACTIVE", seller: { verificationStatus: "VERIFIED" } },
      }),
    );
    const top = async (text: string) =>
      (await engine.search({ q: text, sort: "relevance", page: 1, pageSize: 5 })).hits.map(
        (h) => h.title,
      );
    const cases: [string, RegExp][] = [
      ["batk gajah olin", /Batik .*Gajah Oling/],
      ["kripik pisang", /^Keripik Pisang/],
      ["bagak", /^Bagiak/],
      ["kopi osng", /Kopi .*Osing|Osing .*Kopi/],
      ["madu klanceg", /^Madu Klanceng/],
      ["pindng tongkol", /^Pindang Tongkol/],
      ["sale pisan", /^Sale Pisang/],
    ];
    for (const [query, expected] of cases) {
      const titles = await top(query);
      expect(titles.length, query).toBeGreaterThan(0);
      for (const title of titles.slice(0, 3)) expect(title, query).toMatch(expected);
    }

    await expectATrueYearOfHistory(summary.orders);
    await expectTrueBooks(new Date("2026-11-23T00:00:00Z"));
  }, 120_000);
});

/** The seeded year of orders, training and literacy obeys the rules the app itself enforces. */
async function expectATrueYearOfHistory(seededOrders: number) {
  expect(seededOrders).toBeGreaterThan(1_000);
  expect(await db.order.count()).toBe(seededOrders);
  // Totals add up, every order has its timeline ending in its status, and is finished.
  const orders = await db.order.findMany({
    include: {
      items: true,
      statusChanges: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      ledgerEntries: true,
      payments: true,
    },
  });
  for (const order of orders) {
    const lines = order.items.reduce((sum, i) => sum + i.unitPrice * i.quantity, 0);
    expect(order.subtotal, order.code).toBe(lines);
    expect(order.total, order.code).toBe(order.subtotal + order.shippingFee);
    expect(["COMPLETED", "CANCELLED"]).toContain(order.status);
    expect(order.statusChanges[0]!.fromStatus).toBeNull();
    expect(order.statusChanges.at(-1)!.toStatus).toBe(order.status);
    for (const [i, change] of order.statusChanges.entries()) {
      if (i > 0) expect(change.fromStatus).toBe(order.statusChanges[i - 1]!.toStatus);
    }
    expect(order.payments).toHaveLength(1);
    // A completed order paid to the seller nets to zero on their balance: sale, then paid directly.
    const net = order.ledgerEntries.reduce((sum, e) => sum + e.amount, 0);
    expect(order.ledgerEntries.length, order.code).toBe(order.status === "COMPLETED" ? 2 : 0);
    expect(net).toBe(0);
  }
  // Literacy strata follow the instrument's rule from the stored scores.
  const assessments = await db.literacyAssessment.findMany();
  expect(assessments.length).toBeGreaterThan(50);
  for (const a of assessments) {
    expect(a.stratum).toBe(
      stratumFor({
        knowledge: a.knowledgeScore,
        confidence: a.confidenceScore,
        skill: a.skillScore,
      }),
    );
  }
  // Certificates only after the session ended, for those present who met the completion rule;
  // some programmes ask a minimum post-test score, and some below it went without.
  const attendances = await db.trainingAttendance.findMany({
    select: {
      status: true,
      postScore: true,
      certificateIssuedAt: true,
      session: { select: { endsAt: true, programme: { select: { minPostScore: true } } } },
    },
  });
  const certified = attendances.filter((a) => a.certificateIssuedAt !== null);
  expect(certified.length).toBeGreaterThan(20);
  for (const a of certified) {
    expect(a.certificateIssuedAt!.getTime()).toBeGreaterThanOrEqual(a.session.endsAt!.getTime());
    expect(meetsCompletionRule(a, a.session.programme.minPostScore)).toBe(true);
  }
  expect(
    attendances.some(
      (a) => a.status === "ATTENDED" && !a.certificateIssuedAt && a.postScore !== null,
    ),
  ).toBe(true);
  // The dashboard shows a living regency over the last twelve months.
  const period = parsePeriod(new URLSearchParams(), new Date("2026-11-23T00:00:00Z"));
  const overview = await dashboardOverview(db, { regionCode: "35.10", ...period });
  expect(overview.sales.orders).toBeGreaterThan(1_000);
  expect(overview.sellers.active).toBeLessThan(overview.sellers.verified);
  expect(overview.sellers.active).toBeGreaterThan(overview.sellers.verified / 2);
  expect(overview.monthly.filter((m) => m.orders > 0)).toHaveLength(12);
  expect(overview.topCategories.length).toBe(5);
  expect(overview.training.trainedSellers).toBeGreaterThan(20);
  expect(overview.training.averageGain).toBeGreaterThan(0);
  expect(overview.literacy.start.assessed).toBeGreaterThan(50);
  expect(overview.literacy.end.assessed).toBeGreaterThan(overview.literacy.start.assessed);
  expect(overview.literacy.assessedInPeriod).toBeGreaterThan(20);
  expect(overview.sellers.zeroOrders).toBeGreaterThan(0);
}

/**
 * Debt books obey the debt book's own rules (each payment is one cashbook entry of its amount,
 * paid totals and settlement agree), the demo shop has something to act on, and the
 * training-impact view has groups to compare.
 */
async function expectTrueBooks(now: Date) {
  const debts = await db.debt.findMany({
    include: { payments: { include: { cashbookEntry: true } } },
  });
  expect(debts.length).toBeGreaterThan(20);
  expect(await db.cashbookEntry.count()).toBeGreaterThan(300);
  for (const debt of debts) {
    const paid = debt.payments.reduce((sum, p) => sum + p.amount, 0n);
    expect(debt.paidAmount).toBe(paid);
    expect(debt.settledAt !== null).toBe(paid === debt.amount);
    for (const p of debt.payments) {
      expect(p.cashbookEntry.amount).toBe(p.amount);
      expect(p.cashbookEntry.kind).toBe(debt.direction === "RECEIVABLE" ? "INCOME" : "EXPENSE");
      expect(p.cashbookEntry.sellerId).toBe(debt.sellerId);
    }
  }
  const demo = await debtTotals(db, { sellerId: "slr_000000", now });
  expect(demo.receivable.count).toBe(3);
  expect(demo.receivable.overdue).toBe(1);
  expect(demo.payable.count).toBe(1);
  expect(await db.debt.count({ where: { sellerId: "slr_000000", remind: true } })).toBe(1);

  const impact = await regionTrainingImpact(db, { regionCode: "35.10", months: 3, now });
  expect(impact.length).toBeGreaterThanOrEqual(5);
  const measured = impact.filter(
    (p) => p.impact.attendees.sellers >= 5 && p.impact.comparison.sellers >= 5,
  );
  expect(measured.length).toBeGreaterThanOrEqual(3);
  // The generator makes bookkeeping and literacy attendees keep books in more months.
  const books = impact.filter((p) => p.topic === "BOOKKEEPING" || p.topic === "FINANCIAL_LITERACY");
  expect(books.some((p) => p.impact.difference.cashbookMonths > 0)).toBe(true);
}
