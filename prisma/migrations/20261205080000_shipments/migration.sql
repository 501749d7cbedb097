-- AlterTable
ALTER TABLE "Seller" ADD COLUMN "postalCode" TEXT;

-- AlterTable
ALTER TABLE "OrderGroup" ADD COLUMN "postalCode" TEXT;

-- CreateTable
CREATE TABLE "Shipment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerOrderId" TEXT,
    "courier" TEXT NOT NULL,
    "service" TEXT,
    "waybill" TEXT,
    "status" TEXT NOT NULL,
    "statusAt" DATETIME NOT NULL,
    "deliveredAt" DATETIME,
    "codAmount" INTEGER NOT NULL DEFAULT 0,
    "codCollector" TEXT,
    "codSettledAt" DATETIME,
    "price" INTEGER,
    "trackedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Shipment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ShipmentEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shipmentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "dedupKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ShipmentEvent_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "Shipment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

