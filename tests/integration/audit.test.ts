import { describe, expect, it } from "vitest";
import { listAuditLog, parseAuditFilter, recordAudit } from "~/modules/audit/audit.server";
import { db } from "~/utils/db.server";

const entry = (action: string, createdAt: Date, entityId: string) =>
  db.auditLog.create({
    data: { actorId: null, action, entityType: "Seller", entityId, createdAt },
  });

describe("audit log view", () => {
  it("pages through entries written in the same instant without losing or repeating one", async () => {
    const at = new Date("2026-05-05T05:05:05Z");
    for (let i = 0; i < 45; i++) await entry("paging.same", at, `s${i}`);
    for (let i = 0; i < 10; i++)
      await entry("paging.same", new Date(at.getTime() - i * 1000), `t${i}`);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { items, next } = await listAuditLog(db, {
        action: "paging.",
        from: "",
        to: "",
        after,
        take: 20,
      });
      seen.push(...items.map((i) => i.id));
      if (!next) break;
      after = next;
    }
    expect(seen).toHaveLength(55);
    expect(new Set(seen).size).toBe(55);
    const all = await db.auditLog.findMany({
      where: { action: "paging.same" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen).toEqual(all.map((r) => r.id));
  });

  it("filters by action prefix and by Jakarta calendar day", async () => {
    await entry("day.check", new Date("2026-03-01T16:59:59Z"), "late-on-1-march"); // 23:59 WIB
    await entry("day.check", new Date("2026-03-01T17:00:00Z"), "early-on-2-march"); // 00:00 WIB
    await entry("day.check", new Date("2026-03-02T16:59:59Z"), "late-on-2-march");
    await recordAudit(db, { actorId: null, action: "other.thing", entityType: "X", entityId: "y" });
    const march2 = await listAuditLog(db, { action: "day.", from: "2026-03-02", to: "2026-03-02" });
    expect(march2.items.map((i) => i.entityId)).toEqual(["late-on-2-march", "early-on-2-march"]);
    const march1 = await listAuditLog(db, { action: "day.", from: "", to: "2026-03-01" });
    expect(march1.items.map((i) => i.entityId)).toEqual(["late-on-1-march"]);
  });

  it("ignores days that do not exist and cursors that are not ids, instead of failing", async () => {
    const filter = parseAuditFilter(
      new URLSearchParams({
        tindakan: " seller. ",
        dari: "2026-02-30",
        sampai: "2026-13-01",
        sebelum: "x'--",
      }),
    );
    expect(filter).toEqual({ action: "seller.", from: "", to: "", after: undefined });
    // With the impossible days dropped, the prefix alone decides: any day, newest first.
    await entry("seller.verification", new Date("2025-12-31T10:00:00Z"), "shop-last-year");
    await entry("seller.register", new Date("2026-02-28T10:00:00Z"), "shop-february");
    await entry("product.update", new Date("2026-02-28T11:00:00Z"), "not-a-shop");
    const { items, next } = await listAuditLog(db, filter);
    expect(items.map((i) => [i.action, i.entityId])).toEqual([
      ["seller.register", "shop-february"],
      ["seller.verification", "shop-last-year"],
    ]);
    expect(next).toBeNull();
  });
});
