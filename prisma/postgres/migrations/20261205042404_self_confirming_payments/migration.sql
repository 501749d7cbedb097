-- CreateEnum
CREATE TYPE "StatementLineOutcome" AS ENUM ('CONFIRMED', 'UNMATCHED', 'AMBIGUOUS', 'SETTLED');

-- AlterEnum
ALTER TYPE "LedgerEntryType" ADD VALUE 'TRANSFER_CODE';

-- AlterEnum
ALTER TYPE "PaymentMethod" ADD VALUE 'MIDTRANS';

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "channel" TEXT,
ADD COLUMN     "instruction" TEXT,
ADD COLUMN     "uniqueCode" INTEGER;

-- AlterTable
ALTER TABLE "Seller" ADD COLUMN     "statementMapping" TEXT,
ADD COLUMN     "statementPreset" TEXT;

-- CreateTable
CREATE TABLE "BankStatement" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "preset" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "creditCount" INTEGER NOT NULL,
    "newCount" INTEGER NOT NULL,
    "confirmedCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankStatementLine" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "lineNumber" INTEGER NOT NULL,
    "bookedOn" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "outcome" "StatementLineOutcome" NOT NULL,
    "paymentId" TEXT,
    "candidateIds" TEXT,
    "settledById" TEXT,
    "settledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankStatementLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BankStatement_sellerId_createdAt_idx" ON "BankStatement"("sellerId", "createdAt");

-- CreateIndex
CREATE INDEX "BankStatementLine_statementId_idx" ON "BankStatementLine"("statementId");

-- CreateIndex
CREATE INDEX "BankStatementLine_paymentId_idx" ON "BankStatementLine"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "BankStatementLine_sellerId_fingerprint_key" ON "BankStatementLine"("sellerId", "fingerprint");

-- AddForeignKey
ALTER TABLE "BankStatement" ADD CONSTRAINT "BankStatement_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatement" ADD CONSTRAINT "BankStatement_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatementLine" ADD CONSTRAINT "BankStatementLine_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "BankStatement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatementLine" ADD CONSTRAINT "BankStatementLine_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatementLine" ADD CONSTRAINT "BankStatementLine_settledById_fkey" FOREIGN KEY ("settledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
