-- CreateEnum
CREATE TYPE "ShipmentStatus" AS ENUM ('CONFIRMED', 'ALLOCATED', 'PICKING_UP', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'RETURNED', 'CANCELLED', 'ON_HOLD');

-- CreateEnum
CREATE TYPE "CodCollector" AS ENUM ('SELLER', 'PLATFORM');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LedgerEntryType" ADD VALUE 'SHIPPING_FEE';
ALTER TYPE "LedgerEntryType" ADD VALUE 'COURIER_CHARGE';

-- AlterTable
ALTER TABLE "OrderGroup" ADD COLUMN     "postalCode" TEXT;

-- AlterTable
ALTER TABLE "Seller" ADD COLUMN     "postalCode" TEXT;

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerOrderId" TEXT,
    "courier" TEXT NOT NULL,
    "service" TEXT,
    "waybill" TEXT,
    "status" "ShipmentStatus" NOT NULL,
    "statusAt" TIMESTAMP(3) NOT NULL,
    "deliveredAt" TIMESTAMP(3),
    "codAmount" INTEGER NOT NULL DEFAULT 0,
    "codCollector" "CodCollector",
    "codSettledAt" TIMESTAMP(3),
    "price" INTEGER,
    "trackedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShipmentEvent" (
    "id" TEXT NOT NULL,
    "shipmentId" TEXT NOT NULL,
    "status" "ShipmentStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "dedupKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShipmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_orderId_key" ON "Shipment"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_providerOrderId_key" ON "Shipment"("providerOrderId");

-- CreateIndex
CREATE INDEX "Shipment_waybill_idx" ON "Shipment"("waybill");

-- CreateIndex
CREATE INDEX "Shipment_codCollector_codSettledAt_idx" ON "Shipment"("codCollector", "codSettledAt");

-- CreateIndex
CREATE INDEX "Shipment_status_statusAt_idx" ON "Shipment"("status", "statusAt");

-- CreateIndex
CREATE INDEX "ShipmentEvent_shipmentId_at_idx" ON "ShipmentEvent"("shipmentId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentEvent_shipmentId_dedupKey_key" ON "ShipmentEvent"("shipmentId", "dedupKey");

-- AddForeignKey
ALTER TABLE "Shipment" ADD CONSTRAINT "Shipment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShipmentEvent" ADD CONSTRAINT "ShipmentEvent_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
