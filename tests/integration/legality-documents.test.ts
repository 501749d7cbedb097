import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import type { Actor } from "~/modules/auth/permissions";
import { listProductCardsByIds, getPublicProduct } from "~/modules/catalog/catalog.server";
import { LocalDiskStorage } from "~/modules/images/storage.server";
import { loadSearchDocuments } from "~/modules/search/documents.server";
import {
  LegalityDocumentSchema,
  LegalityReviewSchema,
  readLegalityDocument,
  reviewLegalityDocument,
  saveLegalityDocument,
} from "~/modules/sellers/legality-documents.server";
import { loader as documentLoader } from "~/routes/dokumen.$legalityId";
import { handleLegalityExpiry } from "~/modules/sellers/legality-expiry.server";
import { setHalalCoverage } from "~/modules/sellers/halal-coverage.server";
import { db } from "~/utils/db.server";
import { jakartaDateOf } from "~/utils/jakarta-calendar";
import { domainErrorOf } from "../domain-error";
import { createCategory, createProduct, createSeller, createUser } from "../factories";

const KEMIREN = "35.10.15.2004";
const OLEHSARI = "35.10.15.2005";
const DAY = 86_400_000;

const storage = new LocalDiskStorage(process.env.DOCUMENT_DIR!);

async function scanPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 600, channels: 3, background: "#f5f0e6" } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="900" height="600"><text x="40" y="120" font-size="48">NIB 1234567890123</text></svg>`,
        ),
      },
    ])
    .jpeg()
    .withExif({ IFD0: { Make: "Xiaomi" } })
    .toBuffer();
}

async function scanPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4" });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on("end", resolve));
  doc.fontSize(24).text("SERTIFIKAT HALAL ID35110000123", 60, 100);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

const day = (offsetDays: number) => jakartaDateOf(new Date(Date.now() + offsetDays * DAY));

const details = (data: Record<string, string>) => LegalityDocumentSchema.parse(data);

async function people() {
  const owner = await createUser(db, { name: "Mbok Sum" });
  const seller = await createSeller(db, { ownerId: owner.id, desaCode: KEMIREN });
  const operatorHere = await createUser(db, {
    roles: { create: { role: "OPERATOR", regionCode: KEMIREN } },
  });
  const operatorElsewhere = await createUser(db, {
    roles: { create: { role: "OPERATOR", regionCode: OLEHSARI } },
  });
  const staff = await createUser(db, {
    roles: { create: { role: "STAFF", regionCode: "35.10" } },
  });
  const farStaff = await createUser(db, {
    roles: { create: { role: "STAFF", regionCode: "35.10.01" } },
  });
  const buyer = await createUser(db, { roles: { create: { role: "BUYER" } } });
  return { owner, seller, operatorHere, operatorElsewhere, staff, farStaff, buyer };
}

async function actorOf(userId: string): Promise<Actor> {
  const roles = await db.userRole.findMany({
    where: { userId },
    select: { role: true, regionCode: true },
  });
  return { id: userId, roles };
}

async function upload(
  sellerId: string,
  actorId: string,
  data: Record<string, string>,
  file: Buffer | null,
) {
  return saveLegalityDocument(db, storage, {
    actor: { id: actorId, role: "SELLER" },
    sellerId,
    data: details(data),
    file,
  });
}

async function verify(sellerId: string, legalityId: string, staffId: string) {
  const doc = await db.sellerLegality.findUniqueOrThrow({ where: { id: legalityId } });
  return reviewLegalityDocument(db, {
    sellerId,
    staff: { id: staffId, role: "STAFF" },
    review: LegalityReviewSchema.parse({
      legalityId,
      documentKey: doc.documentKey,
      decision: "VERIFIED",
      confirmed: "on",
    }),
  });
}

describe("legality documents", () => {
  it("keeps a photo scan private and re-encoded, and sends the document to staff", async () => {
    const { owner, seller } = await people();
    const { legalityId } = await upload(
      seller.id,
      owner.id,
      { type: "NIB", number: "1234567890123", issuedOn: day(-400) },
      await scanPhoto(),
    );
    const row = await db.sellerLegality.findUniqueOrThrow({ where: { id: legalityId } });
    expect(row).toMatchObject({ status: "UNVERIFIED", documentMime: "image/jpeg" });
    expect(row.documentKey).toMatch(/^doc-[0-9a-f]{32}\.jpeg$/);
    const stored = fs.readFileSync(path.join(process.env.DOCUMENT_DIR!, row.documentKey!));
    // Re-encoded: the phone's metadata is gone.
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    // Nothing of it under the public image folder.
    const publicFiles = fs.existsSync(process.env.IMAGE_DIR!)
      ? fs.readdirSync(process.env.IMAGE_DIR!)
      : [];
    expect(publicFiles.filter((f) => f.startsWith("doc-"))).toEqual([]);
    expect(
      await db.outboxEvent.count({ where: { topic: "search.seller", aggregateId: seller.id } }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("previews a PDF from its first page and refuses what is not a document", async () => {
    const { owner, seller } = await people();
    const { legalityId } = await upload(
      seller.id,
      owner.id,
      { type: "HALAL", number: "ID35110000123" },
      await scanPdf(),
    );
    const row = await db.sellerLegality.findUniqueOrThrow({ where: { id: legalityId } });
    expect(row.documentMime).toBe("application/pdf");
    const preview = await sharp(
      fs.readFileSync(path.join(process.env.DOCUMENT_DIR!, row.previewKey!)),
    ).metadata();
    expect(preview).toMatchObject({ format: "webp", width: 1200 });

    const refusals = await Promise.all(
      [
        Buffer.from("%PDF-1.4 this is not really a pdf"),
        Buffer.from("just some text"),
        Buffer.from(""),
      ].map(
        async (body) =>
          (
            await domainErrorOf(
              upload(seller.id, owner.id, { type: "SKU", number: "470/12" }, body),
            )
          ).message,
      ),
    );
    expect(refusals).toEqual([
      "Berkas PDF rusak atau tidak bisa dibaca.",
      "Unggah dokumen sebagai PDF atau foto JPEG, PNG atau WebP.",
      "Berkas dokumen kosong.",
    ]);
    expect(await db.sellerLegality.count({ where: { sellerId: seller.id, type: "SKU" } })).toBe(0);
  });

  it("checks each document's number and dates", () => {
    const issues = (data: Record<string, string>) =>
      LegalityDocumentSchema.safeParse(data).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ type: "NIB", number: "12345" })).toEqual(["NIB terdiri dari 13 angka"]);
    expect(issues({ type: "PIRT", number: "P-IRT 2053510010012-25" })).toEqual([
      "Isi tanggal berlaku sampai, seperti tertulis di dokumen",
    ]);
    expect(
      issues({ type: "HALAL", number: "ID35110000123", issuedOn: day(3), expiresOn: day(2) }),
    ).toEqual([
      "Tanggal terbit tidak boleh di masa depan",
      "Tanggal berlaku harus sesudah tanggal terbit",
    ]);
    expect(issues({ type: "SKU", number: "470/12", issuedOn: "2026-02-30" })).toEqual([
      "Tanggal terbit tidak valid",
    ]);
    expect(issues({ type: "KTP" })).toEqual([]);
  });

  it("shows a scan only to the owner, the desa's operator and the region's staff, auditing each view", async () => {
    const p = await people();
    const { legalityId } = await upload(
      p.seller.id,
      p.owner.id,
      { type: "KTP" },
      await scanPhoto(),
    );
    const allowed = [p.owner, p.operatorHere, p.staff];
    const refused = [p.operatorElsewhere, p.farStaff, p.buyer];
    for (const user of allowed) {
      const file = await readLegalityDocument(db, storage, {
        actor: await actorOf(user.id),
        legalityId,
        variant: "original",
      });
      expect(file.contentType).toBe("image/jpeg");
      expect(file.body.length).toBeGreaterThan(1000);
    }
    for (const user of refused) {
      const error = await domainErrorOf(
        readLegalityDocument(db, storage, {
          actor: await actorOf(user.id),
          legalityId,
          variant: "preview",
        }),
      );
      expect(error.code).toBe("NOT_FOUND");
    }
    const views = await db.auditLog.findMany({
      where: { action: "legality.document.view", entityId: legalityId },
      select: { actorId: true, actorRole: true },
      orderBy: { createdAt: "asc" },
    });
    expect(views).toEqual([
      { actorId: p.owner.id, actorRole: "SELLER" },
      { actorId: p.operatorHere.id, actorRole: "OPERATOR" },
      { actorId: p.staff.id, actorRole: "STAFF" },
    ]);
    // A guest is sent to sign in before anything is read.
    const guest = await documentLoader({
      request: new Request(`http://localhost/dokumen/${legalityId}`),
      params: { legalityId },
      context: { clientIp: "127.0.0.1" },
    } as unknown as Parameters<typeof documentLoader>[0]).catch((thrown: unknown) => thrown);
    expect(guest).toBeInstanceOf(Response);
    expect((guest as Response).status).toBe(302);
    expect((guest as Response).headers.get("Location")).toMatch(/^\/masuk/);
  });

  it("lets staff verify only the scan they saw, with confirmation, and never an expired one", async () => {
    const { owner, seller, staff } = await people();
    const legacy = await db.sellerLegality.create({
      data: { sellerId: seller.id, type: "PIRT", number: "2053510010012-25" },
    });
    const noScan = await domainErrorOf(
      reviewLegalityDocument(db, {
        sellerId: seller.id,
        staff: { id: staff.id, role: "STAFF" },
        review: LegalityReviewSchema.parse({
          legalityId: legacy.id,
          documentKey: "doc-none.jpeg",
          decision: "VERIFIED",
          confirmed: "on",
        }),
      }),
    );
    expect(noScan.message).toBe(
      "Dokumen tanpa pindaian tidak bisa diverifikasi. Minta pemilik mengunggahnya.",
    );

    const { legalityId } = await upload(
      seller.id,
      owner.id,
      { type: "NIB", number: "1234567890123" },
      await scanPhoto(),
    );
    const seen = (await db.sellerLegality.findUniqueOrThrow({ where: { id: legalityId } }))
      .documentKey!;
    expect(
      LegalityReviewSchema.safeParse({ legalityId, documentKey: seen, decision: "VERIFIED" }).error
        ?.issues[0]?.message,
    ).toBe("Centang bahwa nomor, nama dan tanggal sudah Anda cocokkan dengan pindaian");
    expect(
      LegalityReviewSchema.safeParse({ legalityId, documentKey: seen, decision: "REJECTED" }).error
        ?.issues[0]?.message,
    ).toBe("Tulis alasan penolakan agar pemilik bisa memperbaikinya");

    // The owner replaces the scan while staff look at the old one.
    await upload(seller.id, owner.id, { type: "NIB", number: "1234567890123" }, await scanPhoto());
    const stale = await domainErrorOf(
      reviewLegalityDocument(db, {
        sellerId: seller.id,
        staff: { id: staff.id, role: "STAFF" },
        review: LegalityReviewSchema.parse({
          legalityId,
          documentKey: seen,
          decision: "VERIFIED",
          confirmed: "on",
        }),
      }),
    );
    expect(stale.code).toBe("CONFLICT");
    // The replaced scan's files are gone.
    expect(fs.existsSync(path.join(process.env.DOCUMENT_DIR!, seen))).toBe(false);

    await verify(seller.id, legalityId, staff.id);
    expect(await db.sellerLegality.findUniqueOrThrow({ where: { id: legalityId } })).toMatchObject({
      status: "VERIFIED",
      reviewedById: staff.id,
    });
    expect(
      await db.auditLog.findFirst({
        where: { action: "legality.review", entityId: legalityId },
        select: { actorId: true, data: true },
      }),
    ).toMatchObject({ actorId: staff.id, data: { from: "UNVERIFIED", to: "VERIFIED" } });

    const { legalityId: expiredId } = await upload(
      seller.id,
      owner.id,
      { type: "HALAL", number: "ID35110000123", issuedOn: day(-800), expiresOn: day(1) },
      await scanPhoto(),
    );
    const expired = await domainErrorOf(
      reviewLegalityDocument(db, {
        sellerId: seller.id,
        staff: { id: staff.id, role: "STAFF" },
        now: new Date(Date.now() + 3 * DAY),
        review: LegalityReviewSchema.parse({
          legalityId: expiredId,
          documentKey: (await db.sellerLegality.findUniqueOrThrow({ where: { id: expiredId } }))
            .documentKey,
          decision: "VERIFIED",
          confirmed: "on",
        }),
      }),
    );
    expect(expired.message).toBe("Dokumen ini sudah lewat masa berlakunya.");
  });

  it("shows Halal only on covered products of a shop with a verified, unexpired certificate", async () => {
    const category = await createCategory(db);
    const { owner, staff } = await people();
    type Case = {
      name: string;
      certificate: "none" | "unverified" | "verified" | "expired";
      covered: boolean;
      badge: boolean;
    };
    const cases: Case[] = [
      { name: "checkbox without certificate", certificate: "none", covered: true, badge: false },
      {
        name: "certificate not yet verified",
        certificate: "unverified",
        covered: true,
        badge: false,
      },
      { name: "expired certificate", certificate: "expired", covered: true, badge: false },
      { name: "verified, covering", certificate: "verified", covered: true, badge: true },
      { name: "verified, not covering", certificate: "verified", covered: false, badge: false },
    ];
    for (const c of cases) {
      const seller = await createSeller(db, { ownerId: owner.id, desaCode: KEMIREN });
      const product = await createProduct(db, { sellerId: seller.id, categoryId: category.id });
      if (c.certificate !== "none") {
        const { legalityId } = await upload(
          seller.id,
          owner.id,
          { type: "HALAL", number: "ID35110000123", expiresOn: day(400) },
          await scanPhoto(),
        );
        if (c.certificate !== "unverified") await verify(seller.id, legalityId, staff.id);
        if (c.certificate === "expired") {
          await db.sellerLegality.update({
            where: { id: legalityId },
            data: { expiresAt: new Date(Date.now() - DAY) },
          });
        }
      }
      await setHalalCoverage(db, {
        actor: { id: owner.id, role: "SELLER" },
        sellerId: seller.id,
        productIds: c.covered ? [product.id] : [],
      });
      const [card] = await listProductCardsByIds(db, [product.id]);
      const [document] = await loadSearchDocuments(db, [product.id]);
      const page = await getPublicProduct(db, product.slug);
      expect(
        {
          card: card!.halal,
          search: document!.halal,
          page: page!.seller.badges.includes("HALAL"),
        },
        c.name,
      ).toEqual({ card: c.badge, search: c.badge, page: c.badge });
    }
  });

  it("sets coverage only on the shop's own products", async () => {
    const category = await createCategory(db);
    const { owner, seller } = await people();
    const other = await createSeller(db, { desaCode: KEMIREN });
    const mine = await createProduct(db, { sellerId: seller.id, categoryId: category.id });
    const theirs = await createProduct(db, { sellerId: other.id, categoryId: category.id });
    const result = await setHalalCoverage(db, {
      actor: { id: owner.id, role: "SELLER" },
      sellerId: seller.id,
      productIds: [mine.id, theirs.id],
    });
    expect(result.changed).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: theirs.id } })).isHalal).toBe(false);
    expect((await db.product.findUniqueOrThrow({ where: { id: mine.id } })).isHalal).toBe(true);
  });

  it("reminds a shop once before a document expires, and once when it has", async () => {
    const { owner, seller, staff } = await people();
    const { legalityId: pirt } = await upload(
      seller.id,
      owner.id,
      { type: "PIRT", number: "2053510010012-25", expiresOn: day(10) },
      await scanPhoto(),
    );
    await verify(seller.id, pirt, staff.id);
    const { legalityId: halal } = await upload(
      seller.id,
      owner.id,
      { type: "HALAL", number: "ID35110000123", expiresOn: day(5) },
      await scanPhoto(),
    );
    await verify(seller.id, halal, staff.id);
    await db.sellerLegality.update({
      where: { id: halal },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    const before = await db.outboxEvent.count({
      where: { topic: "search.seller", aggregateId: seller.id },
    });
    const first = await handleLegalityExpiry(db);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect(first.expired).toBeGreaterThanOrEqual(1);
    const rows = await db.sellerLegality.findMany({
      where: { id: { in: [pirt, halal] } },
      select: { type: true, expiresAt: true, remindedFor: true, expiredFor: true },
    });
    rows.sort((a, b) => (a.type === "PIRT" ? -1 : 1) - (b.type === "PIRT" ? -1 : 1));
    expect(rows.map((r) => [r.type, r.remindedFor === null, r.expiredFor === null])).toEqual([
      ["PIRT", false, true],
      ["HALAL", true, false],
    ]);
    expect(
      await db.outboxEvent.count({ where: { topic: "search.seller", aggregateId: seller.id } }),
    ).toBe(before + 1);
    const notices = await db.outboxEvent.findMany({
      where: { topic: "notify", aggregateId: { startsWith: "seller.legalityExp" } },
      select: { payload: true },
    });
    const kinds = notices.flatMap((e) =>
      (e.payload as { items: { kind: string; key: string }[] }).items
        .filter((i) => i.key.includes(pirt) || i.key.includes(halal))
        .map((i) => i.kind),
    );
    expect(kinds.sort()).toEqual(["seller.legalityExpired", "seller.legalityExpiring"]);
    // The second pass finds nothing new.
    const second = await handleLegalityExpiry(db);
    expect(second.reminded).toBe(0);
    expect(second.expired).toBe(0);
  });
});
