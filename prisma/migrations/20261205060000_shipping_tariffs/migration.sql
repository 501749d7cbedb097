-- AlterTable
ALTER TABLE "ProductVariant" ADD COLUMN "lengthCm" INTEGER;
ALTER TABLE "ProductVariant" ADD COLUMN "widthCm" INTEGER;
ALTER TABLE "ProductVariant" ADD COLUMN "heightCm" INTEGER;

-- CreateTable
CREATE TABLE "ShippingTariff" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "originKecamatanCode" TEXT NOT NULL,
    "zone" TEXT NOT NULL,
    "destinationKabupatenCode" TEXT NOT NULL DEFAULT '',
    "service" TEXT NOT NULL,
    "pricePerKg" INTEGER NOT NULL,
    "minimumPrice" INTEGER NOT NULL,
    "etdMinDays" INTEGER NOT NULL,
    "etdMaxDays" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "ShippingTariff_origin_zone_destination_service_key" ON "ShippingTariff"("originKecamatanCode", "zone", "destinationKabupatenCode", "service");

