-- AlterTable
ALTER TABLE "Seller" ADD COLUMN "statementPreset" TEXT;
ALTER TABLE "Seller" ADD COLUMN "statementMapping" TEXT;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN "uniqueCode" INTEGER;
ALTER TABLE "Payment" ADD COLUMN "channel" TEXT;
ALTER TABLE "Payment" ADD COLUMN "instruction" TEXT;

-- CreateTable
CREATE TABLE "BankStatement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sellerId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "preset" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "creditCount" INTEGER NOT NULL,
    "newCount" INTEGER NOT NULL,
    "confirmedCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BankStatement_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BankStatement_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BankStatementLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "statementId" TEXT NOT NULL,
    "sellerId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "lineNumber" INTEGER NOT NULL,
    "bookedOn" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "paymentId" TEXT,
    "candidateIds" TEXT,
    "settledById" TEXT,
    "settledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BankStatementLine_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "BankStatement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BankStatementLine_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "BankStatementLine_settledById_fkey" FOREIGN KEY ("settledById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "BankStatement_sellerId_createdAt_idx" ON "BankStatement"("sellerId", "createdAt");

-- CreateIndex
CREATE INDEX "BankStatementLine_statementId_idx" ON "BankStatementLine"("statementId");

-- CreateIndex
CREATE INDEX "BankStatementLine_paymentId_idx" ON "BankStatementLine"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "BankStatementLine_sellerId_fingerprint_key" ON "BankStatementLine"("sellerId", "fingerprint");
