-- CreateEnum
CREATE TYPE "TaxpayerType" AS ENUM ('ORANG_PRIBADI', 'KOPERASI', 'CV', 'FIRMA', 'BUMDES', 'PERSEROAN_PERORANGAN', 'PT');

-- CreateEnum
CREATE TYPE "DebtDirection" AS ENUM ('RECEIVABLE', 'PAYABLE');

-- AlterTable
ALTER TABLE "Seller" ADD COLUMN     "pphFinalSinceYear" INTEGER,
ADD COLUMN     "taxpayerType" "TaxpayerType" NOT NULL DEFAULT 'ORANG_PRIBADI';

-- CreateTable
CREATE TABLE "Debt" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "direction" "DebtDirection" NOT NULL,
    "partyName" TEXT NOT NULL,
    "partyPhone" TEXT,
    "category" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "paidAmount" BIGINT NOT NULL DEFAULT 0,
    "incurredOn" TIMESTAMP(3) NOT NULL,
    "dueOn" TIMESTAMP(3),
    "note" TEXT NOT NULL DEFAULT '',
    "remind" BOOLEAN NOT NULL DEFAULT false,
    "settledAt" TIMESTAMP(3),
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Debt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DebtPayment" (
    "id" TEXT NOT NULL,
    "debtId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "paidOn" TIMESTAMP(3) NOT NULL,
    "cashbookEntryId" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DebtPayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Debt_sellerId_direction_settledAt_idx" ON "Debt"("sellerId", "direction", "settledAt");

-- CreateIndex
CREATE INDEX "Debt_settledAt_dueOn_idx" ON "Debt"("settledAt", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "DebtPayment_cashbookEntryId_key" ON "DebtPayment"("cashbookEntryId");

-- CreateIndex
CREATE INDEX "DebtPayment_debtId_idx" ON "DebtPayment"("debtId");

-- AddForeignKey
ALTER TABLE "Debt" ADD CONSTRAINT "Debt_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Debt" ADD CONSTRAINT "Debt_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebtPayment" ADD CONSTRAINT "DebtPayment_debtId_fkey" FOREIGN KEY ("debtId") REFERENCES "Debt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebtPayment" ADD CONSTRAINT "DebtPayment_cashbookEntryId_fkey" FOREIGN KEY ("cashbookEntryId") REFERENCES "CashbookEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebtPayment" ADD CONSTRAINT "DebtPayment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
