-- CreateEnum
CREATE TYPE "ShippingZone" AS ENUM ('SAME_KECAMATAN', 'SAME_KABUPATEN', 'SAME_PROVINCE', 'JAWA_BALI', 'OUTSIDE_JAWA_BALI');

-- CreateEnum
CREATE TYPE "ShippingService" AS ENUM ('REGULAR', 'NEXT_DAY');

-- AlterTable
ALTER TABLE "ProductVariant" ADD COLUMN     "heightCm" INTEGER,
ADD COLUMN     "lengthCm" INTEGER,
ADD COLUMN     "widthCm" INTEGER;

-- CreateTable
CREATE TABLE "ShippingTariff" (
    "id" TEXT NOT NULL,
    "originKecamatanCode" TEXT NOT NULL,
    "zone" "ShippingZone" NOT NULL,
    "destinationKabupatenCode" TEXT NOT NULL DEFAULT '',
    "service" "ShippingService" NOT NULL,
    "pricePerKg" INTEGER NOT NULL,
    "minimumPrice" INTEGER NOT NULL,
    "etdMinDays" INTEGER NOT NULL,
    "etdMaxDays" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ShippingTariff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ShippingTariff_origin_zone_destination_service_key" ON "ShippingTariff"("originKecamatanCode", "zone", "destinationKabupatenCode", "service");
