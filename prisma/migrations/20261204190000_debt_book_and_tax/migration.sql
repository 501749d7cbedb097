-- CreateTable
CREATE TABLE "Debt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sellerId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "partyName" TEXT NOT NULL,
    "partyPhone" TEXT,
    "category" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "paidAmount" BIGINT NOT NULL DEFAULT 0,
    "incurredOn" DATETIME NOT NULL,
    "dueOn" DATETIME,
    "note" TEXT NOT NULL DEFAULT '',
    "remind" BOOLEAN NOT NULL DEFAULT false,
    "settledAt" DATETIME,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Debt_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Debt_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DebtPayment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "debtId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "paidOn" DATETIME NOT NULL,
    "cashbookEntryId" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DebtPayment_debtId_fkey" FOREIGN KEY ("debtId") REFERENCES "Debt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebtPayment_cashbookEntryId_fkey" FOREIGN KEY ("cashbookEntryId") REFERENCES "CashbookEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebtPayment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AlterTable
ALTER TABLE "Seller" ADD COLUMN "taxpayerType" TEXT NOT NULL DEFAULT 'ORANG_PRIBADI';
ALTER TABLE "Seller" ADD COLUMN "pphFinalSinceYear" INTEGER;

-- CreateIndex
CREATE INDEX "Debt_sellerId_direction_settledAt_idx" ON "Debt"("sellerId", "direction", "settledAt");

-- CreateIndex
CREATE INDEX "Debt_settledAt_dueOn_idx" ON "Debt"("settledAt", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "DebtPayment_cashbookEntryId_key" ON "DebtPayment"("cashbookEntryId");

-- CreateIndex
CREATE INDEX "DebtPayment_debtId_idx" ON "DebtPayment"("debtId");

