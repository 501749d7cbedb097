-- AlterTable
ALTER TABLE "Seller" ADD COLUMN "ownerNikCipher" TEXT;

-- AlterTable
ALTER TABLE "SellerLegality" ADD COLUMN "issuedAt" DATETIME;
ALTER TABLE "SellerLegality" ADD COLUMN "expiresAt" DATETIME;
ALTER TABLE "SellerLegality" ADD COLUMN "documentKey" TEXT;
ALTER TABLE "SellerLegality" ADD COLUMN "documentMime" TEXT;
ALTER TABLE "SellerLegality" ADD COLUMN "documentSize" INTEGER;
ALTER TABLE "SellerLegality" ADD COLUMN "previewKey" TEXT;
ALTER TABLE "SellerLegality" ADD COLUMN "remindedFor" DATETIME;
ALTER TABLE "SellerLegality" ADD COLUMN "expiredFor" DATETIME;

-- AlterTable
ALTER TABLE "TrainingProgramme" ADD COLUMN "minPostScore" INTEGER;

-- CreateTable
CREATE TABLE "BankShareLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sellerId" TEXT NOT NULL,
    "bankName" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BankShareLink_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BankShareLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BankShareView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "linkId" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "viewedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BankShareView_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "BankShareLink" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TrainingAttendance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'REGISTERED',
    "preScore" INTEGER,
    "postScore" INTEGER,
    "certificateNumber" TEXT,
    "certificateIssuedAt" DATETIME,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "walkIn" BOOLEAN NOT NULL DEFAULT false,
    "checkedInAt" DATETIME,
    CONSTRAINT "TrainingAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainingAttendance_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TrainingAttendance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_TrainingAttendance" ("certificateIssuedAt", "certificateNumber", "createdAt", "id", "postScore", "preScore", "recordedById", "sellerId", "sessionId", "status", "updatedAt") SELECT "certificateIssuedAt", "certificateNumber", "createdAt", "id", "postScore", "preScore", "recordedById", "sellerId", "sessionId", "status", "updatedAt" FROM "TrainingAttendance";
DROP TABLE "TrainingAttendance";
ALTER TABLE "new_TrainingAttendance" RENAME TO "TrainingAttendance";
CREATE UNIQUE INDEX "TrainingAttendance_certificateNumber_key" ON "TrainingAttendance"("certificateNumber");
CREATE INDEX "TrainingAttendance_sellerId_idx" ON "TrainingAttendance"("sellerId");
CREATE UNIQUE INDEX "TrainingAttendance_sessionId_sellerId_key" ON "TrainingAttendance"("sessionId", "sellerId");
CREATE TABLE "new_SalesStatement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sellerId" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "totals" JSONB NOT NULL,
    "issuedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validUntil" DATETIME,
    "showsNik" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "SalesStatement_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SalesStatement_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_SalesStatement" ("createdAt", "id", "issuedById", "periodEnd", "periodStart", "sellerId", "totals", "verificationCode") SELECT "createdAt", "id", "issuedById", "periodEnd", "periodStart", "sellerId", "totals", "verificationCode" FROM "SalesStatement";
DROP TABLE "SalesStatement";
ALTER TABLE "new_SalesStatement" RENAME TO "SalesStatement";
CREATE UNIQUE INDEX "SalesStatement_verificationCode_key" ON "SalesStatement"("verificationCode");
CREATE INDEX "SalesStatement_sellerId_idx" ON "SalesStatement"("sellerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "BankShareLink_tokenHash_key" ON "BankShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "BankShareLink_sellerId_createdAt_idx" ON "BankShareLink"("sellerId", "createdAt");

-- CreateIndex
CREATE INDEX "BankShareView_linkId_viewedAt_idx" ON "BankShareView"("linkId", "viewedAt");

-- CreateIndex
CREATE INDEX "SellerLegality_expiresAt_idx" ON "SellerLegality"("expiresAt");

