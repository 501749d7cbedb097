-- AlterTable
ALTER TABLE "Shipment" ADD COLUMN     "bookings" INTEGER NOT NULL DEFAULT 0;
