-- CreateEnum
CREATE TYPE "CardRefundStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "providerPaymentRef" TEXT,
ADD COLUMN     "refundedAmount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "CardRefund" (
    "id" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "orderId" TEXT,
    "amount" INTEGER NOT NULL,
    "status" "CardRefundStatus" NOT NULL DEFAULT 'PENDING',
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "providerRef" TEXT,
    "failure" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "settledAt" TIMESTAMP(3),

    CONSTRAINT "CardRefund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CardRefund_orderId_key" ON "CardRefund"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "CardRefund_providerRef_key" ON "CardRefund"("providerRef");

-- CreateIndex
CREATE INDEX "CardRefund_paymentId_idx" ON "CardRefund"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_provider_providerPaymentRef_key" ON "Payment"("provider", "providerPaymentRef");

-- AddForeignKey
ALTER TABLE "CardRefund" ADD CONSTRAINT "CardRefund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardRefund" ADD CONSTRAINT "CardRefund_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
