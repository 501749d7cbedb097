-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "LegalityType" ADD VALUE 'SKU';
ALTER TYPE "LegalityType" ADD VALUE 'KTP';

-- AlterTable
ALTER TABLE "SalesStatement" ADD COLUMN     "showsNik" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "validUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Seller" ADD COLUMN     "ownerNikCipher" TEXT;

-- AlterTable
ALTER TABLE "SellerLegality" ADD COLUMN     "documentKey" TEXT,
ADD COLUMN     "documentMime" TEXT,
ADD COLUMN     "documentSize" INTEGER,
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "issuedAt" TIMESTAMP(3),
ADD COLUMN     "previewKey" TEXT,
ADD COLUMN     "remindedFor" TIMESTAMP(3),
ADD COLUMN     "expiredFor" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "TrainingAttendance" ADD COLUMN     "checkedInAt" TIMESTAMP(3),
ADD COLUMN     "walkIn" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "TrainingProgramme" ADD COLUMN     "minPostScore" INTEGER;

-- CreateTable
CREATE TABLE "BankShareLink" (
    "id" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "bankName" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankShareView" (
    "id" TEXT NOT NULL,
    "linkId" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "viewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankShareView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BankShareLink_tokenHash_key" ON "BankShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "BankShareLink_sellerId_createdAt_idx" ON "BankShareLink"("sellerId", "createdAt");

-- CreateIndex
CREATE INDEX "BankShareView_linkId_viewedAt_idx" ON "BankShareView"("linkId", "viewedAt");

-- CreateIndex
CREATE INDEX "SellerLegality_expiresAt_idx" ON "SellerLegality"("expiresAt");

-- AddForeignKey
ALTER TABLE "BankShareLink" ADD CONSTRAINT "BankShareLink_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankShareLink" ADD CONSTRAINT "BankShareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankShareView" ADD CONSTRAINT "BankShareView_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "BankShareLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;
