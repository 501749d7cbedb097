-- CreateEnum
CREATE TYPE "PayoutBatchStatus" AS ENUM ('DRAFT', 'SENT', 'CANCELLED');

-- CreateTable
CREATE TABLE "PayoutBatch" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "regionCode" TEXT,
    "status" "PayoutBatchStatus" NOT NULL DEFAULT 'DRAFT',
    "total" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "bankReference" TEXT,
    "sentAt" TIMESTAMP(3),
    "sentById" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PayoutBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PayoutBatchLine" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "bankName" TEXT NOT NULL,
    "bankAccountNumber" TEXT NOT NULL,
    "bankAccountName" TEXT NOT NULL,
    "payoutId" TEXT,

    CONSTRAINT "PayoutBatchLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PayoutBatch_code_key" ON "PayoutBatch"("code");

-- CreateIndex
CREATE INDEX "PayoutBatch_status_createdAt_idx" ON "PayoutBatch"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PayoutBatchLine_payoutId_key" ON "PayoutBatchLine"("payoutId");

-- CreateIndex
CREATE INDEX "PayoutBatchLine_sellerId_idx" ON "PayoutBatchLine"("sellerId");

-- CreateIndex
CREATE UNIQUE INDEX "PayoutBatchLine_batchId_sellerId_key" ON "PayoutBatchLine"("batchId", "sellerId");

-- AddForeignKey
ALTER TABLE "PayoutBatch" ADD CONSTRAINT "PayoutBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutBatch" ADD CONSTRAINT "PayoutBatch_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutBatchLine" ADD CONSTRAINT "PayoutBatchLine_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PayoutBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutBatchLine" ADD CONSTRAINT "PayoutBatchLine_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PayoutBatchLine" ADD CONSTRAINT "PayoutBatchLine_payoutId_fkey" FOREIGN KEY ("payoutId") REFERENCES "Payout"("id") ON DELETE SET NULL ON UPDATE CASCADE;
