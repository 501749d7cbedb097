-- AlterTable
ALTER TABLE "Order" ADD COLUMN "shippingService" TEXT;
ALTER TABLE "Order" ADD COLUMN "shippingEtd" TEXT;
