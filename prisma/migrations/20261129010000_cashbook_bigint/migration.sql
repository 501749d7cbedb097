-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CashbookEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sellerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "occurredOn" DATETIME NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "orderId" TEXT,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CashbookEntry_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CashbookEntry_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CashbookEntry_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_CashbookEntry" ("amount", "category", "createdAt", "id", "kind", "note", "occurredOn", "orderId", "recordedById", "sellerId") SELECT "amount", "category", "createdAt", "id", "kind", "note", "occurredOn", "orderId", "recordedById", "sellerId" FROM "CashbookEntry";
DROP TABLE "CashbookEntry";
ALTER TABLE "new_CashbookEntry" RENAME TO "CashbookEntry";
CREATE UNIQUE INDEX "CashbookEntry_orderId_key" ON "CashbookEntry"("orderId");
CREATE INDEX "CashbookEntry_sellerId_occurredOn_idx" ON "CashbookEntry"("sellerId", "occurredOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

