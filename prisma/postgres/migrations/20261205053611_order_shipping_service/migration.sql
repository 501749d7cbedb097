-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "shippingService" TEXT,
ADD COLUMN     "shippingEtd" TEXT;
